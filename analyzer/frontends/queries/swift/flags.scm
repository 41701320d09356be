; Swift (tree-sitter-swift 0.7): roles for flagdebt's model (docs/queries.md lists the capture
; vocabulary; docs/languages/swift.md what is covered and what is not).
; Blocks are hidden in this grammar: a body `{ ... }` is a `statements` node (absent when empty),
; and comments before it are children of the if/guard/while itself.

; ------------------------------------------------------------------ calls and arguments
; This grammar binds a prefix `!` to the leftmost operand of a chain: `!client.isOn(...)` parses as
; `(!client).isOn(...)`, and `!(flags).x` as a call of `!` with `(flags)`, while Swift negates the
; whole chain. Every such `!` is a @lead_not: a call or member path that begins with one reads as
; the negation of the rest (lead_not.h). So the receiver shapes below also take their leftmost name
; behind a `!`.
(prefix_expression operation: (bang) target: (_) @lead_not.operand) @lead_not
(call_expression . (bang) . (call_suffix (value_arguments . (value_argument !name) .) @lead_not.operand)) @lead_not
(call_expression . (simple_identifier) @call.name . (call_suffix (value_arguments) @call.args)) @call
(call_expression . (prefix_expression operation: (bang) target: (simple_identifier) @call.name)
  . (call_suffix (value_arguments) @call.args)) @call
; client.f(), self.client.f(), Flagsmith.shared.f(), LDClient.get()!.f(), LDClient.get()?.f(),
; OpenFeatureAPI.shared.getClient().f(), remoteFlags!.f(); !client.f(), !self.client.f(), !(client).f()
(call_expression . (navigation_expression
    target: [(simple_identifier) (self_expression)
             (prefix_expression operation: (bang) target: [(simple_identifier) (self_expression)])
             (call_expression . (bang) . (call_suffix))
             (postfix_expression target: [(simple_identifier) (self_expression)
                                          (prefix_expression operation: (bang) target: [(simple_identifier) (self_expression)])]
                                 operation: (bang))
             (navigation_expression target: [(simple_identifier) (self_expression)
                                             (prefix_expression operation: (bang) target: [(simple_identifier) (self_expression)])])
             (call_expression . [(simple_identifier)
                                 (navigation_expression target: (simple_identifier))
                                 (navigation_expression target: (navigation_expression target: (simple_identifier)))])
             (postfix_expression target: (call_expression . (navigation_expression
                 target: [(simple_identifier) (prefix_expression operation: (bang) target: (simple_identifier))])))] @call.receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @call.name))
  . (call_suffix (value_arguments) @call.args)) @call
; label: value, and a positional value
(value_argument name: (value_argument_label) @named_arg.name value: (_) @named_arg.value) @named_arg
(value_argument !name value: (_) @named_arg.value) @named_arg

