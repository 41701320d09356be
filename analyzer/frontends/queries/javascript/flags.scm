; inherits: ecma jsx
(formal_parameters (identifier) @write.name) @write
(field_definition property: (property_identifier) @field.name value: (_) @field.value) @field
