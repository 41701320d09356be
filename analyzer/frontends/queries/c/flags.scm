; C: roles for flagdebt's model (docs/queries.md lists the capture vocabulary). C and C++ files are
; both parsed with tree-sitter-cpp; this file holds what the two languages share and cpp/flags.scm
; inherits it. Preprocessor conditionals (#if/#ifdef/#elif/#else) are not roles: the C/C++ frontend
; (analyzer/frontends/clang/preprocessor.cpp) reads their arms itself, because an arm is a run of
; lines, not one syntax node, and tree-sitter loses them where a directive splits a statement.

; Calls: f(...), obj.f(...), ptr->f(...), obj.f<T>(...), ns::f(...), f<T>(...).
(call_expression function: (identifier) @call.name arguments: (argument_list) @call.args) @call
(call_expression function: (field_expression argument: (_) @call.receiver field: (field_identifier) @call.name)
                 arguments: (argument_list) @call.args) @call
(call_expression function: (field_expression argument: (_) @call.receiver
                                              field: (template_method name: (field_identifier) @call.name))
                 arguments: (argument_list) @call.args) @call
(call_expression function: (qualified_identifier scope: (_) @call.receiver name: (identifier) @call.name)
                 arguments: (argument_list) @call.args) @call
(call_expression function: (qualified_identifier scope: (_) @call.receiver
                                                  name: (template_function name: (identifier) @call.name))
                 arguments: (argument_list) @call.args) @call
(call_expression function: (template_function name: (identifier) @call.name) arguments: (argument_list) @call.args) @call

; Plain string literals only: raw strings (R"(x)") and concatenations ("a" "b") name no key here.
(string_literal) @string
(identifier) @ident
(field_expression) @member
(qualified_identifier) @member
(true) @true
(false) @false
(number_literal) @number

(if_statement condition: (condition_clause value: (_) @if.cond) consequence: (_) @if.then alternative: (_)? @if.else) @if
(else_clause (_) @arm.then) @arm
(conditional_expression condition: (_) @ternary.cond consequence: (_) @ternary.then alternative: (_) @ternary.else) @ternary
(while_statement condition: (condition_clause value: (_) @loop.cond) body: (_) @loop.then) @loop
; if (bool on = check()) / while (bool on = check()): the condition is the initialiser.
(condition_clause value: (declaration declarator: (identifier) value: (_) @paren.operand) @paren)

(unary_expression operator: ["!" "not"] argument: (_) @not.operand) @not
(binary_expression left: (_) @and.left operator: ["&&" "and"] right: (_) @and.right) @and
(binary_expression left: (_) @or.left operator: ["||" "or"] right: (_) @or.right) @or
; == / != only against a boolean or number literal: between a char* and a string literal C compares
; pointers, not text (cpp/flags.scm adds the std::string case).
(binary_expression left: (_) @eq.left operator: "==" right: [(true) (false) (number_literal)] @eq.right) @eq
(binary_expression left: [(true) (false) (number_literal)] @eq.left operator: "==" right: (_) @eq.right) @eq
(binary_expression left: (_) @ne.left operator: ["!=" "not_eq"] right: [(true) (false) (number_literal)] @ne.right) @ne
(binary_expression left: [(true) (false) (number_literal)] @ne.left operator: ["!=" "not_eq"] right: (_) @ne.right) @ne
(parenthesized_expression (_) @paren.operand) @paren
; const bool on{check()}: a braced initialiser of one value is that value.
(init_declarator value: (initializer_list . (_) @paren.operand .) @paren)

; Local aliases: only `const` / `constexpr` locals stand for their initialiser. A mutable local can
; change behind the name's back (a `bool&` parameter, a pointer), so it is only a write. A second
; qualifier (`const volatile`) is one more write, which disqualifies the name: precision first.
(declaration (type_qualifier) @_q
             declarator: (init_declarator declarator: (identifier) @decl.name @decl.declares value: (_) @decl.value) @decl
             (#any-of? @_q "const" "constexpr"))
(declaration (type_qualifier)? @_q declarator: (init_declarator declarator: (identifier) @write.name) @write
             (#not-eq? @_q "const" "constexpr"))
(declaration declarator: (identifier) @write.name) @write
(condition_clause value: (declaration declarator: (identifier) @write.name) @write)
(init_declarator declarator: (reference_declarator (identifier) @write.name)) @write
(init_declarator declarator: (reference_declarator) value: (identifier) @write.name) @write
(assignment_expression left: (identifier) @write.name) @write
(update_expression argument: (identifier) @write.name) @write
(pointer_expression operator: "&" argument: (identifier) @write.name) @write
(parameter_declaration declarator: (identifier) @write.name) @write
(parameter_declaration declarator: (_ (identifier) @write.name)) @write
(optional_parameter_declaration declarator: (identifier) @write.name) @write
(optional_parameter_declaration declarator: (_ (identifier) @write.name)) @write
(for_range_loop declarator: (identifier) @write.name) @write
(for_range_loop declarator: (_ (identifier) @write.name)) @write
(structured_binding_declarator (identifier) @write.name) @write

; Key constants: a const character pointer or array, or a const field, initialised from a literal
; (`constexpr const char* kNewUi = "new_ui";`, `static constexpr const char kNewUi[] = "new_ui";`).
; A const std::string_view / std::string local or global with a constant-looking name is a @decl above.
(declaration (type_qualifier) @_q
             declarator: (init_declarator declarator: [(pointer_declarator declarator: (identifier) @constant.name)
                                                       (array_declarator declarator: (identifier) @constant.name)]
                                          value: (string_literal) @constant.value) @constant
             (#any-of? @_q "const" "constexpr"))
(field_declaration (type_qualifier) @_q
                   declarator: [(field_identifier) @constant.name
                                (pointer_declarator declarator: (field_identifier) @constant.name)
                                (array_declarator declarator: (field_identifier) @constant.name)]
                   default_value: (string_literal) @constant.value
                   (#any-of? @_q "const" "constexpr")) @constant
; A macro whose whole body is one plain string literal (`#define FLAG_NEW_UI "new_ui"`).
((preproc_def name: (identifier) @constant.name value: (preproc_arg) @constant.value) @constant
 (#match? @constant.value "^[ \t]*\"[^\"\\\\]*\"\\s*$"))
((preproc_arg) @string (#match? @string "^[ \t]*\"[^\"\\\\]*\"\\s*$"))
; Without a string (@constant without .value: `fix --remove-declarations` only), a name that is a
; manifest alias or spells a key's words: `#define FEATURE_NEW_UI_ENABLED 1`, `#define NEW_UI`, and
; the last enumerator of an enum when it has no value (an earlier one would renumber the rest).
(preproc_def name: (identifier) @constant.name !value) @constant
((preproc_def name: (identifier) @constant.name value: (preproc_arg) @_v) @constant
 (#match? @_v "^[ \t]*(0|1|true|false)\\s*$"))
(enumerator_list (enumerator name: (identifier) @constant.name !value) @constant . "}")

; Blocks are not scopes: a local declared in a function is seen from every nested block.
[(translation_unit) (function_definition) (lambda_expression)] @scope
[(translation_unit) (compound_statement)] @block
[(return_statement) (throw_statement) (break_statement) (continue_statement) (co_return_statement)] @exit

; ------------------------------------------------------------------ switch on a flag's value
; A case falls into the next unless it ends in break/return/throw/continue (@switch:
; docs/queries.md). A goto anywhere inside may jump into any case: the switch is left out.
(switch_statement condition: (condition_clause value: (_) @switch.cond) body: (compound_statement (case_statement)) @switch.then) @switch
(case_statement value: (_) @arm.value) @arm
(case_statement "default") @arm
; A case's statements (@arm.then, one match per statement; docs/queries.md): `flagdebt fix` puts them
; in place of the switch when the case is certainly taken, without a trailing plain @break. Another
; @break among them, or a @local whose name the enclosing scope also spells, keeps the switch.
(case_statement ":" (_) @arm.then) @arm
(break_statement) @break
(declaration declarator: [(init_declarator declarator: (_) @local.name) (identifier) @local.name
                          (pointer_declarator) @local.name (array_declarator) @local.name]) @local
(goto_statement) @fallthrough

; Carried values. A lambda reads the function's `const` locals (captured or constant).
(lambda_expression) @closure
; Helpers: a function or inline method whose body is one `return v;`. Out-of-line definitions
; (`bool Checkout::UseNewFlow() const {...}`) name the method by its last segment.
(function_definition declarator: (function_declarator declarator: [(identifier) (field_identifier)] @function.name)) @function
(function_definition declarator: (function_declarator declarator: (qualified_identifier name: (identifier) @function.name))) @function
(function_definition declarator: (function_declarator declarator: [(identifier) (field_identifier)] @function.name)
                     body: (compound_statement . (return_statement (_) @function.value) .)) @function
(function_definition declarator: (function_declarator declarator: (qualified_identifier name: (identifier) @function.name))
                     body: (compound_statement . (return_statement (_) @function.value) .)) @function

; ------------------------------------------------------------------ carried values: parameters (issue 15)
; Parameters of functions no other file can call: `static` at file or namespace level (not a static
; member) and anything in an anonymous namespace. Every entry of the list must be a plain, reference
; or pointer parameter (`.args`: an unnamed one would shift the positions); a call passing something else in its position, a default
; argument left out or the name used as a function pointer leaves it unknown. A `static` function
; in a header is called from the files that include it: those calls are not seen
; (docs/languages/c-cpp.md).
([(translation_unit (function_definition (storage_class_specifier) @_s
    declarator: (function_declarator declarator: (identifier) @function.name
      parameters: (parameter_list [(parameter_declaration declarator: (identifier) @function.param)
                                   (parameter_declaration declarator: [(reference_declarator (identifier) @function.param)
                                                                      (pointer_declarator declarator: (identifier) @function.param)])]) @function.args)) @function)
  (declaration_list (function_definition (storage_class_specifier) @_s
    declarator: (function_declarator declarator: (identifier) @function.name
      parameters: (parameter_list [(parameter_declaration declarator: (identifier) @function.param)
                                   (parameter_declaration declarator: [(reference_declarator (identifier) @function.param)
                                                                      (pointer_declarator declarator: (identifier) @function.param)])]) @function.args)) @function)]
 (#eq? @_s "static"))
(namespace_definition !name body: (declaration_list (function_definition
  declarator: (function_declarator declarator: (identifier) @function.name
    parameters: (parameter_list [(parameter_declaration declarator: (identifier) @function.param)
                                 (parameter_declaration declarator: [(reference_declarator (identifier) @function.param)
                                                                      (pointer_declarator declarator: (identifier) @function.param)])]) @function.args)) @function))
