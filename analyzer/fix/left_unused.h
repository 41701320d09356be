#pragma once
// After the fix's edits (dead branches and, with --remove-declarations, key constants), what those
// edits left unused and the language refuses to compile that way (Go: "imported and not used",
// "declared and not used") goes too. Read from the language's TidyFacts (its fix.scm):
//   - an import of a package whose name (the alias, else the path's last element: `yaml` for
//     `gopkg.in/yaml.v3`, `foo` for `example.com/foo/v2`) code spelled as `name.` before the edits
//     and spells nowhere after them (comments and strings do not count). `_` and `.` imports, and
//     a path whose package name cannot be told (`go-foo`), stay; so do imports already unused;
//   - a statement that only binds a local (`x := 1`, `x := y`) whose name its block read before the
//     edits and reads no more.
// Whole lines only (a statement sharing its line stays); a group of imports left empty goes whole.
// The file is parsed again and keeps the tidying only with no more syntax errors than before it.
#include "fix/fixer.h"

namespace flagdebt::fix {

// Tidies every change in `result` (its `after` texts).
void remove_left_unused(FixResult& result);

}  // namespace flagdebt::fix
