#pragma once
// The import statements `fix --remove-declarations` knows how to edit, per language (a table:
// `import { A, B } from "./flags"`, `from flags import A`, `import static p.Flags.A;`, ...). An
// import of a removed key constant goes, or only its name from a list of several; any import
// whose layout this file does not reproduce exactly is left alone (its name then counts as a use).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flagdebt::fix {

// One import statement found in a file.
struct ImportStatement {
  uint32_t begin = 0, end = 0;            // whole lines, with the final line break
  uint32_t names_begin = 0, names_end = 0;  // the imported name, or the list of names
  bool list = false;                        // names_* hold a comma-separated list
  bool understood = false;                  // a list whose layout round-trips (see without_names)
};

// Every import statement of a form the language table knows, in source order.
std::vector<ImportStatement> find_imports(std::string_view language_id, std::string_view text);

// Whether the statement imports `name` under that very name (not `name as other`).
bool imports_name(const ImportStatement& statement, std::string_view text, std::string_view name);

// The statement's name list without `names`, in the list's own layout; an empty string when
// nothing would be left (the whole statement goes); nullopt when the layout is not understood.
std::optional<std::string> without_names(std::string_view list, const std::vector<std::string>& names);

}  // namespace flagdebt::fix
