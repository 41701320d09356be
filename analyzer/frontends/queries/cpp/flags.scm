; inherits: c
; C++: roles for flagdebt's model (docs/queries.md lists the capture vocabulary). Everything C and
; C++ share is in c/flags.scm; this file adds what only C++ means.

; C++ SDKs return std::string for string flags, and std::string == "x" compares text. Only a method
; call's result is taken for one (client.StringVariation(...) == "x"); a free function may be a C
; binding returning char*, where == compares pointers.
(binary_expression left: (call_expression function: (field_expression)) @eq.left operator: "=="
                   right: (string_literal) @eq.right) @eq
(binary_expression left: (string_literal) @eq.left operator: "=="
                   right: (call_expression function: (field_expression)) @eq.right) @eq
(binary_expression left: (call_expression function: (field_expression)) @ne.left operator: ["!=" "not_eq"]
                   right: (string_literal) @ne.right) @ne
(binary_expression left: (string_literal) @ne.left operator: ["!=" "not_eq"]
                   right: (call_expression function: (field_expression)) @ne.right) @ne

; ------------------------------------------------------------------ carried values: fields (issue 15)
; The file is the "class" (methods are mostly defined out of line, as in Go): a member set once in
; the file, by a constructor's member initialiser `fast_(v)` / `fast_{v}`, a statement of a
; constructor's body (`fast_ = v;`, `this->fast_ = v;`) or a default member initialiser, stands for
; v where the file reads `fast_` (no local or parameter of that name) or `this->fast_`. Any other
; write of that name in the file disqualifies it: an assignment, `++`, `&fast_`, passing it to a
; call (a `bool&` parameter may set it), `fast_()` / `fast_{}` (value-initialised), a second
; constructor's initialiser, a file- or namespace-level variable of the same name. Writes in other
; files (an inline setter in the header) are not seen (docs/languages/c-cpp.md).
(translation_unit) @class @class.bare
; `fast_(v)`, `fast_{v}` and `bool fast_{v};` hold v (one value: the list is a wrapper around it).
(field_initializer (field_identifier) @field.name [(argument_list . (_) .) (initializer_list . (_) .)] @field.value) @field
(field_initializer [(argument_list . (_) @paren.operand .) (initializer_list . (_) @paren.operand .)] @paren)
(field_declaration default_value: (initializer_list . (_) @paren.operand .) @paren)
(field_initializer (field_identifier) @field_write.name) @field_write
; a constructor (no return type, named by a plain or qualified identifier: not a destructor)
(function_definition !type declarator: (function_declarator declarator: [(identifier) (qualified_identifier name: (identifier))])
  body: (compound_statement (expression_statement
    (assignment_expression left: [(identifier) @field.name (field_expression argument: (this) field: (field_identifier) @field.name)]
                           operator: "=" right: (_) @field.value) @field)))
(field_declaration declarator: (field_identifier) @field.name default_value: (_) @field.value) @field
(assignment_expression left: [(identifier) @field_write.name (field_expression field: (field_identifier) @field_write.name)]) @field_write
(update_expression argument: [(identifier) @field_write.name (field_expression field: (field_identifier) @field_write.name)]) @field_write
(pointer_expression operator: "&" argument: [(identifier) @field_write.name (field_expression field: (field_identifier) @field_write.name)]) @field_write
(argument_list [(identifier) @field_write.name (field_expression field: (field_identifier) @field_write.name)]) @field_write
(initializer_pair designator: (field_designator (field_identifier) @field_write.name)) @field_write
([(translation_unit (declaration declarator: [(identifier) @field_write.name (init_declarator declarator: (identifier) @field_write.name)]) @field_write)
  (declaration_list (declaration declarator: [(identifier) @field_write.name (init_declarator declarator: (identifier) @field_write.name)]) @field_write)])
(field_expression argument: (this) field: (field_identifier) @field_read.name) @field_read
