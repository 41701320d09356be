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
; `else if`: the nested if is an arm of the outer chain (its own else stays with its own @if), so
; the outer chain's exits are judged on the arm's body, not on the nested if's last clause.
(if_statement alternative: (if_statement condition: (_) @arm.cond consequence: (_) @arm.then) @arm)
; `for cond { }` is Go's while loop (not a for clause, a range clause or the bare `for { }`)
(for_statement . [(identifier) (selector_expression) (call_expression) (unary_expression) (binary_expression)
                  (parenthesized_expression) (true) (false)] @loop.cond
               body: (block) @loop.then) @loop

(unary_expression operator: "!" operand: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: "!=" right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren

; v := f(), v, err := f(): the first name stands for the first value
(short_var_declaration left: (expression_list . (identifier) @decl.name @decl.declares) right: (expression_list . (_) @decl.value)) @decl
(short_var_declaration left: (expression_list (_) . (identifier) @write.name)) @write
; var a = f() (the first name stands for the first value; `var a, b = x, y` makes b a plain write)
(var_spec . name: (identifier) @decl.name @decl.declares value: (expression_list . (_) @decl.value)) @decl
(var_spec (identifier) . "," . (identifier) @write.name) @write
(var_spec name: (identifier) @write.name !value) @write
; `x = v` (one name, one value) carries v to the reads it reaches; `x += v`, `a, b = ...` only write.
(assignment_statement left: (expression_list . (identifier) @decl.name .) operator: "="
                      right: (expression_list . (_) @decl.value .)) @decl
(assignment_statement left: (expression_list (identifier) @write.name) operator: _ @_op (#not-eq? @_op "=")) @write
(assignment_statement left: (expression_list (identifier) @write.name . ",")) @write
(assignment_statement left: (expression_list "," . (identifier) @write.name)) @write
(inc_statement (identifier) @write.name) @write
(dec_statement (identifier) @write.name) @write
(unary_expression operator: "&" operand: (identifier) @write.name) @write
(parameter_declaration name: (identifier) @write.name) @write
(range_clause left: (expression_list (identifier) @write.name)) @write
(type_switch_statement alias: (expression_list (identifier) @write.name)) @write
(receive_statement left: (expression_list (identifier) @write.name)) @write

[(source_file) (function_declaration) (method_declaration) (func_literal)] @scope
; Go is block-scoped: a local declared in a block, a case clause or an if/for/switch init statement
; ends with it (after it, the name may be a package var).
[(block) (expression_case) (type_case) (default_case) (communication_case)] @block_scope
(if_statement initializer: (_)) @block_scope
(for_statement (for_clause initializer: (_))) @block_scope
(expression_switch_statement initializer: (_)) @block_scope
(type_switch_statement) @block_scope
[(block) (statement_list)] @block
; goto is left out: its label may sit in the rest of the block, which then still runs
[(return_statement) (break_statement) (continue_statement)] @exit
; panic(...), os.Exit(...), log.Fatal*(...) never return
(expression_statement (call_expression function: (identifier) @_f (#eq? @_f "panic"))) @exit
(expression_statement (call_expression function: (selector_expression operand: (identifier) @_p field: (field_identifier) @_f)
                                       (#eq? @_p "os") (#eq? @_f "Exit"))) @exit
(expression_statement (call_expression function: (selector_expression operand: (identifier) @_p field: (field_identifier) @_f)
                                       (#eq? @_p "log") (#any-of? @_f "Fatal" "Fatalf" "Fatalln"))) @exit

; Key constants: `const NewUI = "new_ui"`.
(const_spec name: (identifier) @constant.name value: (expression_list . [(interpreted_string_literal) (raw_string_literal)] @constant.value)) @constant

; ------------------------------------------------------------------ switch on a flag's value
; Cases never fall through unless they say `fallthrough` (then the switch is left out: @match,
; docs/queries.md). `switch {` has no subject: each case value is a condition itself.
(expression_switch_statement value: (_) @match.cond) @match @match.then
(expression_switch_statement !value) @match @match.then
(expression_case value: (expression_list (_) @arm.value)) @arm
(default_case) @arm
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
[(expression_case (statement_list) @arm.then) (default_case (statement_list) @arm.then)] @arm
(break_statement) @break
(short_var_declaration left: (expression_list (identifier) @local.name)) @local
[(var_spec name: (identifier) @local.name) (const_spec name: (identifier) @local.name)] @local
(fallthrough_statement) @fallthrough

; Carried values. A func literal reads the function's never-reassigned locals. The file is the
; "class" of its struct fields: a field set once, in a keyed composite literal (the constructor's
; `&Server{fastPath: ...}`), and never assigned elsewhere in the file, stands for that value.
(func_literal) @closure
(source_file) @class
; A field belongs to the literal's type (@field.owner): it is read only through a receiver bound
; by a @typed local, parameter or method receiver of that type, and only while the file builds the
; type once (every literal, zero-valued `var s T` and `new(T)` is a @field_write with an .owner).
(composite_literal type: [(type_identifier) @field.owner (qualified_type) @field.owner
                          (generic_type type: (type_identifier) @field.owner)]
  body: (literal_value (keyed_element key: (literal_element (identifier) @field.name)
                                      value: (literal_element (_) @field.value)) @field))
(composite_literal type: [(type_identifier) @field_write.owner (qualified_type) @field_write.owner
                          (generic_type type: (type_identifier) @field_write.owner)]) @field_write
(var_spec type: [(type_identifier) @field_write.owner (qualified_type) @field_write.owner
                 (generic_type type: (type_identifier) @field_write.owner)] !value) @field_write
(call_expression function: (identifier) @_new arguments: (argument_list . [(identifier) (type_identifier)
                 (qualified_type)] @field_write.owner .) (#eq? @_new "new")) @field_write
(parameter_declaration name: (identifier) @typed.name
  type: [(type_identifier) @typed.owner (qualified_type) @typed.owner (generic_type type: (type_identifier) @typed.owner)
         (pointer_type [(type_identifier) @typed.owner (qualified_type) @typed.owner
                        (generic_type type: (type_identifier) @typed.owner)])]) @typed
(var_spec name: (identifier) @typed.name
  type: [(type_identifier) @typed.owner (qualified_type) @typed.owner (generic_type type: (type_identifier) @typed.owner)
         (pointer_type [(type_identifier) @typed.owner (qualified_type) @typed.owner
                        (generic_type type: (type_identifier) @typed.owner)])]) @typed
; `s := &Server{...}`, `var s = Server{...}`: one name, one literal
(short_var_declaration left: (expression_list . (identifier) @typed.name .)
  right: (expression_list . [(composite_literal type: [(type_identifier) @typed.owner (qualified_type) @typed.owner])
                             (unary_expression operator: "&" operand: (composite_literal type: [(type_identifier) @typed.owner
                                                                                                (qualified_type) @typed.owner]))] .)) @typed
; `s := NewServer(...)`, `s, err := NewServer(...)`: bound to the declared result type of the
; file's function of that name (@function.result)
(short_var_declaration left: (expression_list . (identifier) @typed.name)
  right: (expression_list . (call_expression function: (identifier) @typed.value) .)) @typed
(var_spec . name: (identifier) @typed.name .
  value: (expression_list . (call_expression function: (identifier) @typed.value) .)) @typed
(function_declaration name: (identifier) @function.name
  result: [(type_identifier) @function.result (pointer_type (type_identifier) @function.result)
           (parameter_list . (parameter_declaration type: [(type_identifier) @function.result
                                                           (pointer_type (type_identifier) @function.result)])
                           . (parameter_declaration type: (type_identifier) @_err) . (#eq? @_err "error"))]) @function
(var_spec . name: (identifier) @typed.name .
  value: (expression_list . [(composite_literal type: [(type_identifier) @typed.owner (qualified_type) @typed.owner])
                             (unary_expression operator: "&" operand: (composite_literal type: [(type_identifier) @typed.owner
                                                                                                (qualified_type) @typed.owner]))] .)) @typed
(assignment_statement left: (expression_list (selector_expression field: (field_identifier) @field_write.name))) @field_write
(inc_statement (selector_expression field: (field_identifier) @field_write.name)) @field_write
(dec_statement (selector_expression field: (field_identifier) @field_write.name)) @field_write
(unary_expression operator: "&" operand: (selector_expression field: (field_identifier) @field_write.name)) @field_write
(selector_expression operand: (identifier) @field_read.receiver field: (field_identifier) @field_read.name) @field_read
; Helpers: a function or method whose body is one `return` of one value. A function is called by
; its bare name only (`x.enabled()` is a method of something else: .bare), also from the other
; files of its package, its directory (.package); a method only through the calling method's own
; receiver variable, on the same receiver type (.receiver, .owner).
(function_declaration name: (identifier) @function.name) @function @function.bare @function.package
(method_declaration
  receiver: (parameter_list (parameter_declaration type: [(type_identifier) @function.owner
                                                          (pointer_type (type_identifier) @function.owner)
                                                          (generic_type type: (type_identifier) @function.owner)
                                                          (pointer_type (generic_type type: (type_identifier) @function.owner))])))
  @function
(method_declaration
  receiver: (parameter_list (parameter_declaration name: (identifier) @function.receiver))) @function
(function_declaration name: (identifier) @function.name
  body: (block (statement_list . (return_statement (expression_list . (_) @function.value .)) .))) @function
(method_declaration name: (field_identifier) @function.name) @function
(method_declaration name: (field_identifier) @function.name
  body: (block (statement_list . (return_statement (expression_list . (_) @function.value .)) .))) @function
; Parameters of unexported functions and methods: a parameter every call in the file fills with
; the same check reads as that check (callers in the package's other files are not seen).
(function_declaration name: (identifier) @function.name
  parameters: (parameter_list (parameter_declaration name: (identifier) @function.param))
  (#match? @function.name "^[a-z_]")) @function
(method_declaration name: (field_identifier) @function.name
  parameters: (parameter_list (parameter_declaration name: (identifier) @function.param))
  (#match? @function.name "^[a-z_]")) @function

; Alias removal (docs/queries.md): `var on bool` declares a name without a value. Struct fields are
; left alone: a lowercase field is visible to the whole package, which one file does not show.
(var_declaration (var_spec name: (identifier) @bare_decl.name type: (_) !value)) @bare_decl
