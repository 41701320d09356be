; Kotlin (tree-sitter-grammars/tree-sitter-kotlin 1.1): roles for flagdebt's model (docs/queries.md
; lists the capture vocabulary; docs/languages/kotlin.md what is covered and what is not).
; This grammar has no boolean, null, break or continue nodes: `true`, `false`, `break` and `continue`
; are plain identifiers, told apart by their text.

; ------------------------------------------------------------------ calls and arguments
; This grammar binds a prefix `!` to the leftmost operand of a chain: `!client.isOn("k")` parses
; as `(!client).isOn("k")`, while Kotlin negates the whole chain. Every such `!` is a @lead_not: a
; call or member path that begins with one reads as the negation of the rest (lead_not.h). So the
; receiver shapes below also take their leftmost name behind a `!`.
(unary_expression operator: "!" argument: (_) @lead_not.operand) @lead_not
(call_expression . (identifier) @call.name (value_arguments) @call.args) @call
(call_expression . (unary_expression operator: "!" argument: (identifier) @call.name) (value_arguments) @call.args) @call
; client.f(), this.f(), (x as C).f(), !client.f(), !(client).f()
(call_expression . (navigation_expression
    . [(identifier) (this_expression) (super_expression) (parenthesized_expression)
       (unary_expression operator: "!" argument: [(identifier) (this_expression) (parenthesized_expression)])] @call.receiver
    . "." . (identifier) @call.name .) (value_arguments) @call.args) @call
; a.client.f(), this.client.f(), !a.client.f()
(call_expression . (navigation_expression
    . (navigation_expression . [(identifier) (this_expression)
                                (unary_expression operator: "!" argument: [(identifier) (this_expression) (parenthesized_expression)])]
                             . (identifier) .) @call.receiver
    . "." . (identifier) @call.name .) (value_arguments) @call.args) @call
; get().f(), LDClient.get().f(), LDClient.get()!!.f()
(call_expression . (navigation_expression
    . [(call_expression . [(identifier) (navigation_expression . (identifier) . (identifier) .)] (value_arguments))
       (unary_expression argument: (call_expression . [(identifier) (navigation_expression . (identifier) . (identifier) .)]
                                                    (value_arguments)) operator: "!!")] @call.receiver
    . "." . (identifier) @call.name .) (value_arguments) @call.args) @call
; client?.f(), a.client?.f(): the call may not run (null when the receiver is null), so its value
; is unknown (@call.optional); every other receiver shape above requires a plain `.`.
(call_expression . (navigation_expression
    . [(identifier) (this_expression) (navigation_expression . [(identifier) (this_expression)] . (identifier) .)] @call.receiver
    . "?." @call.optional . (identifier) @call.name .) (value_arguments) @call.args) @call
; name = value (a named argument) and a bare positional value_argument wrapper
(value_argument . (identifier) @named_arg.name "=" . (_) @named_arg.value .) @named_arg
(value_argument . (_) @named_arg.value .) @named_arg