; ------------------------------------------------------------------ literals and names
; "\(x)" has a backslash: no plain value. Raw strings (#"..."#) are left out.
[(line_string_literal) (multi_line_string_literal)] @string
((boolean_literal) @true (#eq? @true "true"))
((boolean_literal) @false (#eq? @false "false"))
[(integer_literal) (real_literal)] @number
(simple_identifier) @ident
; Flags.newUI, self.flags.newUI, Features.newUi.isEnabled; also behind a @lead_not (`!Flags.newUI`
; parses as `(!Flags).newUI`): the path is read without it, negated.
(navigation_expression target: [(simple_identifier) (self_expression)
                                (prefix_expression operation: (bang) target: [(simple_identifier) (self_expression)])
                                (call_expression . (bang) . (call_suffix))]) @member
(navigation_expression target: (navigation_expression target: [(simple_identifier) (self_expression)
                                (prefix_expression operation: (bang) target: [(simple_identifier) (self_expression)])
                                (call_expression . (bang) . (call_suffix))])) @member

; ------------------------------------------------------------------ boolean structure
(prefix_expression operation: (bang) target: (_) @not.operand) @not
; `!(a || b)` parses as a call of `!` with one argument
(call_expression . (bang) . (call_suffix (value_arguments . (value_argument !name value: (_) @not.operand) .))) @not
(conjunction_expression lhs: (_) @and.left rhs: (_) @and.right) @and
(disjunction_expression lhs: (_) @or.left rhs: (_) @or.right) @or
(equality_expression lhs: (_) @eq.left op: ["==" "==="] rhs: (_) @eq.right) @eq
(equality_expression lhs: (_) @ne.left op: ["!=" "!=="] rhs: (_) @ne.right) @ne
; after a call, `!=` / `==` may parse as a custom infix operator
((infix_expression lhs: (_) @eq.left op: (custom_operator) @_op rhs: (_) @eq.right) @eq (#any-of? @_op "==" "==="))
((infix_expression lhs: (_) @ne.left op: (custom_operator) @_op rhs: (_) @ne.right) @ne (#any-of? @_op "!=" "!=="))
; (x) is a one-element tuple expression
(tuple_expression . value: (_) @paren.operand .) @paren
; try x, await x, x! have x's value (not try?, which may give nil)
(try_expression (try_operator) @_try expr: (_) @paren.operand (#eq? @_try "try")) @paren
(await_expression expr: (_) @paren.operand) @paren
(postfix_expression target: (_) @paren.operand operation: (bang)) @paren

; ------------------------------------------------------------------ branches
; if c { a } else if d { b } else { c }. Here, an `if` with exactly one condition: the condition
; must be the first named child and be followed right away by the `{`. So `if let x = ...` and
; `if case ...` are left out: an optional binding is no boolean check (`if a, b`: condition lists,
; at the end of this file). (A comment
; step next to a wildcard makes this grammar's query compile for seconds: comments are only
; allowed next to braces.) An empty body `{ }` has no `statements` node: such an if is left out.
(if_statement . (_) @if.cond . "{" . [(comment) (multiline_comment)]* . (statements) @if.then . "}"
  . [(comment) (multiline_comment)]* . (else) . "{" . [(comment) (multiline_comment)]* . (statements) @if.else) @if
(if_statement . (_) @if.cond . "{" . [(comment) (multiline_comment)]* . (statements) @if.then . "}"
  . [(comment) (multiline_comment)]* . (else) . (if_statement) @if.else) @if
(if_statement . (_) @if.cond . "{" . [(comment) (multiline_comment)]* . (statements) @if.then . "}" .) @if

; guard c else { exit }: the else body runs when c is false, and must leave the scope. The guard is
; an if whose condition is `!c` (the guard node itself, given the @not role) and whose body is the
; else body: c certainly true makes the else body dead; c certainly false takes the arm, and as the
; body always exits, makes the rest of the enclosing block dead. One condition only, as for if.
(guard_statement . (_) @not.operand . (else)) @not
(guard_statement . (_) . (else) . "{" . [(comment) (multiline_comment)]* . (statements) @if.then) @if @if.cond

; `flag ? value : nil`: `nil` is an anonymous token in this grammar, hence `_`.
(ternary_expression condition: (_) @ternary.cond if_true: _ @ternary.then if_false: _ @ternary.else) @ternary
(while_statement . (_) @loop.cond . "{" . [(comment) (multiline_comment)]* . (statements) @loop.then) @loop

; ------------------------------------------------------------------ local aliases and writes
; Key constants: a `let` holding a string at file or type level
; (`enum FlagKeys { static let searchV2 = "search_v2" }`), whatever its name.
(source_file (property_declaration (value_binding_pattern mutability: "let")
  name: (pattern bound_identifier: (simple_identifier) @constant.name) value: (line_string_literal) @constant.value) @constant)
(class_body (property_declaration (value_binding_pattern mutability: "let")
  name: (pattern bound_identifier: (simple_identifier) @constant.name) value: (line_string_literal) @constant.value) @constant)
(enum_class_body (property_declaration (value_binding_pattern mutability: "let")
  name: (pattern bound_identifier: (simple_identifier) @constant.name) value: (line_string_literal) @constant.value) @constant)
; let on = ..., var on: Bool = ... (each binding of `let a = 1, b = 2` on its own)
(property_declaration name: (pattern bound_identifier: (simple_identifier) @decl.name @decl.declares)
  . (type_annotation)? . value: (_) @decl.value) @decl
(pattern !bound_identifier (simple_identifier) @write.name) @write
(pattern (pattern bound_identifier: (simple_identifier) @write.name)) @write
; if let x = ..., guard let x = ..., while let x = ..., if case let .some(x) = ...
(if_statement bound_identifier: (simple_identifier) @write.name) @write
(guard_statement bound_identifier: (simple_identifier) @write.name) @write
(while_statement bound_identifier: (simple_identifier) @write.name) @write
(if_statement (pattern bound_identifier: (simple_identifier) @write.name)) @write
(guard_statement (pattern bound_identifier: (simple_identifier) @write.name)) @write
(for_statement item: (pattern bound_identifier: (simple_identifier) @write.name)) @write
(catch_block error: (pattern bound_identifier: (simple_identifier) @write.name)) @write
(switch_pattern (pattern bound_identifier: (simple_identifier) @write.name)) @write
(assignment target: (directly_assignable_expression (simple_identifier) @decl.name) operator: "="
            result: (_) @decl.value) @decl
(assignment target: (directly_assignable_expression (simple_identifier) @write.name) operator: _ @_op
            (#not-eq? @_op "=")) @write
(prefix_expression operation: "&" target: (simple_identifier) @write.name) @write
(parameter name: (simple_identifier) @write.name) @write
(lambda_parameter name: (simple_identifier) @write.name) @write

[(source_file) (function_declaration) (init_declaration) (deinit_declaration) (lambda_literal)
 (class_body) (enum_class_body) (protocol_body) (computed_property) (computed_getter) (computed_setter)
 (subscript_declaration)] @scope
[(source_file) (statements)] @block
(control_transfer_statement ["return" "break" "continue" (throw_keyword)]) @exit

; ------------------------------------------------------------------ carried values
; Closures and nested functions read the enclosing function's never-reassigned locals.
[(lambda_literal) (function_declaration)] @closure
; `.bare`: a plain name in the class may read a field (when no local or parameter hides it).
[(class_body) (enum_class_body)] @class @class.bare
; A `let` property with an initialiser (a memberwise init cannot replace it), a computed property
; returning one expression, or an unconditional `self.x = v` in an init; any other write of that
; name (a bare `x = v` may be the property) disqualifies it.
(class_body (property_declaration (value_binding_pattern mutability: "let")
  name: (pattern bound_identifier: (simple_identifier) @field.name) . (type_annotation)? . value: (_) @field.value) @field)
(class_body (property_declaration name: (pattern bound_identifier: (simple_identifier) @field.name)
  computed_value: (computed_property (statements . (control_transfer_statement "return" result: (_) @field.value) .))) @field)
(class_body (property_declaration name: (pattern bound_identifier: (simple_identifier) @field.name)
  computed_value: (computed_property (statements . [(call_expression) (navigation_expression) (prefix_expression)] @field.value .))) @field)
(init_declaration body: (function_body (statements
  (assignment target: (directly_assignable_expression (navigation_expression target: (self_expression)
                                                         suffix: (navigation_suffix suffix: (simple_identifier) @field.name)))
              operator: "=" result: (_) @field.value) @field)))
(assignment target: (directly_assignable_expression (simple_identifier) @field_write.name)) @field_write
(assignment target: (directly_assignable_expression (navigation_expression
                      suffix: (navigation_suffix suffix: (simple_identifier) @field_write.name)))) @field_write
(navigation_expression target: (self_expression) suffix: (navigation_suffix suffix: (simple_identifier) @field_read.name)) @field_read
; `!self.x` parses as `(!self).x`: a @lead_not read of the field, negated (lead_not.h).
(navigation_expression target: (prefix_expression operation: (bang) target: (self_expression))
                       suffix: (navigation_suffix suffix: (simple_identifier) @field_read.name)) @field_read
; Helpers: a func whose body is one `return v` or one expression.
(function_declaration name: (simple_identifier) @function.name) @function
(function_declaration name: (simple_identifier) @function.name
  body: (function_body (statements . (control_transfer_statement "return" result: (_) @function.value) .))) @function
(function_declaration name: (simple_identifier) @function.name
  body: (function_body (statements . [(call_expression) (navigation_expression) (prefix_expression)] @function.value .))) @function

; ------------------------------------------------------------------ carried values: parameters (issue 15)
; Parameters of `private` / `fileprivate` functions (no other file can call them) without an argument
; label (`_ enabled: Bool`): a parameter every call in the file fills with the same check reads as
; it. A labelled parameter (`useNew enabled: Bool`, `enabled: Bool`) reads the argument with its
; label (.label: every call must write it; a call leaving it out, a default value, leaves it
; unknown); a `_` parameter the unlabelled arguments in order (docs/languages/swift.md).
((function_declaration (modifiers (visibility_modifier) @_v) name: (simple_identifier) @function.name
   (parameter external_name: (simple_identifier) @_e name: (simple_identifier) @function.param)) @function
 (#any-of? @_v "private" "fileprivate") (#eq? @_e "_"))
((function_declaration (modifiers (visibility_modifier) @_v) name: (simple_identifier) @function.name
   (parameter external_name: (simple_identifier) @function.label name: (simple_identifier) @function.param)) @function
 (#any-of? @_v "private" "fileprivate") (#not-eq? @function.label "_"))
((function_declaration (modifiers (visibility_modifier) @_v) name: (simple_identifier) @function.name
   (parameter !external_name . name: (simple_identifier) @function.label @function.param)) @function
 (#any-of? @_v "private" "fileprivate"))

; ------------------------------------------------------------------ switch on a flag's value
; (issue 15; docs/queries.md @match.) A case never falls through unless it says `fallthrough`
; (then the switch is left out). `case true, false:` compares the subject with each literal
; pattern; any other pattern (`let x`, `.some(...)`, a range, `nil`) compares as unknown; a
; `where` clause makes the case unknown; `default` / `case _` is the default.
(switch_statement expr: (_) @match.cond) @match @match.then
(switch_entry (switch_pattern) @arm.value) @arm
(switch_entry (where_keyword) @arm.cond) @arm
(switch_entry (default_keyword)) @arm
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
(switch_entry (statements) @arm.then) @arm
(control_transfer_statement "break") @break
(property_declaration name: (pattern bound_identifier: (simple_identifier) @local.name)) @local
(switch_entry "fallthrough" @fallthrough)
(switch_pattern . (pattern) @paren.operand .) @paren
(pattern . [(boolean_literal) (integer_literal) (real_literal) (line_string_literal)] @paren.operand .) @paren

; ------------------------------------------------------------------ condition lists
; (issue 15.) `if let u = user, !flag { ... } else { ... }` and `guard a, flag else { return }`: a
; condition list is the AND of its parts (an @and with `.operand`s: docs/queries.md). An optional
; binding (`let u = v`, `case .x = v`) is an unknown part: its value `v` is not a boolean, so only
; the first condition and those right after a `,` are operands, and the `=` of a binding stands
; for it (unknown). The if node itself is the condition; for a guard, its `else` keyword is (the
; guard node is already the negation).
(if_statement . condition: (_) @and.operand ",") @and
(if_statement "," . condition: (_) @and.operand) @and
(if_statement "," condition: "=" @and.operand) @and
(if_statement "," condition: (_) . "{" . [(comment) (multiline_comment)]* . (statements) @if.then . "}"
  . [(comment) (multiline_comment)]* . (else) . "{" . [(comment) (multiline_comment)]* . (statements) @if.else) @if @if.cond
(if_statement "," condition: (_) . "{" . [(comment) (multiline_comment)]* . (statements) @if.then . "}"
  . [(comment) (multiline_comment)]* . (else) . (if_statement) @if.else) @if @if.cond
(if_statement "," condition: (_) . "{" . [(comment) (multiline_comment)]* . (statements) @if.then . "}" .) @if @if.cond
(guard_statement . condition: (_) @and.operand "," (else) @and)
(guard_statement "," . condition: (_) @and.operand (else) @and)
(guard_statement "," condition: "=" @and.operand (else) @and)
(guard_statement "," (else) @not.operand) @not
(guard_statement "," (else) . "{" . [(comment) (multiline_comment)]* . (statements) @if.then) @if @if.cond

; Alias removal (docs/queries.md): `let on: Bool` declares a name without a value; a `private` or
; `fileprivate` property no other file reads (`private(set)` is read elsewhere: not one).
(property_declaration name: (pattern bound_identifier: (simple_identifier) @bare_decl.name) . (type_annotation) .) @bare_decl
(class_body (property_declaration (modifiers (visibility_modifier) @_v) name: (pattern bound_identifier: (simple_identifier) @private_field.name)) @private_field
  (#any-of? @_v "private" "fileprivate"))
