; Java: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).

(method_invocation object: (_) @call.receiver name: (identifier) @call.name arguments: (argument_list) @call.args) @call
(method_invocation !object name: (identifier) @call.name arguments: (argument_list) @call.args) @call

(string_literal) @string
(identifier) @ident
(field_access) @member
(true) @true
(false) @false
[(decimal_integer_literal) (decimal_floating_point_literal)] @number

(if_statement condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if
(ternary_expression condition: (_) @ternary.cond consequence: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while_statement condition: (_) @loop.cond body: (_) @loop.then) @loop

(unary_expression operator: "!" operand: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: "!=" right: (_) @ne.right) @ne
; "x".equals(v), v.equals("x"), Objects.equals(a, b)
(method_invocation object: (_) @eq.left name: (identifier) @_m (#eq? @_m "equals")
                   arguments: (argument_list . (_) @eq.right .)) @eq
(parenthesized_expression (_) @paren.operand) @paren

(local_variable_declaration declarator: (variable_declarator name: (identifier) @decl.name value: (_) @decl.value)) @decl
(variable_declarator name: (identifier) @write.name !value) @write
(field_declaration declarator: (variable_declarator name: (identifier) @write.name)) @write
(assignment_expression left: (identifier) @write.name) @write
(update_expression (identifier) @write.name) @write
(formal_parameter name: (identifier) @write.name) @write
(catch_formal_parameter name: (identifier) @write.name) @write
(enhanced_for_statement name: (identifier) @write.name) @write
(lambda_expression parameters: (identifier) @write.name) @write
(inferred_parameters (identifier) @write.name) @write

[(program) (method_declaration) (constructor_declaration) (lambda_expression) (class_body)] @scope
[(block) (program)] @block
[(return_statement) (throw_statement) (break_statement) (continue_statement)] @exit
