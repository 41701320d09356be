; JSX, shared by JavaScript and TSX: {flag && <X/>} renders X only when flag holds.
(jsx_expression (binary_expression left: (_) @guard.cond operator: "&&" right: (_) @guard.then)) @guard
