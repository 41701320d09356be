// What removing a key constant's declaration deletes, read from the text around its node.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "fix/declaration_span.h"
#include "languages/languages.h"

using namespace flagdebt;
using namespace flagdebt::fix;

namespace {

// The text without what declaration_deletions says to delete for the node `node` (found in `text`).
std::optional<std::string> removed(std::string_view text, std::string_view node, std::string_view language) {
  support::Span span;
  span.begin_byte = static_cast<uint32_t>(text.find(node));
  span.end_byte = static_cast<uint32_t>(span.begin_byte + node.size());
  auto deletions = declaration_deletions(text, span, *languages::by_id(language));
  if (!deletions) return std::nullopt;  // the reason is checked below
  std::string out(text);
  std::sort(deletions->rbegin(), deletions->rend());
  for (auto [begin, end] : *deletions) out.erase(begin, end - begin);
  return out;
}

}  // namespace

TEST_CASE("declaration span: the whole line with its modifiers, doc comment and one blank line") {
  std::string_view ts = "const A = 1;\n\n/**\n * New UI.\n */\nexport const NEW_UI = \"new_ui\";\n\nconst B = 2;\n";
  CHECK(removed(ts, "NEW_UI = \"new_ui\"", "typescript") == "const A = 1;\n\nconst B = 2;\n");
  std::string_view py = "# Keys.\n\n# The new UI.\n# Shipped.\nNEW_UI = \"new_ui\"  # trailing\nOTHER = \"x\"\n";
  CHECK(removed(py, "NEW_UI = \"new_ui\"", "python") == "# Keys.\n\nOTHER = \"x\"\n");
}

TEST_CASE("declaration span: enum members and their commas") {
  std::string_view java = "enum F {\n    A(\"a\"),\n    /** Doc. */\n    NEW_UI(\"new_ui\");\n\n    int x;\n}\n";
  CHECK(removed(java, "NEW_UI(\"new_ui\")", "java") == "enum F {\n    A(\"a\");\n\n    int x;\n}\n");
  std::string_view ts = "enum F {\n  A = \"a\",\n  NewUi = \"new_ui\"\n}\n";
  CHECK(removed(ts, "NewUi = \"new_ui\"", "typescript") == "enum F {\n  A = \"a\"\n}\n");
  std::string_view middle = "enum F {\n  NewUi = \"new_ui\",\n  A = \"a\",\n}\n";
  CHECK(removed(middle, "NewUi = \"new_ui\"", "typescript") == "enum F {\n  A = \"a\",\n}\n");
}

TEST_CASE("declaration span: other code on the lines, several names, or a comment opening the file") {
  CHECK(removed("const NEW_UI = \"new_ui\", B = 2;\n", "NEW_UI = \"new_ui\"", "javascript") == std::nullopt);
  CHECK(removed("x(); const NEW_UI = \"new_ui\";\n", "NEW_UI = \"new_ui\"", "javascript") == std::nullopt);
  CHECK(removed("const NEW_UI = \"new_ui\"; x();\n", "NEW_UI = \"new_ui\"", "javascript") == std::nullopt);
  CHECK(removed("\tNewUI, Old = \"new_ui\", \"old\"\n", "NewUI, Old = \"new_ui\", \"old\"", "go") == std::nullopt);
  std::string_view licensed = "// Copyright 2026 Shop.\nconst NEW_UI = \"new_ui\";\n";
  CHECK(removed(licensed, "NEW_UI = \"new_ui\"", "javascript") == "// Copyright 2026 Shop.\n");
  std::string_view define = "#include <x.h>\n#define FLAG_NEW_UI \"new_ui\"\n#define B 1\n";
  CHECK(removed(define, "#define FLAG_NEW_UI \"new_ui\"\n", "c") == "#include <x.h>\n#define B 1\n");
}

TEST_CASE("declaration span: a Python block left empty is refused, with the reason") {
  std::string_view alone = "class Flag(Enum):\n    # Doc.\n    NEW_UI = \"new_ui\"\n\n\nx = 1\n";
  support::Span span;
  span.begin_byte = static_cast<uint32_t>(alone.find("NEW_UI"));
  span.end_byte = static_cast<uint32_t>(alone.find("\"\n", span.begin_byte) + 1);
  auto deletions = declaration_deletions(alone, span, *languages::by_id("python"));
  REQUIRE_FALSE(deletions);
  CHECK(deletions.error() == "it is alone in its block");
  std::string_view with_other = "class Flag(Enum):\n    NEW_UI = \"new_ui\"\n    OTHER = \"x\"\n";
  CHECK(removed(with_other, "NEW_UI = \"new_ui\"", "python") == "class Flag(Enum):\n    OTHER = \"x\"\n");
  std::string_view at_end = "class Flag(Enum):\n    OTHER = \"x\"\n    NEW_UI = \"new_ui\"\n";
  CHECK(removed(at_end, "NEW_UI = \"new_ui\"", "python") == "class Flag(Enum):\n    OTHER = \"x\"\n");
}
