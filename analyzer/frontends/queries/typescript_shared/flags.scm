; TypeScript's syntax shared by typescript/ (.ts) and tsx/ (.tsx), which inherit this file.
(required_parameter pattern: (identifier) @write.name) @write
(optional_parameter pattern: (identifier) @write.name) @write
(non_null_expression (_) @paren.operand) @paren
(as_expression . (_) @paren.operand) @paren
(satisfies_expression . (_) @paren.operand) @paren

; Key constants: enum members `enum Flags { NewUi = "new_ui" }`.
(enum_assignment name: (property_identifier) @constant.name value: (string) @constant.value) @constant
; A member without a value names a flag by its words (`fix --remove-declarations` only): the last one
; alone, as an earlier one would renumber the rest (`enum Flags { Other, NewUi }`).
(enum_body name: (property_identifier) @constant.name @constant . "}")
(public_field_definition name: (property_identifier) @field.name value: (_) @field.value) @field
; Parameters of functions not exported (top level or nested): see javascript/flags.scm.
(program (function_declaration name: (identifier) @function.name
  parameters: (formal_parameters (required_parameter pattern: (identifier) @function.param)) @function.args) @function)
(statement_block (function_declaration name: (identifier) @function.name
  parameters: (formal_parameters (required_parameter pattern: (identifier) @function.param)) @function.args) @function)
(public_field_definition name: (private_property_identifier) @field.name value: (_) @field.value) @field
; Alias removal: a `#x` or `private` field no other file can read (docs/queries.md).
(public_field_definition name: (private_property_identifier) @private_field.name) @private_field
(public_field_definition (accessibility_modifier) @_a name: (property_identifier) @private_field.name (#eq? @_a "private")) @private_field
