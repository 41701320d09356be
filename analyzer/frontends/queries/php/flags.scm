; PHP: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).
; Grammar: tree-sitter-php (`php`, with HTML). Variables keep their `$`: `$on` is the alias name.
; Not modelled (docs/languages/php.md): `?->` calls, `?:`, variable variables, `continue 2` /
; `break 2` out of a switch (taken as leaving the switch).

; ---------------------------------------------------------------- calls and arguments
(member_call_expression object: (_) @call.receiver name: (name) @call.name arguments: (arguments) @call.args) @call
(scoped_call_expression scope: (_) @call.receiver name: (name) @call.name arguments: (arguments) @call.args) @call
(function_call_expression function: (name) @call.name arguments: (arguments) @call.args) @call
; Every argument is wrapped in an `argument` node: `flagKey: 'x'` is labelled, 'x' is positional.
(argument name: (name) @named_arg.name (_) @named_arg.value) @named_arg
(argument !name (_) @named_arg.value .) @named_arg

; ---------------------------------------------------------------- literals and names
; Double-quoted strings only without interpolation (one literal part between the quotes).
(string) @string
(encapsed_string . (string_content) .) @string
(variable_name) @ident
; A bare constant (`NEW_UI`) where an expression stands; `name` is also every function/method name.
(argument !name . (name) @ident .)
(binary_expression [left: (name) right: (name)] @ident)
(unary_op_expression argument: (name) @ident)
(parenthesized_expression (name) @ident)
(conditional_expression condition: (name) @ident)
(assignment_expression right: (name) @ident)
[(class_constant_access_expression) (member_access_expression) (scoped_property_access_expression)] @member
((boolean) @true (#any-of? @true "true" "TRUE" "True"))
((boolean) @false (#any-of? @false "false" "FALSE" "False"))
[(integer) (float)] @number

; Key constants (`const NEW_UI = 'new_ui';` in a file or a class): Flags::NEW_UI names the flag.
(const_element (name) @constant.name (_) @constant.value) @constant

; ---------------------------------------------------------------- branches
; `elseif (...)` is an else_if_clause; `else if (...)` an else_clause holding an if_statement.
(if_statement condition: (_) @if.cond body: (_) @if.then alternative: (_)* @if.else) @if
(else_if_clause condition: (_) @arm.cond body: (_) @arm.then) @arm
(else_clause body: (_) @arm.then) @arm
(conditional_expression condition: (_) @ternary.cond body: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while_statement condition: (_) @loop.cond body: (_) @loop.then) @loop

; ---------------------------------------------------------------- boolean structure
(unary_op_expression operator: "!" argument: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: ["&&" "and"] right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: ["||" "or"] right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: ["==" "==="] right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: ["!=" "!==" "<>"] right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren

; ---------------------------------------------------------------- locals
(assignment_expression left: (variable_name) @decl.name @decl.declares right: (_) @decl.value) @decl
(assignment_expression left: (list_literal (variable_name) @write.name)) @write
(assignment_expression left: (list_literal (pair (variable_name) @write.name))) @write
(augmented_assignment_expression left: (variable_name) @write.name) @write
(reference_assignment_expression left: (variable_name) @write.name) @write
; `$ref = &$on` and `use (&$on)`: later writes through the reference are invisible.
(reference_assignment_expression right: (variable_name) @write.name) @write
(anonymous_function_use_clause (by_ref (variable_name) @write.name)) @write
(update_expression argument: (variable_name) @write.name) @write
(foreach_statement (_) (variable_name) @write.name) @write
(foreach_statement (pair (variable_name) @write.name)) @write
(foreach_statement (by_ref (variable_name) @write.name)) @write
(foreach_statement (pair (by_ref (variable_name) @write.name))) @write
(foreach_statement (list_literal (variable_name) @write.name)) @write
(simple_parameter name: (variable_name) @write.name) @write
(variadic_parameter name: (variable_name) @write.name) @write
(property_promotion_parameter name: (variable_name) @write.name) @write
(catch_clause name: (variable_name) @write.name) @write
(global_declaration (variable_name) @write.name) @write
(static_variable_declaration name: (variable_name) @write.name) @write
(unset_statement (variable_name) @write.name) @write
; By-reference out-parameters of common functions (any other by-reference call is a known limit).
((function_call_expression function: (name) @_f (arguments (argument (variable_name) @write.name))) @write
  (#any-of? @_f "settype" "parse_str" "preg_match" "preg_match_all" "sscanf"))

[(program) (function_definition) (method_declaration) (anonymous_function) (arrow_function)] @scope
[(program) (compound_statement) (colon_block)] @block
[(return_statement) (break_statement) (continue_statement) (exit_statement)] @exit
(expression_statement (throw_expression)) @exit
((expression_statement (function_call_expression function: (name) @_f)) @exit (#any-of? @_f "die" "exit"))
((expression_statement (name) @_f) @exit (#any-of? @_f "die" "exit"))

; ---------------------------------------------------------------- carried values
; `fn() => ...` captures the enclosing function's variables by value (a `function () use (...)`
; sees only what it lists: not a closure here).
(arrow_function) @closure
(declaration_list) @class
; `$this->x = v` as a statement of the constructor; any other write of a property `x` disqualifies it.
(method_declaration name: (name) @_n
  body: (compound_statement (expression_statement
          (assignment_expression left: (member_access_expression object: (variable_name) @_this name: (name) @field.name)
                                 right: (_) @field.value) @field))
  (#eq? @_n "__construct") (#eq? @_this "$this"))
(assignment_expression left: (member_access_expression name: (name) @field_write.name)) @field_write
(augmented_assignment_expression left: (member_access_expression name: (name) @field_write.name)) @field_write
(reference_assignment_expression left: (member_access_expression name: (name) @field_write.name)) @field_write
(update_expression (member_access_expression name: (name) @field_write.name)) @field_write
((member_access_expression object: (variable_name) @_this name: (name) @field_read.name) @field_read
 (#eq? @_this "$this"))
; Helpers: a function or method whose body is one `return v;`.
(function_definition name: (name) @function.name) @function
(function_definition name: (name) @function.name body: (compound_statement . (return_statement (_) @function.value) .)) @function
(method_declaration name: (name) @function.name) @function
(method_declaration name: (name) @function.name body: (compound_statement . (return_statement (_) @function.value) .)) @function

; ------------------------------------------------------------------ carried values: parameters (issue 15)
; Parameters of a class's `private` methods (a trait's private methods run in the classes that use
; it, elsewhere): a parameter every call in the file fills with the same check reads as it. Every
; entry of the list must be a plain parameter (`.args`); a named argument, a left-out default, a
; spread or any other use of the name (`[$this, 'name']` as a string is not seen) leaves it unknown.
((class_declaration body: (declaration_list (method_declaration (visibility_modifier) @_v name: (name) @function.name
   parameters: (formal_parameters (simple_parameter name: (variable_name) @function.param)) @function.args) @function))
 (#eq? @_v "private"))

; ---------------------------------------------------------------- switch / match on a flag's value
; (issue 15; docs/queries.md @switch/@match.) `switch` compares loosely (`==`): flagdebt compares a
; case with the subject only when both have the same type (a string case against a bool subject
; is unknown), where `==` is equality. A case falls into the next unless it ends in
; break/return/throw/continue (@switch: else the switch is left out); a case with no statement
; shares the next case's body. `match` compares strictly and never falls through (@match);
; `match (true) { $flag => ... }` compares each condition with true.
(switch_statement condition: (_) @switch.cond body: (switch_block) @switch.then) @switch
(case_statement value: (_) @arm.value) @arm
(default_statement) @arm
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
[(case_statement (statement) @arm.then) (default_statement (statement) @arm.then)] @arm
[(match_conditional_expression return_expression: (_) @arm.then) (match_default_expression return_expression: (_) @arm.then)] @arm
; PHP's `continue` in a switch leaves the switch, as `break` does.
[(break_statement) (continue_statement)] @break
(match_expression condition: (_) @match.cond body: (match_block) @match.then) @match
(match_conditional_expression conditional_expressions: (match_condition_list (_) @arm.value)) @arm
(match_default_expression) @arm

; Alias removal (docs/queries.md): a `private` property no other file reads.
(property_declaration (visibility_modifier) @_v (property_element (variable_name (name) @private_field.name))
  (#eq? @_v "private")) @private_field
