; Python: roles for flagdebt's model (docs/queries.md lists the capture vocabulary).

(call function: (identifier) @call.name arguments: (argument_list) @call.args) @call
(call function: (attribute object: (_) @call.receiver attribute: (identifier) @call.name)
      arguments: (argument_list) @call.args) @call
(keyword_argument name: (identifier) @named_arg.name value: (_) @named_arg.value) @named_arg

(string) @string
(identifier) @ident
(attribute) @member
(true) @true
(false) @false
[(integer) (float)] @number

(if_statement condition: (_) @if.cond consequence: (_) @if.then alternative: (_)* @if.else) @if
(elif_clause condition: (_) @arm.cond consequence: (_) @arm.then) @arm
(else_clause body: (_) @arm.then) @arm
(conditional_expression (_) @ternary.then "if" (_) @ternary.cond "else" (_) @ternary.else) @ternary
(while_statement condition: (_) @loop.cond body: (_) @loop.then) @loop

(not_operator argument: (_) @not.operand) @not
(boolean_operator left: (_) @and.left operator: "and" right: (_) @and.right) @and
(boolean_operator left: (_) @or.left operator: "or" right: (_) @or.right) @or
(comparison_operator . (_) @eq.left . operators: "==" . (_) @eq.right .) @eq
(comparison_operator . (_) @ne.left . operators: "!=" . (_) @ne.right .) @ne
; `is` is identity: decided only against the True/False singletons (a string or number from the
; SDK is rarely the literal's object, so `v is "b"` is usually False whatever the values).
(comparison_operator . (_) @eq.left . operators: "is" . [(true) (false)] @eq.right .) @eq
(comparison_operator . [(true) (false)] @eq.left . operators: "is" . (_) @eq.right .) @eq
(comparison_operator . (_) @ne.left . operators: "is not" . [(true) (false)] @ne.right .) @ne
(comparison_operator . [(true) (false)] @ne.left . operators: "is not" . (_) @ne.right .) @ne
(parenthesized_expression (_) @paren.operand) @paren
(await (_) @paren.operand) @paren
; `if (on := check()):` tests the assigned value (the name itself is a @write below)
(named_expression value: (_) @paren.operand) @paren

(assignment left: (identifier) @decl.name @decl.declares right: (_) @decl.value) @decl
(assignment left: (identifier) @write.name !right) @write
(assignment left: (pattern_list (identifier) @write.name)) @write
(augmented_assignment left: (identifier) @write.name) @write
(named_expression name: (identifier) @write.name) @write
(for_statement left: (identifier) @write.name) @write
(for_in_clause left: (identifier) @write.name) @write
(parameters (identifier) @write.name) @write
(lambda_parameters (identifier) @write.name) @write
(default_parameter name: (identifier) @write.name) @write
(typed_parameter (identifier) @write.name) @write
(typed_default_parameter name: (identifier) @write.name) @write
(global_statement (identifier) @write.name) @write
(nonlocal_statement (identifier) @write.name) @write
(as_pattern alias: (as_pattern_target (identifier) @write.name)) @write
(case_pattern (dotted_name . (identifier) @write.name .)) @write
(splat_pattern (identifier) @write.name) @write
(import_statement name: (dotted_name . (identifier) @write.name)) @write
(import_from_statement name: (dotted_name . (identifier) @write.name .)) @write
(aliased_import alias: (identifier) @write.name) @write
(function_definition name: (identifier) @write.name) @write
(class_definition name: (identifier) @write.name) @write

[(module) (function_definition) (lambda) (class_definition)
 (list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
[(module) (block)] @block
[(return_statement) (raise_statement) (break_statement) (continue_statement)] @exit
; sys.exit(...) / os._exit(...) never return
(expression_statement (call function: (attribute object: (identifier) @_m attribute: (identifier) @_f)
                            (#any-of? @_m "sys" "os") (#any-of? @_f "exit" "_exit"))) @exit

; ------------------------------------------------------------------ match on a flag's value
; `case v:` compares the subject with v (@match: docs/queries.md); `case _:` is the default; any
; other pattern (a capture, a class, `a | b`, `a, b`, a guard `if c`) compares as unknown.
(match_statement subject: (_) @match.cond body: (block) @match.then) @match
(case_clause . (case_pattern . [(true) (false) (string) (integer)] @arm.value .)) @arm
((case_clause . (case_pattern) @_p) @arm (#eq? @_p "_"))
(case_clause guard: (_) @arm.cond) @arm
(case_clause (case_pattern) . (case_pattern) @arm.cond) @arm

; Carried values (docs/queries.md "Carry the value"). A nested def, lambda or comprehension reads
; the enclosing function's locals; a class body's names are not visible to its methods.
[(function_definition) (lambda) (list_comprehension) (set_comprehension) (dictionary_comprehension)
 (generator_expression)] @closure
(class_definition) @class
; `self.x = v` as a statement of `__init__` (not under an if: it must run); a @property whose body is
; one `return`. Every other attribute write is a @field_write (the constructor's too: counted once).
(function_definition name: (identifier) @_n
  body: (block (expression_statement (assignment left: (attribute object: (identifier) @_s
                                                                   attribute: (identifier) @field.name)
                                                  right: (_) @field.value) @field))
  (#eq? @_n "__init__") (#eq? @_s "self"))
(decorated_definition (decorator (identifier) @_d)
                      definition: (function_definition name: (identifier) @field.name
                                                       body: (block . (return_statement (_) @field.value) .))
                      (#eq? @_d "property")) @field
(assignment left: (attribute attribute: (identifier) @field_write.name)) @field_write
(assignment left: (pattern_list (attribute attribute: (identifier) @field_write.name))) @field_write
(assignment left: (tuple_pattern (attribute attribute: (identifier) @field_write.name))) @field_write
(augmented_assignment left: (attribute attribute: (identifier) @field_write.name)) @field_write
(delete_statement (attribute attribute: (identifier) @field_write.name)) @field_write
(decorated_definition (decorator (attribute attribute: (identifier) @_s))
                      definition: (function_definition name: (identifier) @field_write.name)
                      (#eq? @_s "setter")) @field_write
(attribute object: (identifier) @_s attribute: (identifier) @field_read.name (#eq? @_s "self")) @field_read
(function_definition name: (identifier) @function.name) @function
(function_definition name: (identifier) @function.name body: (block . (return_statement (_) @function.value) .)) @function
; Who may call a helper: a method (its first parameter, `self`/`cls`, is the receiver) only through
; the calling method's own first parameter, in the same class (`other.helper()` is another
; object's method); a module-level or nested function only by its bare name.
(class_definition body: (block (function_definition parameters: (parameters . (identifier) @function.receiver)) @function))
(class_definition body: (block (decorated_definition
  definition: (function_definition parameters: (parameters . (identifier) @function.receiver)) @function)))
(module (function_definition) @function @function.bare)
(module (decorated_definition definition: (function_definition) @function @function.bare))
(function_definition body: (block (function_definition) @function @function.bare))
; Parameters of private (`_name`) and nested functions: a parameter every call in the file fills
; with the same check reads as that check. `self`/`cls` are the receiver, not a position.
(function_definition name: (identifier) @function.name
  parameters: (parameters [(identifier) @function.param
                           (typed_parameter . (identifier) @function.param)
                           (default_parameter name: (identifier) @function.param)
                           (typed_default_parameter name: (identifier) @function.param)])
  (#match? @function.name "^_[^_]") (#not-eq? @function.param "self" "cls")) @function
(block (function_definition name: (identifier) @function.name
  parameters: (parameters [(identifier) @function.param
                           (typed_parameter . (identifier) @function.param)
                           (default_parameter name: (identifier) @function.param)
                           (typed_default_parameter name: (identifier) @function.param)])
  (#not-eq? @function.param "self" "cls")) @function)

; ------------------------------------------------------------------ flagdebt fix: case bodies
; A case's body (`.then` of an @arm in a @match, docs/queries.md): `flagdebt fix` puts its
; statements in place of the match when the case is certainly taken. Says nothing of the condition.
(case_clause consequence: (block) @arm.then) @arm

; Alias removal (docs/queries.md): `on: bool` declares a name without a value; `self._x = v` in
; `__init__` sets a field named private (a leading underscore, not a dunder).
(assignment left: (identifier) @bare_decl.name type: (_) !right) @bare_decl
(function_definition name: (identifier) @_n
  body: (block (expression_statement (assignment left: (attribute object: (identifier) @_s
                                                                   attribute: (identifier) @private_field.name)) @private_field))
  (#eq? @_n "__init__") (#eq? @_s "self") (#match? @private_field.name "^_[A-Za-z0-9_]*[A-Za-z0-9]$"))
