// The import statements `fix --remove-declarations` edits: found per language, a name taken out
// of a list in the list's own layout, anything else left alone.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "fix/import_forms.h"

using namespace flagdebt::fix;

namespace {

std::string_view names_of(const ImportStatement& s, std::string_view text) {
  return text.substr(s.names_begin, s.names_end - s.names_begin);
}

}  // namespace

TEST_CASE("import forms: single-name imports, whole lines with their line break") {
  std::string_view java = "package a;\nimport static shop.Flags.NEW_UI;\nimport shop.Flags;\n";
  auto found = find_imports("java", java);
  REQUIRE(found.size() == 1);
  CHECK(java.substr(found[0].begin, found[0].end - found[0].begin) == "import static shop.Flags.NEW_UI;\n");
  CHECK(imports_name(found[0], java, "NEW_UI"));
  CHECK_FALSE(imports_name(found[0], java, "NEW"));

  std::string_view rust = "use crate::flags::NEW_UI;\npub use crate::flags::OTHER;\n";
  found = find_imports("rust", rust);
  REQUIRE(found.size() == 1);  // a re-export is not an import to remove
  CHECK(names_of(found[0], rust) == "NEW_UI");

  std::string_view php = "<?php\nuse const App\\Flags\\NEW_UI;\n";
  found = find_imports("php", php);
  REQUIRE(found.size() == 1);
  CHECK(imports_name(found[0], php, "NEW_UI"));
  CHECK(find_imports("go", "import \"shop/flags\"\n").empty());  // no per-name imports
}

TEST_CASE("import forms: lists in TypeScript and Python, one line or one name a line") {
  std::string_view ts = "import { A, NEW_UI } from \"./flags\";\r\nimport {\n  NEW_UI,\n  B,\n} from './flags'\n";
  auto found = find_imports("typescript", ts);
  REQUIRE(found.size() == 2);
  CHECK(found[0].understood);
  CHECK(found[1].understood);
  CHECK(imports_name(found[0], ts, "NEW_UI"));
  CHECK(without_names(names_of(found[0], ts), {"NEW_UI"}) == " A ");
  CHECK(without_names(names_of(found[1], ts), {"NEW_UI"}) == "\n  B,\n");
  CHECK(without_names(names_of(found[1], ts), {"NEW_UI", "B"}) == "");

  std::string_view py = "from flags import NEW_UI, OTHER\nfrom flags import (\n    A,\n    NEW_UI\n)\n";
  found = find_imports("python", py);
  REQUIRE(found.size() == 2);
  CHECK(without_names(names_of(found[0], py), {"NEW_UI"}) == "OTHER");
  CHECK(without_names(names_of(found[1], py), {"NEW_UI"}) == "\n    A\n");
}

TEST_CASE("import forms: an alias, a type-only name and an unusual layout") {
  std::string_view ts = "import { NEW_UI as ui } from './flags';\nimport type { NEW_UI } from './flags';\n";
  auto found = find_imports("typescript", ts);
  REQUIRE(found.size() == 2);
  CHECK_FALSE(imports_name(found[0], ts, "NEW_UI"));  // the local name is `ui`: left alone
  CHECK(imports_name(found[1], ts, "NEW_UI"));
  CHECK(without_names("A,B", {"A"}) == std::nullopt);  // not written as this file would write it
  CHECK(without_names("\n  A, B,\n  C\n", {"A"}) == std::nullopt);
  CHECK(without_names(" A, , B ", {"A"}) == std::nullopt);
}
