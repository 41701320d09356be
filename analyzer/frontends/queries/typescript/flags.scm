; inherits: ecma typescript_shared
; TypeScript (.ts): the shared TypeScript lines plus `type_assertion` (`<boolean>x`), which the TSX
; grammar does not have (there it is JSX).
(type_assertion (type_arguments) (_) @paren.operand) @paren
