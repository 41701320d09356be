; Java: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).

(method_invocation object: (_) @call.receiver name: (identifier) @call.name arguments: (argument_list) @call.args) @call
(method_invocation !object name: (identifier) @call.name arguments: (argument_list) @call.args) @call

(string_literal) @string
(identifier) @ident
(field_access) @member
(true) @true
(false) @false
(field_access object: (identifier) @_b field: (identifier) @_f (#eq? @_b "Boolean") (#eq? @_f "TRUE")) @true
(field_access object: (identifier) @_b field: (identifier) @_f (#eq? @_b "Boolean") (#eq? @_f "FALSE")) @false
[(decimal_integer_literal) (decimal_floating_point_literal)] @number

(if_statement condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if
; `else if`: the nested if is an arm of the outer chain (its own else stays with its own @if), so
; the outer chain's exits are judged on the arm's body, not on the nested if's last clause.
(if_statement alternative: (if_statement condition: (_) @arm.cond consequence: (_) @arm.then) @arm)
(ternary_expression condition: (_) @ternary.cond consequence: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while_statement condition: (_) @loop.cond body: (_) @loop.then) @loop

(unary_expression operator: "!" operand: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
; == / != compare values only against a boolean or number literal (unboxing); between objects
; (a String from the SDK and a literal, two boxed Integers) they compare references.
(binary_expression left: (_) @eq.left operator: "=="
                   right: [(true) (false) (decimal_integer_literal) (decimal_floating_point_literal)] @eq.right) @eq
(binary_expression left: [(true) (false) (decimal_integer_literal) (decimal_floating_point_literal)] @eq.left
                   operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: "!="
                   right: [(true) (false) (decimal_integer_literal) (decimal_floating_point_literal)] @ne.right) @ne
(binary_expression left: [(true) (false) (decimal_integer_literal) (decimal_floating_point_literal)] @ne.left
                   operator: "!=" right: (_) @ne.right) @ne
; "x".equals(v), v.equals("x"), Boolean.TRUE.equals(v), Objects.equals(a, b). A number literal
; argument is left out: Double.equals(Integer) is false whatever the values.
(method_invocation object: (_) @eq.left name: (identifier) @_m (#eq? @_m "equals")
                   arguments: (argument_list . [(string_literal) (true) (false) (identifier) (field_access)
                                                (method_invocation) (parenthesized_expression)] @eq.right .)) @eq
(method_invocation object: (identifier) @_o name: (identifier) @_m (#eq? @_o "Objects") (#eq? @_m "equals")
                   arguments: (argument_list
                                . [(string_literal) (true) (false) (identifier) (field_access) (method_invocation)] @eq.left
                                . [(string_literal) (true) (false) (identifier) (field_access) (method_invocation)] @eq.right .)) @eq
(parenthesized_expression (_) @paren.operand) @paren

(local_variable_declaration declarator: (variable_declarator name: (identifier) @decl.name @decl.declares value: (_) @decl.value)) @decl
(variable_declarator name: (identifier) @write.name !value) @write
(field_declaration declarator: (variable_declarator name: (identifier) @write.name)) @write
(assignment_expression left: (identifier) @decl.name operator: "=" right: (_) @decl.value) @decl
(assignment_expression left: (identifier) @write.name operator: _ @_op (#not-eq? @_op "=")) @write
(update_expression (identifier) @write.name) @write
(formal_parameter name: (identifier) @write.name) @write
(catch_formal_parameter name: (identifier) @write.name) @write
(enhanced_for_statement name: (identifier) @write.name) @write
(lambda_expression parameters: (identifier) @write.name) @write
(inferred_parameters (identifier) @write.name) @write
(instanceof_expression name: (identifier) @write.name) @write
(type_pattern (identifier) @write.name) @write
(record_pattern_component (identifier) @write.name) @write

[(program) (method_declaration) (constructor_declaration) (lambda_expression) (class_body)] @scope
; Java is block-scoped: a local declared in a block, a switch block or a for init ends with it
; (after it, the name may be a field).
[(block) (switch_block) (for_statement)] @block_scope
[(block) (program)] @block
[(return_statement) (throw_statement) (break_statement) (continue_statement)] @exit

; Key constants: `static final String NEW_UI = "new_ui";` and enum members `NEW_UI("new_ui")`.
(field_declaration (modifiers "static" "final")
  declarator: (variable_declarator name: (identifier) @constant.name value: (string_literal) @constant.value)) @constant
(enum_constant name: (identifier) @constant.name arguments: (argument_list . (string_literal) @constant.value)) @constant
; An enum constant without a value (Togglz: `enum MyFeatures implements Feature { NEW_UI, ... }`) names
; a flag by its words or a manifest alias: a @constant without .value, for `fix --remove-declarations`.
(enum_constant name: (identifier) @constant.name !arguments !body) @constant

; ------------------------------------------------------------------ switch on a flag's value
; `case v:` groups fall into the next group unless they end in break/return/throw/continue
; (@switch: docs/queries.md); `case v ->` rules never do (@match). Every label child is a value
; compared with the subject (a pattern or `null` compares as unknown); a guard (`when c`) makes the
; whole arm unknown; a `default` label makes the arm the default.
(switch_expression condition: (_) @switch.cond body: (switch_block (switch_block_statement_group)) @switch.then) @switch
(switch_expression condition: (_) @match.cond body: (switch_block (switch_rule)) @match.then) @match
([(switch_block_statement_group (switch_label (_) @arm.value)) (switch_rule (switch_label (_) @arm.value))] @arm)
([(switch_block_statement_group (switch_label (guard) @arm.cond)) (switch_rule (switch_label (guard) @arm.cond))] @arm)
([(switch_block_statement_group (switch_label "default")) (switch_rule (switch_label "default"))] @arm)
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
; A switch used as a value yields its rule's expression (a statement group there ends in `yield`:
; not unwrapped); a statement switch runs the rule's statement or block.
(block (switch_expression body: (switch_block (switch_block_statement_group (statement) @arm.then) @arm)))
(block (switch_expression body: (switch_block (switch_rule [(block) (expression_statement) (throw_statement)] @arm.then) @arm)))
[(variable_declarator value: (switch_expression body: (switch_block (switch_rule (expression_statement (_) @arm.then)) @arm)))
 (return_statement (switch_expression body: (switch_block (switch_rule (expression_statement (_) @arm.then)) @arm)))
 (assignment_expression right: (switch_expression body: (switch_block (switch_rule (expression_statement (_) @arm.then)) @arm)))]
(break_statement) @break
(variable_declarator name: (identifier) @local.name) @local
(instanceof_expression name: (identifier) @local.name) @local
(type_pattern (identifier) @local.name) @local

; Carried values. A lambda reads the method's (effectively final) locals; a class body is a @class.
(lambda_expression) @closure
; `.bare`: a plain name in the class may read a field (when no local or parameter hides it).
(class_body) @class @class.bare
; A field initialised in its declaration or by a constructor statement `this.x = v`; any other write of a field `x` (or a
; bare `x = v`, which may be the field) disqualifies it. Reads: `this.x`, or a bare `x` that no
; local or parameter shadows.
(field_declaration declarator: (variable_declarator name: (identifier) @field.name value: (_) @field.value)) @field
(constructor_declaration body: (constructor_body (expression_statement
  (assignment_expression left: (field_access object: (this) field: (identifier) @field.name) operator: "="
                         right: (_) @field.value) @field)))
(assignment_expression left: (field_access field: (identifier) @field_write.name)) @field_write
(assignment_expression left: (identifier) @field_write.name) @field_write
(update_expression (field_access field: (identifier) @field_write.name)) @field_write
(field_access object: (this) field: (identifier) @field_read.name) @field_read
; Helpers: a method whose body is one `return` (overloads make the name ambiguous).
(method_declaration name: (identifier) @function.name) @function
(method_declaration name: (identifier) @function.name body: (block . (return_statement (_) @function.value) .)) @function
; Parameters of private methods: a parameter every call in the class fills with the same check
; reads as that check.
(method_declaration (modifiers "private") name: (identifier) @function.name
  parameters: (formal_parameters (formal_parameter name: (identifier) @function.param)) @function.args) @function

; Alias removal (docs/queries.md): `boolean on;` declares a name without a value; a `private` field
; no other file reads. A constructor's statements are a statement list (where its `this.x = v` stands).
(local_variable_declaration declarator: (variable_declarator name: (identifier) @bare_decl.name !value)) @bare_decl
(field_declaration (modifiers "private") declarator: (variable_declarator name: (identifier) @private_field.name)) @private_field
(constructor_body) @block
