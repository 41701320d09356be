; inherits: ecma jsx
(formal_parameters (identifier) @write.name) @write
