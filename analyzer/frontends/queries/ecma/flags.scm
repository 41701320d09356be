; Shared by JavaScript, TypeScript and TSX (inherited, not a language of its own): every pattern
; here must compile against all three grammars; grammar-specific ones go in the language files.

; Calls. `client?.isEnabled('x')` is a reference to the flag but not a check of its value: when
; `client` is nullish the call never runs and the expression is `undefined` (@call.optional).
; A `?.` deeper in the receiver (`a?.client.isEnabled('x')`) or before the arguments
; (`isEnabled?.('x')`) is still read as a check: the member pattern cannot see it, and the
; TypeScript grammar has no field for the latter.
(call_expression function: (identifier) @call.name arguments: (arguments) @call.args) @call
(call_expression function: (member_expression object: (_) @call.receiver !optional_chain
                                              property: (property_identifier) @call.name)
                 arguments: (arguments) @call.args) @call
(call_expression function: (member_expression object: (_) @call.receiver optional_chain: (_) @call.optional
                                              property: (property_identifier) @call.name)
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
; `flag && sendAnalytics();` as a statement, `return flag && <X/>;`, `(row) => flag && <Row/>`:
; the right side runs only when the flag holds. (Not in conditions: there the branch is reported.)
(expression_statement (binary_expression left: (_) @guard.cond operator: "&&" right: (_) @guard.then) @guard)
(return_statement (binary_expression left: (_) @guard.cond operator: "&&" right: (_) @guard.then) @guard)
(arrow_function body: (binary_expression left: (_) @guard.cond operator: "&&" right: (_) @guard.then) @guard)

(unary_expression operator: "!" argument: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: ["==" "==="] right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: ["!=" "!=="] right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren
(await_expression (_) @paren.operand) @paren

; Locals. A `const`/`let` lives in its block: an alias declared inside `if (...) { const on = ... }`
; never answers for an `on` read after the block; reads inside a block also see the enclosing ones.
(variable_declarator name: (identifier) @decl.name @decl.declares value: (_) @decl.value) @decl
(variable_declarator name: (identifier) @write.name !value) @write
; A plain `x = v` carries v to the reads it reaches (docs/queries.md, reassigned locals).
(assignment_expression left: (identifier) @decl.name right: (_) @decl.value) @decl
(augmented_assignment_expression left: (identifier) @write.name) @write
(update_expression argument: (identifier) @write.name) @write
(arrow_function parameter: (identifier) @write.name) @write
(assignment_pattern left: (identifier) @write.name) @write
(array_pattern (identifier) @write.name) @write
(rest_pattern (identifier) @write.name) @write
(object_pattern (shorthand_property_identifier_pattern) @write.name) @write
(object_assignment_pattern left: (shorthand_property_identifier_pattern) @write.name) @write
(pair_pattern value: (identifier) @write.name) @write
(for_in_statement left: (identifier) @write.name) @write
(catch_clause parameter: (identifier) @write.name) @write

[(program) (function_declaration) (function_expression) (arrow_function) (method_definition)
 (generator_function_declaration) (generator_function)] @scope
[(statement_block) (switch_body)] @block_scope
; A switch case is a statement list too: after a certain `break`, the rest of the case is dead.
[(program) (statement_block) (switch_case) (switch_default)] @block
[(return_statement) (throw_statement) (break_statement) (continue_statement)] @exit

; ------------------------------------------------------------------ switch on a flag's value
; A case falls into the next unless it ends in break/return/throw/continue (@switch:
; docs/queries.md); its value is compared with the subject (`===`).
(switch_statement value: (_) @switch.cond body: (switch_body) @switch.then) @switch
(switch_case value: (_) @arm.value) @arm
(switch_default) @arm
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
(switch_case ":" (_) @arm.then) @arm
(switch_default ":" (_) @arm.then) @arm
(break_statement) @break
(lexical_declaration (variable_declarator name: (_) @local.name)) @local
[(class_declaration name: (_) @local.name) (function_declaration name: (_) @local.name)] @local

; Carried values. Functions and arrows read the enclosing function's never-reassigned locals
; (React `useEffect(() => ...)`, callbacks).
[(function_declaration) (function_expression) (arrow_function) (method_definition)
 (generator_function_declaration) (generator_function)] @closure
(class_body) @class
; `this.x = v` as a statement of the constructor (it always runs); every other write of a member
; `x` disqualifies it (the constructor's own is also a @field_write, counted once).
(method_definition name: (property_identifier) @_n
  body: (statement_block (expression_statement
          (assignment_expression left: (member_expression object: (this) property: (property_identifier) @field.name)
                                 right: (_) @field.value) @field))
  (#eq? @_n "constructor"))
(assignment_expression left: (member_expression property: (property_identifier) @field_write.name)) @field_write
(augmented_assignment_expression left: (member_expression property: (property_identifier) @field_write.name)) @field_write
(update_expression argument: (member_expression property: (property_identifier) @field_write.name)) @field_write
(member_expression object: (this) property: (property_identifier) @field_read.name) @field_read
; The same for a private `#x`, which only its class can read.
(method_definition name: (property_identifier) @_n
  body: (statement_block (expression_statement
          (assignment_expression left: (member_expression object: (this) property: (private_property_identifier) @field.name)
                                 right: (_) @field.value) @field))
  (#eq? @_n "constructor"))
(assignment_expression left: (member_expression property: (private_property_identifier) @field_write.name)) @field_write
(augmented_assignment_expression left: (member_expression property: (private_property_identifier) @field_write.name)) @field_write
(update_expression argument: (member_expression property: (private_property_identifier) @field_write.name)) @field_write
(member_expression object: (this) property: (private_property_identifier) @field_read.name) @field_read
; A getter returning one expression is read as a field.
(method_definition "get" name: (property_identifier) @field.name
                   body: (statement_block . (return_statement (_) @field.value) .)) @field
(method_definition "set" name: (property_identifier) @field_write.name) @field_write
; Helpers: a function whose body is one `return`, or an arrow whose body is an expression.
; Who may call a helper: a class method only through `this` inside its class (a bare `f()` is
; another function); a function only by its bare name (`x.f()` is some object's method).
(function_declaration name: (identifier) @function.name) @function @function.bare
(class_declaration name: (_) @function.owner body: (class_body (method_definition) @function))
(class name: (_) @function.owner body: (class_body (method_definition) @function))
(function_declaration name: (identifier) @function.name
                      body: (statement_block . (return_statement (_) @function.value) .)) @function
(method_definition name: (property_identifier) @function.name) @function
(method_definition name: (property_identifier) @function.name
                   body: (statement_block . (return_statement (_) @function.value) .)) @function
(variable_declarator name: (identifier) @function.name value: [(arrow_function) (function_expression)]) @function @function.bare
(variable_declarator name: (identifier) @function.name
                     value: (arrow_function body: [(call_expression) (binary_expression) (unary_expression)
                                                   (member_expression) (identifier) (parenthesized_expression)]
                                            @function.value)) @function
(variable_declarator name: (identifier) @function.name
                     value: [(arrow_function body: (statement_block . (return_statement (_) @function.value) .))
                             (function_expression body: (statement_block . (return_statement (_) @function.value) .))])
                     @function

; Alias removal (docs/queries.md): `let on;` declares one name without a value; `flagdebt fix`
; deletes it with the assignments of a settled check that fed it, once nothing else spells the name.
(lexical_declaration . (variable_declarator name: (identifier) @bare_decl.name !value) .) @bare_decl
(variable_declaration . (variable_declarator name: (identifier) @bare_decl.name !value) .) @bare_decl
