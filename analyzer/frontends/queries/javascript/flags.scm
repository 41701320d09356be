; inherits: ecma jsx
(formal_parameters (identifier) @write.name) @write
(field_definition property: (property_identifier) @field.name value: (_) @field.value) @field
; Parameters of functions not exported (declared at the top level or nested): a parameter every
; call in the file fills with the same check reads as that check.
(program (function_declaration name: (identifier) @function.name
  parameters: (formal_parameters (identifier) @function.param) @function.args) @function)
(statement_block (function_declaration name: (identifier) @function.name
  parameters: (formal_parameters (identifier) @function.param) @function.args) @function)
(field_definition property: (private_property_identifier) @field.name value: (_) @field.value) @field
; Alias removal: a `#x` field no other file can read (docs/queries.md).
(field_definition property: (private_property_identifier) @private_field.name) @private_field
