; What `flagdebt fix` tidies after its edits (analyzer/fix/left_unused.h): Go refuses to compile a
; file with an unused package import or an unused local, which deleting a dead branch can leave.
; Vocabulary: analyzer/frontends/treesitter/tidy_facts.h.

; One imported package, alone (`import "fmt"`) or in a group (`import ( ... )`).
(import_declaration (import_spec name: (_)? @import.name path: (_) @import.path) @import) @import.declaration
(import_declaration (import_spec_list (import_spec name: (_)? @import.name path: (_) @import.path) @import)) @import.declaration

; `x := <literal or name>`, `var x = <literal or name>`: removing it changes nothing else. Readable
; in the rest of its block.
(statement_list
  (short_var_declaration
    left: (expression_list . (identifier) @local.name .)
    right: (expression_list . [(int_literal) (float_literal) (imaginary_literal) (rune_literal)
                               (interpreted_string_literal) (raw_string_literal)
                               (true) (false) (nil) (identifier)] .)) @local) @local.scope
(statement_list
  (var_declaration
    (var_spec name: (identifier) @local.name
              value: (expression_list . [(int_literal) (float_literal) (imaginary_literal) (rune_literal)
                                         (interpreted_string_literal) (raw_string_literal)
                                         (true) (false) (nil) (identifier)] .))) @local) @local.scope

[(comment) (interpreted_string_literal) (raw_string_literal) (rune_literal)] @opaque
