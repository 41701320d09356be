; Rust (tree-sitter-rust 0.24): roles for flagdebt's model (docs/queries.md lists the capture vocabulary;
; docs/languages/rust.md what is covered and what is not).
; Rust is expression-oriented: `if`, `match` and `while` at statement level sit in an expression_statement,
; and that statement (not the inner expression) is the child of the block. So statement-level constructs
; are captured on their expression_statement, which lets an always-exiting branch make the rest of the
; block dead; the same constructs in value position (`let x = if ...`) are captured on the expression.

; ------------------------------------------------------------------ calls (macros are not calls)
; f(...), client.f(...), Statsig::check_gate(...), client.get_value::<bool>(...)
(call_expression function: (identifier) @call.name arguments: (arguments) @call.args) @call
(call_expression function: (field_expression value: (_) @call.receiver field: (field_identifier) @call.name)
                 arguments: (arguments) @call.args) @call
(call_expression function: (scoped_identifier path: (_) @call.receiver name: (identifier) @call.name)
                 arguments: (arguments) @call.args) @call
(call_expression function: (generic_function function: (field_expression value: (_) @call.receiver
                                                                         field: (field_identifier) @call.name))
                 arguments: (arguments) @call.args) @call

; ------------------------------------------------------------------ literals and names
[(string_literal) (raw_string_literal)] @string
((boolean_literal) @true (#eq? @true "true"))
((boolean_literal) @false (#eq? @false "false"))
[(integer_literal) (float_literal)] @number
(identifier) @ident
; self.flags.new_ui, Flags::NEW_UI, flags::keys::NEW_UI
(field_expression) @member
(scoped_identifier) @member

; ------------------------------------------------------------------ boolean structure
(unary_expression "!" (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: "&&" right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: "||" right: (_) @or.right) @or
(binary_expression left: (_) @eq.left operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: "!=" right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren
; x.await, x?, x.ok() and x.unwrap() / .unwrap_or(d) / .unwrap_or_default() / .expect("..") have x's value when
; the evaluation succeeds (Result/Option-returning SDKs: OpenFeature, Flagsmith, Statsig v1); x.as_str() is x
(await_expression (_) @paren.operand) @paren
(try_expression (_) @paren.operand) @paren
((call_expression function: (field_expression value: (_) @paren.operand field: (field_identifier) @_m)
                  arguments: (arguments)) @paren
 (#any-of? @_m "unwrap" "unwrap_or" "unwrap_or_default" "expect" "ok" "as_str"))

; ------------------------------------------------------------------ if / else if / else
(expression_statement (if_expression condition: (_) @if.cond consequence: (block) @if.then
                                     alternative: (else_clause (_) @if.else))) @if
(expression_statement (if_expression condition: (_) @if.cond consequence: (block) @if.then !alternative)) @if
; value position: let x = if ...; x = if ...; f(if ...); `=> if ...`; an `else if` (its own chain)
([(let_declaration value: (if_expression condition: (_) @if.cond consequence: (block) @if.then
                                         alternative: (else_clause (_) @if.else)) @if)
  (assignment_expression right: (if_expression condition: (_) @if.cond consequence: (block) @if.then
                                               alternative: (else_clause (_) @if.else)) @if)
  (arguments (if_expression condition: (_) @if.cond consequence: (block) @if.then
                            alternative: (else_clause (_) @if.else)) @if)
  (match_arm value: (if_expression condition: (_) @if.cond consequence: (block) @if.then
                                   alternative: (else_clause (_) @if.else)) @if)
  (else_clause (if_expression condition: (_) @if.cond consequence: (block) @if.then
                              alternative: (else_clause (_) @if.else)) @if)])
(else_clause (if_expression condition: (_) @if.cond consequence: (block) @if.then !alternative) @if)
; `else if`: the nested if is an arm of the outer chain (its own else stays with its own @if), so the
; outer chain's exits are judged on the arm's body, not on the nested if's last clause.
(else_clause (if_expression condition: (_) @arm.cond consequence: (block) @arm.then) @arm)
; `if let` / `while let` conditions have no role: their value is unknown.

; ------------------------------------------------------------------ match on a flag's value
; match subject { p1 => a, p2 => b, _ => c }: an if-chain whose arms are the match arms, as Kotlin's
; `when (subject)`. An arm is its own body (a dead arm goes as a whole, `p1 =>` included; its exit is
; its value). An arm whose pattern is one literal (true/false, a string, an integer) and has no guard
; compares `subject == literal`; any other pattern (a guard `x if c`, a binding, `A | B`, a tuple, a
; const path, a range) compares as unknown. `_` without a guard is the else. A comment before the first
; arm leaves the match out.
(expression_statement (match_expression body: (match_block . (match_arm) @if.cond @if.then (match_arm)* @if.else))) @if
([(let_declaration value: (match_expression body: (match_block . (match_arm) @if.cond @if.then (match_arm)* @if.else)) @if)
  (assignment_expression right: (match_expression body: (match_block . (match_arm) @if.cond @if.then (match_arm)* @if.else)) @if)
  (match_arm value: (match_expression body: (match_block . (match_arm) @if.cond @if.then (match_arm)* @if.else)) @if)])
((match_arm pattern: (match_pattern) @_p) @arm @arm.cond @arm.then (#not-eq? @_p "_"))
((match_arm pattern: (match_pattern) @_p) @arm @arm.then (#eq? @_p "_"))
; What a certainly taken arm leaves in place of the match (`flagdebt fix`, @arm.inner): as a statement,
; a block ending in a statement (`{ a(); }`: its statements; a tail expression would lose its `;`);
; as a `let` or assignment value, the arm's value (kept when it is one expression on one line).
(expression_statement (match_expression body: (match_block (match_arm value: (block (expression_statement) .) @arm.inner) @arm)))
[(let_declaration value: (match_expression body: (match_block (match_arm value: (_) @arm.inner) @arm)))
 (assignment_expression right: (match_expression body: (match_block (match_arm value: (_) @arm.inner) @arm)))]
(match_expression value: (_) @eq.left
                  body: (match_block (match_arm pattern: (match_pattern . [(boolean_literal) (string_literal) (raw_string_literal)
                                                                           (integer_literal)] @eq.right .)) @eq))

; ------------------------------------------------------------------ loops
(expression_statement (while_expression condition: (_) @loop.cond body: (block) @loop.then)) @loop

; ------------------------------------------------------------------ local aliases and writes
; Key constants: `const NEW_UI: &str = "new_ui";` / `static NEW_UI: &str = "new_ui";` at any level.
(const_item name: (identifier) @constant.name value: [(string_literal) (raw_string_literal)] @constant.value) @constant
(static_item name: (identifier) @constant.name value: [(string_literal) (raw_string_literal)] @constant.value) @constant
; let on = ...; (not `let mut`, which is also a write, so the name is never an alias)
(let_declaration pattern: (identifier) @decl.name @decl.declares value: (_) @decl.value) @decl
; A taken branch's locals (@local) whose names the enclosing function also spells keep its braces:
; unwrapped, a `let` would shadow the outer name for the code after it.
(let_declaration pattern: (_) @local.name) @local
(let_declaration (mutable_specifier) pattern: (identifier) @write.name) @write
(let_declaration pattern: (identifier) @write.name !value) @write
; `x = v` carries v to the reads it reaches (a `let mut` is a write too, so only reassignments do).
(assignment_expression left: (identifier) @decl.name right: (_) @decl.value) @decl
(compound_assignment_expr left: (identifier) @write.name) @write
(reference_expression (mutable_specifier) value: (identifier) @write.name) @write
(parameter pattern: (identifier) @write.name) @write
(closure_parameters (identifier) @write.name) @write
(for_expression pattern: (identifier) @write.name) @write
(let_condition pattern: (identifier) @write.name) @write
(match_pattern (identifier) @write.name) @write
; names bound inside patterns: let (a, b) = ..., Some(on), S { on, .. }, [a, b], ref on, mut on, x @ ..
(tuple_pattern (identifier) @write.name) @write
(tuple_struct_pattern (identifier) @write.name) @write
(slice_pattern (identifier) @write.name) @write
(field_pattern name: (shorthand_field_identifier) @write.name) @write
(field_pattern pattern: (identifier) @write.name) @write
(ref_pattern (identifier) @write.name) @write
(mut_pattern (identifier) @write.name) @write
(reference_pattern (identifier) @write.name) @write
(captured_pattern (identifier) @write.name) @write
(or_pattern (identifier) @write.name) @write

[(source_file) (function_item) (closure_expression) (impl_item) (trait_item) (mod_item)] @scope
; Rust locals end with their block: after it, the name may be an outer binding again.
(block) @block_scope
(block) @block
; A block ending in a tail expression (@block.value) is a value: `flagdebt fix` keeps its braces
; where it stood for the value (a match arm's block as a `let` value: `let v = { a(); 1 };`) and
; where the code after it needs its `;` (a taken `if` statement's `{ a(); b() }` mid-block).
(block (_expression) @block.value .) @block
; return / break / continue, as a statement (`return x;`) or as a block's tail (`return x`, `=> return`)
[(return_expression) (break_expression) (continue_expression)] @exit
(expression_statement [(return_expression) (break_expression) (continue_expression)]) @exit
; panic!(..), unreachable!(..), todo!(..), unimplemented!(..), std::process::exit(..) never return:
; exits only where they are the whole statement.
(expression_statement (macro_invocation macro: (identifier) @_m
                                        (#any-of? @_m "panic" "unreachable" "todo" "unimplemented"))) @exit
(expression_statement (call_expression function: (scoped_identifier) @_f
                                       (#any-of? @_f "std::process::exit" "process::exit"))) @exit

; Carried values. A closure reads the function's never-reassigned locals; impl/trait blocks and
; modules are not functions (a local there is an item, not captured).
(closure_expression) @closure
[(impl_item) (trait_item) (mod_item)] @class
; Helpers: a fn whose body is one tail expression or one `return v;`.
(function_item name: (identifier) @function.name) @function
(function_item name: (identifier) @function.name
  body: (block . [(call_expression) (field_expression) (unary_expression) (binary_expression) (parenthesized_expression)
                  (identifier) (macro_invocation)] @function.value .)) @function
(function_item name: (identifier) @function.name
  body: (block . (expression_statement (return_expression (_) @function.value)) .)) @function
; Who may call a helper: a method (`&self`) only through the calling method's own `self`, in an
; impl of the same type; a free function only by its bare name (`x.enabled()` is a method).
(impl_item type: [(type_identifier) @function.owner (generic_type type: (type_identifier) @function.owner)]
  body: (declaration_list (function_item parameters: (parameters . (self_parameter (self) @function.receiver))) @function))
(source_file (function_item) @function @function.bare)
(mod_item body: (declaration_list (function_item) @function @function.bare))
(function_item body: (block (function_item) @function @function.bare))

; ------------------------------------------------------------------ carried values: fields (issue 15)
; The file is what can see a private field (docs/languages/rust.md). A field set in a struct literal
; (`Self { fast_path: flags.is_enabled("x") }` in `new`) and in no other literal or assignment of the
; file stands for that value where its impl block reads `self.fast_path`. A shorthand `Self { on }`
; carries the local `on`. A `pub` field (another module may set it) and a field of a
; `#[derive(Default)]` struct (`S::default()` sets it without a literal) are written elsewhere.
(struct_expression body: (field_initializer_list (field_initializer field: (field_identifier) @field.name
                                                                    value: (_) @field.value) @field))
(struct_expression body: (field_initializer_list (shorthand_field_initializer (identifier) @field.name @field.value) @field))
(assignment_expression left: (field_expression field: (field_identifier) @field_write.name)) @field_write
(compound_assignment_expr left: (field_expression field: (field_identifier) @field_write.name)) @field_write
(reference_expression (mutable_specifier) value: (field_expression field: (field_identifier) @field_write.name)) @field_write
(field_declaration (visibility_modifier) name: (field_identifier) @field_write.name) @field_write
((attribute_item (attribute (identifier) @_d arguments: (token_tree (identifier) @_t)))
 (struct_item body: (field_declaration_list (field_declaration name: (field_identifier) @field_write.name))) @field_write
 (#eq? @_d "derive") (#eq? @_t "Default"))
(field_expression value: (self) field: (field_identifier) @field_read.name) @field_read
; `Self::helper()` calls through this type (docs/queries.md "Helpers": the object a read goes through).
((scoped_identifier path: (identifier) @_s name: (identifier) @field_read.name) @field_read (#eq? @_s "Self"))

; ------------------------------------------------------------------ carried values: parameters (issue 15)
; Parameters of fns no other file can call: no `pub` (nor `async`/`const`/`unsafe`, which the `.`
; anchor also leaves out), at file or inline-module level or in an inherent impl (a trait impl's
; methods are called through the trait). A child module in another file calling `super::f` is not
; seen. Positions are exact: the n-th parameter (after a method's `self`, for which calls pass no
; argument) is captured only when every one before it is a plain `name: T` (a `_` or destructured
; one ends the chain), for the first four (a quantified capture would keep only the first).
[(source_file (function_item . name: (identifier) @function.name
     parameters: [(parameters . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))]) @function)
 (mod_item body: (declaration_list (function_item . name: (identifier) @function.name
     parameters: [(parameters . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))]) @function))
 (impl_item !trait body: (declaration_list (function_item . name: (identifier) @function.name
     parameters: [(parameters . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))]) @function))]
(impl_item !trait body: (declaration_list (function_item . name: (identifier) @function.name
     parameters: [(parameters . (self_parameter) . (parameter pattern: (identifier) @function.param))
                 (parameters . (self_parameter) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (self_parameter) . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))
                 (parameters . (self_parameter) . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier)) . (parameter pattern: (identifier) @function.param))]) @function))

; Alias removal (docs/queries.md): `let on;` declares a name without a value.
(let_declaration pattern: (identifier) @bare_decl.name !value) @bare_decl
; A field without `pub` (only this module sees it) of a struct and a field with no attribute before
; either (`#[derive(Serialize)]`, `#[serde(...)]` read every field): removed with its literal's `name: value,`.
((_) @_s . (struct_item body: (field_declaration_list . (field_declaration . name: (field_identifier) @private_field.name) @private_field))
  (#match? @_s "^[^#]"))
((_) @_s . (struct_item body: (field_declaration_list (_) @_f . (field_declaration . name: (field_identifier) @private_field.name) @private_field))
  (#match? @_s "^[^#]") (#match? @_f "^[^#]"))
