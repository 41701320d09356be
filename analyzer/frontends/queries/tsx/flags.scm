; inherits: ecma jsx typescript_shared
; TSX: the shared TypeScript lines plus JSX.
