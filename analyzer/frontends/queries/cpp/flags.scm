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
