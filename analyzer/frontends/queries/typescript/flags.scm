; inherits: ecma
(required_parameter pattern: (identifier) @write.name) @write
(optional_parameter pattern: (identifier) @write.name) @write
(non_null_expression (_) @paren.operand) @paren
(as_expression . (_) @paren.operand) @paren
(satisfies_expression . (_) @paren.operand) @paren
