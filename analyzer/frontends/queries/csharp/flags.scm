; C#: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).
; Grammar: tree-sitter-c-sharp. Not modelled (docs/languages/csharp.md): `?.` calls (null when the
; receiver is null), generic calls `M<T>(...)`, switch patterns other than a constant (`> 3`,
; `"a" or "b"`, `bool b`: such an arm compares as unknown), `goto case` (the switch is left out).

; ---------------------------------------------------------------- calls and arguments
(invocation_expression function: (identifier) @call.name arguments: (argument_list) @call.args) @call
(invocation_expression
  function: (member_access_expression expression: _ @call.receiver name: (identifier) @call.name)
  arguments: (argument_list) @call.args) @call
; Every argument is wrapped in an `argument` node: `key: "x"` is labelled, "x" is positional.
(argument name: (identifier) @named_arg.name (_) @named_arg.value) @named_arg
(argument !name (_) @named_arg.value .) @named_arg

; ---------------------------------------------------------------- literals and names
[(string_literal) (verbatim_string_literal) (raw_string_literal) (interpolated_string_expression)] @string
(identifier) @ident
(member_access_expression) @member
((boolean_literal) @true (#eq? @true "true"))
((boolean_literal) @false (#eq? @false "false"))
[(integer_literal) (real_literal)] @number

; Key constants: `const string NewUi = "new_ui";` and `static readonly string NewUi = "new_ui";` fields.
((field_declaration (modifier) @_const
   (variable_declaration (variable_declarator name: (identifier) @constant.name "=" (_) @constant.value))) @constant
 (#eq? @_const "const"))
((field_declaration (modifier) @_static (modifier) @_readonly
   (variable_declaration (variable_declarator name: (identifier) @constant.name "=" (_) @constant.value))) @constant
 (#eq? @_static "static") (#eq? @_readonly "readonly"))
; An enum member without a value names a flag by its words (`fix --remove-declarations` only): the
; last one alone, as an earlier one would renumber the rest (`enum Feature { Other, NewUi }`).
(enum_member_declaration_list (enum_member_declaration name: (identifier) @constant.name !value) @constant . "}")

; ---------------------------------------------------------------- branches
; `else if` is an if_statement as the alternative; a plain else is its block.
(if_statement condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if
(conditional_expression condition: (_) @ternary.cond consequence: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while_statement condition: (_) @loop.cond body: (_) @loop.then) @loop

; ---------------------------------------------------------------- boolean structure
(prefix_unary_expression "!" (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: "!=" right: (_) @ne.right) @ne
; `x is true`, `x is "on"`, `x is not false`: only a single literal constant pattern.
(is_pattern_expression expression: (_) @eq.left
  pattern: (constant_pattern [(boolean_literal) (string_literal) (integer_literal)] @eq.right)) @eq
(is_pattern_expression expression: (_) @ne.left
  pattern: (negated_pattern (constant_pattern [(boolean_literal) (string_literal) (integer_literal)] @ne.right))) @ne
(parenthesized_expression (_) @paren.operand) @paren
(await_expression (_) @paren.operand) @paren

; ---------------------------------------------------------------- locals
(variable_declarator name: (identifier) @decl.name @decl.declares "=" (_) @decl.value) @decl
(variable_declarator (tuple_pattern name: (identifier) @write.name)) @write
(assignment_expression left: (identifier) @decl.name operator: "=" right: (_) @decl.value) @decl
(assignment_expression left: (identifier) @write.name operator: _ @_op (#not-eq? @_op "=")) @write
(assignment_expression left: (tuple_expression (argument (identifier) @write.name))) @write
(prefix_unary_expression ["++" "--"] (identifier) @write.name) @write
(postfix_unary_expression (identifier) @write.name) @write
(argument ["ref" "out"] (identifier) @write.name) @write
(declaration_expression name: (identifier) @write.name) @write
(declaration_pattern name: (identifier) @write.name) @write
(var_pattern name: (identifier) @write.name) @write
(parenthesized_variable_designation name: (identifier) @write.name) @write
(parameter name: (identifier) @write.name) @write
(lambda_expression parameters: (implicit_parameter) @write.name) @write
(foreach_statement left: (identifier) @write.name) @write
(foreach_statement left: (tuple_pattern name: (identifier) @write.name)) @write
(catch_declaration name: (identifier) @write.name) @write

; Fields live in class bodies, never in a method's scope: they are not local aliases.
[(compilation_unit) (class_declaration) (struct_declaration) (record_declaration) (interface_declaration)
 (method_declaration) (constructor_declaration) (destructor_declaration) (operator_declaration)
 (conversion_operator_declaration) (accessor_declaration) (local_function_statement)
 (lambda_expression) (anonymous_method_expression)] @scope
[(block) (switch_section)] @block
[(return_statement) (throw_statement) (break_statement) (continue_statement) (goto_statement)] @exit
(yield_statement "break") @exit

; ---------------------------------------------------------------- carried values
; Lambdas, anonymous methods and local functions read the method's never-reassigned locals.
[(lambda_expression) (anonymous_method_expression) (local_function_statement)] @closure
; `.bare`: a plain name in the class may read a field (when no local or parameter hides it).
[(class_declaration) (struct_declaration) (record_declaration)] @class @class.bare
; A field initialiser, a get-only property (`X => v`, `X { get; } = v`), or an unconditional
; constructor statement `X = v` / `this.X = v`; any other write of that name disqualifies it.
(field_declaration (variable_declaration (variable_declarator name: (identifier) @field.name "=" (_) @field.value) @field))
(property_declaration name: (identifier) @field.name value: (arrow_expression_clause (_) @field.value)) @field
(property_declaration name: (identifier) @field.name accessors: (accessor_list . (accessor_declaration "get" .) .)
                      value: (_) @field.value) @field
(constructor_declaration body: (block (expression_statement
  (assignment_expression left: (identifier) @field.name operator: "=" right: (_) @field.value) @field)))
(constructor_declaration body: (block (expression_statement
  (assignment_expression left: (member_access_expression expression: _ @_this name: (identifier) @field.name)
                         operator: "=" right: (_) @field.value) @field))
  (#eq? @_this "this"))
(assignment_expression left: (identifier) @field_write.name) @field_write
(assignment_expression left: (member_access_expression name: (identifier) @field_write.name)) @field_write
(prefix_unary_expression (member_access_expression name: (identifier) @field_write.name)) @field_write
(postfix_unary_expression (member_access_expression name: (identifier) @field_write.name)) @field_write
(argument ["ref" "out"] (member_access_expression name: (identifier) @field_write.name)) @field_write
(property_declaration name: (identifier) @field_write.name accessors: (accessor_list (accessor_declaration ["set" "init"]))) @field_write
((member_access_expression expression: _ @_this name: (identifier) @field_read.name) @field_read
 (#eq? @_this "this"))
; Helpers: a method or local function whose body is `=> v` or one `return v`.
(method_declaration name: (identifier) @function.name) @function
(method_declaration name: (identifier) @function.name body: (arrow_expression_clause (_) @function.value)) @function
(method_declaration name: (identifier) @function.name body: (block . (return_statement (_) @function.value) .)) @function
(local_function_statement name: (identifier) @function.name) @function
(local_function_statement name: (identifier) @function.name body: (arrow_expression_clause (_) @function.value)) @function
(local_function_statement name: (identifier) @function.name
                          body: (block . (return_statement (_) @function.value) .)) @function
; Parameters of private methods: a parameter every call in the class fills with the same check
; reads as that check.
((method_declaration (modifier) @_m name: (identifier) @function.name
   parameters: (parameter_list (parameter name: (identifier) @function.param)) @function.args) @function
 (#eq? @_m "private"))

; ---------------------------------------------------------------- switch on a flag's value
; (issue 15; docs/queries.md @switch/@match.) A section never falls into the next (the compiler
; forbids it) except an empty one (`case false:` with no statement), which shares the next
; section's body: @switch joins such label-only arms. Each label's pattern is compared with the
; subject: a constant pattern by its value, any other pattern as unknown; a `when` guard makes the
; arm unknown; `default` / `_` is the default. A `goto` (`goto case 1;`) may enter any arm: left out.
(switch_statement value: (_) @switch.cond body: (switch_body) @switch.then) @switch
(switch_section "case" . (_) @arm.value) @arm
(switch_section (when_clause) @arm.cond) @arm
(switch_section "default") @arm
(goto_statement) @fallthrough
; `subject switch { pattern => value, ... }`: the arms are the expression's own children after the subject.
(switch_expression . (_) @match.cond) @match @match.then
(switch_expression_arm . (_) @arm.value) @arm
(switch_expression_arm . (discard)) @arm
(switch_expression_arm (when_clause) @arm.cond) @arm
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
(switch_section (statement) @arm.then) @arm
(switch_expression_arm "=>" . (_) @arm.then) @arm
(break_statement) @break
(variable_declarator name: (identifier) @local.name) @local
(declaration_expression name: (identifier) @local.name) @local
(declaration_pattern name: (identifier) @local.name) @local
(var_pattern name: (identifier) @local.name) @local
(constant_pattern (_) @paren.operand) @paren

; Alias removal (docs/queries.md): `bool on;` declares one name without a value; a `private` field no
; other file reads (one match per declarator: `private bool a, b;` declares two).
(local_declaration_statement (variable_declaration type: (_) . (variable_declarator . name: (identifier) @bare_decl.name .) .)) @bare_decl
(field_declaration (modifier) @_m (variable_declaration (variable_declarator name: (identifier) @private_field.name))
  (#eq? @_m "private")) @private_field
