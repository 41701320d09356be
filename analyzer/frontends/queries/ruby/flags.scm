; Ruby: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).
; Grammar: tree-sitter-ruby. Not modelled (docs/languages/ruby.md): `case` without a subject,
; `when`/`in` patterns other than literals (they compare as unknown), `&.` calls (nil when the
; receiver is nil), symbols as keys, begin...end while/until.

; ---------------------------------------------------------------- calls and arguments
(call receiver: (_) @call.receiver operator: "." method: (identifier) @call.name arguments: (argument_list) @call.args) @call
(call !receiver method: (identifier) @call.name arguments: (argument_list) @call.args) @call
; Keyword arguments: fetch_boolean_value(flag_key: "x", default_value: false)
(pair key: (hash_key_symbol) @named_arg.name value: (_) @named_arg.value) @named_arg

; ---------------------------------------------------------------- literals and names
(string) @string
[(identifier) (constant)] @ident
(scope_resolution) @member
(true) @true
(false) @false
[(integer) (float)] @number

; Key constants: `NEW_UI = "new_ui"` (in a file, class or module): Flags::NEW_UI names the flag.
(assignment left: (constant) @constant.name right: (string) @constant.value) @constant

; ---------------------------------------------------------------- branches
; An elsif is the if's alternative and an if of its own; `else` is the alternative's body.
(if condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if
(elsif condition: (_) @if.cond consequence: (_) @if.then alternative: (_)? @if.else) @if
(if_modifier body: (_) @if.then condition: (_) @if.cond) @if
; unless/until: the node itself is the condition, a negation of its `condition`.
(unless condition: (_) @not.operand) @not
((unless consequence: (_) @if.then alternative: (_)? @if.else) @if @if.cond)
(unless_modifier condition: (_) @not.operand) @not
((unless_modifier body: (_) @if.then) @if @if.cond)
(conditional condition: (_) @ternary.cond consequence: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while condition: (_) @loop.cond body: (_) @loop.then) @loop
(until condition: (_) @not.operand) @not
((until body: (_) @loop.then) @loop @loop.cond)
; `x while cond` (not `begin ... end while cond`, which runs once before the test).
(while_modifier body: [(call) (assignment) (operator_assignment) (identifier)] @loop.then condition: (_) @loop.cond) @loop

; ---------------------------------------------------------------- boolean structure
(unary operator: ["!" "not"] operand: (_) @not.operand) @not
(binary left: (_) @and.left operator: ["&&" "and"] right: (_) @and.right) @and
(binary left: (_) @or.left operator: ["||" "or"] right: (_) @or.right) @or
(binary left: (_) @eq.left operator: "==" right: (_) @eq.right) @eq
(binary left: (_) @ne.left operator: "!=" right: (_) @ne.right) @ne
(parenthesized_statements . (_) @paren.operand .) @paren

; ---------------------------------------------------------------- locals
(assignment left: (identifier) @decl.name @decl.declares right: (_) @decl.value) @decl
(operator_assignment left: (identifier) @write.name) @write
(left_assignment_list (identifier) @write.name) @write
(left_assignment_list (rest_assignment (identifier) @write.name)) @write
(destructured_left_assignment (identifier) @write.name) @write
(method_parameters (identifier) @write.name) @write
(block_parameters (identifier) @write.name) @write
(lambda_parameters (identifier) @write.name) @write
(destructured_parameter (identifier) @write.name) @write
[(optional_parameter name: (identifier) @write.name)
 (keyword_parameter name: (identifier) @write.name)
 (splat_parameter name: (identifier) @write.name)
 (hash_splat_parameter name: (identifier) @write.name)
 (block_parameter name: (identifier) @write.name)] @write
(for pattern: (identifier) @write.name) @write
(exception_variable (identifier) @write.name) @write
; Pattern matching binds names (only the shallow shapes: see the limits in docs/languages/ruby.md).
(in_clause pattern: (identifier) @write.name) @write
(match_pattern pattern: (identifier) @write.name) @write
(array_pattern (identifier) @write.name) @write
(keyword_pattern key: (hash_key_symbol) @write.name !value) @write
(keyword_pattern value: (identifier) @write.name) @write

[(program) (method) (singleton_method) (class) (module) (singleton_class) (block) (do_block) (lambda)] @scope
[(program) (body_statement) (then) (else) (do) (block_body) (begin)] @block
[(return) (break) (next) (redo) (retry)] @exit
((identifier) @exit (#any-of? @exit "raise" "fail"))
((call !receiver method: (identifier) @_m) @exit (#any-of? @_m "raise" "fail"))

; Carried values. Blocks and lambdas read the enclosing method's never-reassigned locals (a `def`
; does not: it is a scope gate).
[(block) (do_block) (lambda)] @closure
[(class) (module)] @class
; `@x = v` as a statement of `initialize`; any other write of `@x`, or an attr_writer/attr_accessor
; for it (field names drop their leading sigil: `@x`, `:x`), disqualifies it.
(method name: (identifier) @_n
  body: (body_statement (assignment left: (instance_variable) @field.name right: (_) @field.value) @field)
  (#eq? @_n "initialize"))
(assignment left: (instance_variable) @field_write.name) @field_write
(operator_assignment left: (instance_variable) @field_write.name) @field_write
(call method: (identifier) @_attr arguments: (argument_list (simple_symbol) @field_write.name)
  (#any-of? @_attr "attr_writer" "attr_accessor")) @field_write
((instance_variable) @field_read @field_read.name)
; Helpers: a method whose body is one expression (`def new_flow? = flags.enabled?(:x)` too). A
; bare `name?`/`name!` (a call node) or `self.name` without arguments is a call when no local of that
; name hides it (a plain bare `name` is not captured: one match per identifier costs too much memory).
(method name: (identifier) @function.name) @function
(method name: (identifier) @function.name body: (body_statement . (_) @function.value .)) @function
(method name: (identifier) @function.name body: (body_statement . (return (argument_list . (_) @function.value .)) .)) @function
(method name: (identifier) @function.name body: [(call) (binary) (unary) (identifier)] @function.value) @function
(call receiver: (self) method: (identifier) @call.name !arguments) @call
(call !receiver method: (identifier) @call.name !arguments !block) @call

; ------------------------------------------------------------------ carried values: parameters (issue 15)
; Parameters of `private def name(...)` methods: a parameter every call in the file fills with the
; same check reads as it. Every parameter must be a plain name (`.args`: no default, splat or
; keyword); a keyword argument in a call leaves it unknown. A subclass in another file may still
; call the method (as for Python's `_name`): docs/languages/ruby.md.
((call method: (identifier) @_p
   arguments: (argument_list (method name: (identifier) @function.name
                                     parameters: (method_parameters (identifier) @function.param) @function.args) @function))
 (#eq? @_p "private"))
; The section form: a bare `private` line, then only method definitions (and comments) up to this
; one, so no `public`/`protected` line can reopen the section in between.
((body_statement (identifier) @_p . [(method) (comment)]* . (method name: (identifier) @function.name
   parameters: (method_parameters (identifier) @function.param) @function.args) @function)
 (#eq? @_p "private"))

; ---------------------------------------------------------------- case on a flag's value
; (issue 15; docs/queries.md @match.) `case v when a, b then ... else ... end`: a `when` never
; falls through. It compares each pattern with `===`, which for a literal is `==`: a literal
; pattern compares by value, any other (a class, a range, a splat) as unknown. `case v in p`
; likewise for a literal pattern; a binding or structural pattern, or an `if`/`unless` guard, is
; unknown. `else` is the default.
(case value: (_) @match.cond) @match @match.then
(when pattern: (pattern) @arm.value) @arm
(case (else) @arm)
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
(when body: (then) @arm.then) @arm
(case (else) @arm @arm.then)
(in_clause body: (then) @arm.then) @arm
(case_match else: (else) @arm @arm.then)
(pattern . [(true) (false) (nil) (string) (integer) (float)] @paren.operand .) @paren
(case_match value: (_) @match.cond) @match @match.then
(in_clause pattern: [(true) (false) (nil) (string) (integer) (float)] @arm.value) @arm
(in_clause guard: (_) @arm.cond) @arm
(case_match (else) @arm)

; Alias removal (docs/queries.md): an instance variable set by `initialize` is the object's own (an
; attr_reader or instance_variable_get spells its name, which keeps it).
(method name: (identifier) @_n
  body: (body_statement (assignment left: (instance_variable) @private_field.name) @private_field)
  (#eq? @_n "initialize"))