; ------------------------------------------------------------------ literals and names
; Only plain strings: "a$b" and "${b}" split into several parts or hold an interpolation.
(string_literal . (string_content) .) @string
(multiline_string_literal . (string_content) .) @string
((identifier) @true (#eq? @true "true"))
((identifier) @false (#eq? @false "false"))
[(number_literal) (float_literal)] @number
(identifier) @ident
; Flags.NEW_UI, this.flags.NEW_UI, Features.newUi.isEnabled; also behind a @lead_not
; (`!Flags.NEW_UI` parses as `(!Flags).NEW_UI`): the path is read without it, negated.
(navigation_expression
  . [(identifier) (this_expression)
     (unary_expression operator: "!" argument: [(identifier) (this_expression) (parenthesized_expression)])]
  . (identifier) .) @member
(navigation_expression
  . (navigation_expression
      . [(identifier) (this_expression)
         (unary_expression operator: "!" argument: [(identifier) (this_expression) (parenthesized_expression)])]
      . (identifier) .)
  . (identifier) .) @member

; ------------------------------------------------------------------ boolean structure
(unary_expression operator: "!" argument: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: ["==" "==="] right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: ["!=" "!=="] right: (_) @ne.right) @ne
; a.equals(b)
((call_expression . (navigation_expression (_) @eq.left . (identifier) @_equals .)
                  . (value_arguments . (value_argument . (_) @eq.right .) .)) @eq
 (#eq? @_equals "equals"))
(parenthesized_expression (_) @paren.operand) @paren
; x!! and `x as Boolean` have x's value (not `as?`, which may give null)
(unary_expression argument: (_) @paren.operand operator: "!!") @paren
(as_expression left: (_) @paren.operand "as") @paren

; ------------------------------------------------------------------ branches
; if (c) a else b, as a statement or an expression; `else if` is a nested if_expression. A branch is
; the node right after `)` / `else`, and the only node there: a comment next to a branch leaves the
; if out rather than be taken for the branch. (Type lists instead of `(_)` would allow comments but
; make the query compile ten times slower.)
(if_expression condition: (_) @if.cond ")" . (_) @if.then . "else" . (_) @if.else .) @if
(if_expression condition: (_) @if.cond ")" . (_) @if.then .) @if

; when { c1 -> a; c2, c3 -> b; else -> c } and when (subject) { v1 -> a; ... }: an if-chain whose
; arms are the entries. An entry is its own arm body (a dead entry goes as a whole, `v1 ->` included;
; its exit is its last statement). Every entry with a condition is an @arm whose condition is the
; entry itself: `(c1)` without a subject, `subject == v1` with one, unknown with several conditions
; (`"a", "b" ->`, `in 1..5 ->` and `is T ->` compare as unknown too). An entry with no condition is the
; else. A comment before the first entry leaves the when out. `.inner`, what follows `->` (a block's
; statements), replaces the when when the entry is certainly taken (`flagdebt fix`).
(when_expression "when" . "{" . (when_entry) @if.cond @if.then (when_entry)* @if.else) @if
(when_expression (when_subject) . "{" . (when_entry) @if.cond @if.then (when_entry)* @if.else) @if
(when_entry condition: (_) "->" . (_) @arm.inner) @arm @arm.cond @arm.then
(when_entry "else" "->" . (_) @arm.inner) @arm @arm.then
; A taken branch's locals (@local) whose names the enclosing function also spells keep it as it is:
; unwrapped, they would be declared twice in one scope.
(property_declaration (variable_declaration (identifier) @local.name)) @local
; An enum entry without arguments names a flag by its words (`fix --remove-declarations` only).
(enum_class_body (enum_entry . (identifier) @constant.name .) @constant)
(property_declaration (multi_variable_declaration (variable_declaration (identifier) @local.name))) @local
(when_expression "when" . "{" (when_entry . condition: (_) @paren.operand . "->") @paren)
(when_expression (when_subject (_) @eq.left .) (when_entry . condition: (_) @eq.right . "->") @eq)

(while_statement condition: (_) @loop.cond ")" . (_) @loop.then .) @loop

; ------------------------------------------------------------------ local aliases and writes
; Key constants: a `val` / `const val` holding a string at file, object or class level
; (`object FlagKeys { const val SEARCH_V2 = "search_v2" }`), whatever its name.
(source_file
  (property_declaration "val" (variable_declaration (identifier) @constant.name) "=" . (string_literal) @constant.value) @constant)
(class_body
  (property_declaration "val" (variable_declaration (identifier) @constant.name) "=" . (string_literal) @constant.value) @constant)
; val on = ..., var on: Boolean = ...
(property_declaration (variable_declaration (identifier) @decl.name @decl.declares) "=" . (_) @decl.value) @decl
(property_declaration (multi_variable_declaration (variable_declaration (identifier) @write.name))) @write
(assignment left: (identifier) @decl.name operator: "=" right: (_) @decl.value) @decl
(assignment left: (identifier) @write.name operator: _ @_op (#not-eq? @_op "=")) @write
(unary_expression operator: ["++" "--"] argument: (identifier) @write.name) @write
(unary_expression argument: (identifier) @write.name operator: ["++" "--"]) @write
(parameter (identifier) @write.name) @write
(class_parameter (identifier) @write.name) @write
(lambda_parameters (variable_declaration (identifier) @write.name)) @write
(lambda_parameters (multi_variable_declaration (variable_declaration (identifier) @write.name))) @write
(for_statement (variable_declaration (identifier) @write.name)) @write
(for_statement (multi_variable_declaration (variable_declaration (identifier) @write.name))) @write
(when_subject (variable_declaration (identifier) @write.name)) @write
(catch_block (identifier) @write.name) @write

[(source_file) (function_declaration) (lambda_literal) (anonymous_function) (class_body)
 (enum_class_body) (secondary_constructor) (anonymous_initializer) (getter) (setter)] @scope
[(source_file) (block) (lambda_literal)] @block
[(return_expression) (throw_expression)] @exit
((identifier) @exit (#any-of? @exit "break" "continue"))
((labeled_expression (label) @_jump) @exit (#any-of? @_jump "break@" "continue@"))

; ------------------------------------------------------------------ carried values
; Lambdas, anonymous and local functions read the enclosing function's never-reassigned locals.
[(lambda_literal) (anonymous_function) (function_declaration)] @closure
; `.bare`: a plain name in the class may read a field (when no local or parameter hides it).
(class_body) @class @class.bare
; A property initialised in the class body, or by an `init { x = v }` statement, or a getter
; `get() = v`; any other write of that name (a bare `x = v` may be the property) disqualifies it.
(class_body (property_declaration (variable_declaration (identifier) @field.name) "=" . (_) @field.value) @field)
(class_body (property_declaration (variable_declaration (identifier) @field.name)
                                  (getter (function_body "=" . (_) @field.value))) @field)
(anonymous_initializer (block (assignment left: (identifier) @field.name operator: "=" right: (_) @field.value) @field))
(assignment left: (identifier) @field_write.name) @field_write
(assignment left: (navigation_expression (identifier) @field_write.name .)) @field_write
(unary_expression argument: (navigation_expression (identifier) @field_write.name .)) @field_write
(navigation_expression . (this_expression) . (identifier) @field_read.name .) @field_read
; `!this.x` parses as `(!this).x`: a @lead_not read of the field, negated (lead_not.h).
(navigation_expression . (unary_expression operator: "!" argument: (this_expression)) . (identifier) @field_read.name .) @field_read
; Helpers: `fun useNewFlow() = flags.isOn("x")` or a body that is one `return`.
(function_declaration name: (identifier) @function.name) @function
(function_declaration name: (identifier) @function.name (function_body "=" . (_) @function.value)) @function
(function_declaration name: (identifier) @function.name
                      (function_body (block . (return_expression (_) @function.value) .))) @function
; Parameters of private functions: a parameter every call in the file fills with the same check
; reads as that check (a default value makes the list longer than its parameters: left out).
((function_declaration (modifiers (visibility_modifier) @_v) name: (identifier) @function.name
   (function_value_parameters (parameter . (identifier) @function.param)) @function.args) @function
 (#eq? @_v "private"))

; ------------------------------------------------------------------ non-null assertions (issue 15)
; `remoteFlags!!.getBoolean(Flags.NEW_CHECKOUT)`, `this.flags!!.isOn("x")`: `x!!` has x's value,
; so a receiver asserted non-null is the receiver (its text keeps the `!!`, which receiver
; patterns in rules/*.yaml search through). `!flags!!.isOn("x")` parses as `(!flags)!!.isOn("x")`:
; its leading `!` is a @lead_not, as for `!client.f(...)` above.
(call_expression . (navigation_expression
    . (unary_expression argument: [(identifier) (this_expression)
                                   (navigation_expression
                                     . [(identifier) (this_expression) (unary_expression operator: "!" argument: [(identifier) (this_expression)])]
                                     . (identifier) .)
                                   (unary_expression operator: "!" argument: [(identifier) (this_expression)])]
                        operator: "!!") @call.receiver
    . "." . (identifier) @call.name .) (value_arguments) @call.args) @call

; Alias removal (docs/queries.md): `val on: Boolean` declares a name without a value; a `private`
; property of a class no other file reads.
(property_declaration (variable_declaration (identifier) @bare_decl.name) .) @bare_decl
(class_body (property_declaration (modifiers (visibility_modifier) @_v) (variable_declaration (identifier) @private_field.name)) @private_field
  (#eq? @_v "private"))
