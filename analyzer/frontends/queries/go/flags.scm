; Go: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).

(call_expression function: (identifier) @call.name arguments: (argument_list) @call.args) @call
(call_expression function: (selector_expression operand: (_) @call.receiver field: (field_identifier) @call.name)
                 arguments: (argument_list) @call.args) @call

[(interpreted_string_literal) (raw_string_literal)] @string
(identifier) @ident
(selector_expression) @member
(true) @true
(false) @false
[(int_literal) (float_literal)] @number

(if_statement condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if

(unary_expression operator: "!" operand: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: "!=" right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren

; v := f(), v, err := f(): the first name stands for the first value
(short_var_declaration left: (expression_list . (identifier) @decl.name) right: (expression_list . (_) @decl.value)) @decl
(short_var_declaration left: (expression_list (_) . (identifier) @write.name)) @write
(var_spec name: (identifier) @decl.name value: (expression_list . (_) @decl.value)) @decl
(var_spec name: (identifier) @write.name !value) @write
(assignment_statement left: (expression_list (identifier) @write.name)) @write
(inc_statement (identifier) @write.name) @write
(dec_statement (identifier) @write.name) @write
(unary_expression operator: "&" operand: (identifier) @write.name) @write
(parameter_declaration name: (identifier) @write.name) @write
(range_clause left: (expression_list (identifier) @write.name)) @write

[(source_file) (function_declaration) (method_declaration) (func_literal)] @scope
[(block) (statement_list)] @block
[(return_statement) (break_statement) (continue_statement) (goto_statement)] @exit
