// Deleting the only statements of an indentation-marked block empties it; anything else does not.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "edits/empty_block.h"

using namespace flagdebt::edits;

namespace {
const std::vector<std::string_view> kHash{"#"};

// Whether deleting the lines holding `lines` (a substring of `text`) empties their block.
bool empties(std::string_view text, std::string_view lines) {
  size_t begin = text.find(lines);
  return empties_block(text, begin, begin + lines.size(), kHash);
}
}  // namespace

TEST_CASE("empty block: a function's only statement, with comments around, at the end of the file") {
  std::string text = "def f():\n    # note\n    if x:\n        y()\n\n# end\n";
  CHECK(empties(text, "    if x:\n        y()\n"));
  CHECK(empties("def f():\n    if x:\n        y()", "    if x:\n        y()"));
}

TEST_CASE("empty block: a statement before or after stays, and top-level code is never a block") {
  CHECK_FALSE(empties("def f():\n    a()\n    if x:\n        y()\n", "    if x:\n        y()\n"));
  CHECK_FALSE(empties("def f():\n    if x:\n        y()\n    b()\n", "    if x:\n        y()\n"));
  CHECK_FALSE(empties("import a\nif x:\n    y()\n", "if x:\n    y()\n"));
}

TEST_CASE("empty block: an if inside an if's body with an else after it, CRLF lines") {
  std::string text = "if a:\r\n    if x:\r\n        y()\r\nelse:\r\n    z()\r\n";
  CHECK(empties(text, "    if x:\r\n        y()\r\n"));
}
