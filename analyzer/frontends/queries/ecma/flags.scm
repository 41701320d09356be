; Shared by JavaScript, TypeScript and TSX (inherited, not a language of its own).

(call_expression function: (identifier) @call.name arguments: (arguments) @call.args) @call
(call_expression function: (member_expression object: (_) @call.receiver property: (property_identifier) @call.name)
                 arguments: (arguments) @call.args) @call

[(string) (template_string)] @string
(identifier) @ident
(member_expression) @member
(true) @true
(false) @false
(number) @number

(if_statement condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if
(else_clause (_) @arm.then) @arm
(ternary_expression condition: (_) @ternary.cond consequence: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while_statement condition: (_) @loop.cond body: (_) @loop.then) @loop

(unary_expression operator: "!" argument: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: ["==" "==="] right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: ["!=" "!=="] right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren
(await_expression (_) @paren.operand) @paren

(variable_declarator name: (identifier) @decl.name value: (_) @decl.value) @decl
(variable_declarator name: (identifier) @write.name !value) @write
(assignment_expression left: (identifier) @write.name) @write
(augmented_assignment_expression left: (identifier) @write.name) @write
(update_expression argument: (identifier) @write.name) @write
(arrow_function parameter: (identifier) @write.name) @write
(assignment_pattern left: (identifier) @write.name) @write
(array_pattern (identifier) @write.name) @write
(object_pattern (shorthand_property_identifier_pattern) @write.name) @write
(pair_pattern value: (identifier) @write.name) @write
(for_in_statement left: (identifier) @write.name) @write
(catch_clause parameter: (identifier) @write.name) @write

[(program) (function_declaration) (function_expression) (arrow_function) (method_definition)
 (generator_function_declaration) (generator_function)] @scope
[(program) (statement_block)] @block
[(return_statement) (throw_statement) (break_statement) (continue_statement)] @exit
