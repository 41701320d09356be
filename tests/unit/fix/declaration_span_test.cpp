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
  if (!deletions) return std::nullopt;
  std::string out(text);
  std::sort(deletions->rbegin(), deletions->rend());
  for (auto [begin, end] : *deletions) out.erase(begin, end - begin);
  return out;
}

}  // namespace

// One declaration, and the text once it is removed (nullopt: left alone).
struct Case {
  std::string_view what, text, node, language;
  std::optional<std::string_view> after;
};

const Case kCases[] = {
    {"modifiers, a block doc comment and one of two blank lines", "const A = 1;\n\n/**\n * New UI.\n */\nexport const NEW_UI = \"new_ui\";\n\nconst B = 2;\n",
     "NEW_UI = \"new_ui\"", "typescript", "const A = 1;\n\nconst B = 2;\n"},
    {"line comments above, a trailing comment", "# Keys.\n\n# The new UI.\n# Shipped.\nNEW_UI = \"new_ui\"  # trailing\nOTHER = \"x\"\n",
     "NEW_UI = \"new_ui\"", "python", "# Keys.\n\nOTHER = \"x\"\n"},
    {"the last Java enum constant: the comma before goes, the ; stays",
     "enum F {\n    A(\"a\"),\n    /** Doc. */\n    NEW_UI(\"new_ui\");\n\n    int x;\n}\n", "NEW_UI(\"new_ui\")", "java",
     "enum F {\n    A(\"a\");\n\n    int x;\n}\n"},
    {"a last member without a comma takes the one before", "enum F {\n  A = \"a\",\n  NewUi = \"new_ui\"\n}\n", "NewUi = \"new_ui\"",
     "typescript", "enum F {\n  A = \"a\"\n}\n"},
    {"a member with its comma", "enum F {\n  NewUi = \"new_ui\",\n  A = \"a\",\n}\n", "NewUi = \"new_ui\"", "typescript",
     "enum F {\n  A = \"a\",\n}\n"},
    {"two names in one declaration", "const NEW_UI = \"new_ui\", B = 2;\n", "NEW_UI = \"new_ui\"", "javascript", std::nullopt},
    {"code before it", "x(); const NEW_UI = \"new_ui\";\n", "NEW_UI = \"new_ui\"", "javascript", std::nullopt},
    {"code after it", "const NEW_UI = \"new_ui\"; x();\n", "NEW_UI = \"new_ui\"", "javascript", std::nullopt},
    {"a Go spec with two names", "\tNewUI, Old = \"new_ui\", \"old\"\n", "NewUI, Old = \"new_ui\", \"old\"", "go", std::nullopt},
    {"a comment opening the file stays", "// Copyright 2026 Shop.\nconst NEW_UI = \"new_ui\";\n", "NEW_UI = \"new_ui\"", "javascript",
     "// Copyright 2026 Shop.\n"},
    {"a #define with its line break", "#include <x.h>\n#define FLAG_NEW_UI \"new_ui\"\n#define B 1\n", "#define FLAG_NEW_UI \"new_ui\"\n", "c",
     "#include <x.h>\n#define B 1\n"},
    {"a Python member before another", "class Flag(Enum):\n    NEW_UI = \"new_ui\"\n    OTHER = \"x\"\n", "NEW_UI = \"new_ui\"", "python",
     "class Flag(Enum):\n    OTHER = \"x\"\n"},
    {"a Python member after another", "class Flag(Enum):\n    OTHER = \"x\"\n    NEW_UI = \"new_ui\"\n", "NEW_UI = \"new_ui\"", "python",
     "class Flag(Enum):\n    OTHER = \"x\"\n"},
};

TEST_CASE("declaration span: whole lines with doc comments and blank lines, list commas, and what is left alone") {
  for (const Case& c : kCases) {
    CAPTURE(c.what);
    auto after = removed(c.text, c.node, c.language);
    REQUIRE(after.has_value() == c.after.has_value());
    if (after) CHECK(*after == *c.after);
  }
}

TEST_CASE("declaration span: a Python block left empty is refused, with the reason") {
  std::string_view alone = "class Flag(Enum):\n    # Doc.\n    NEW_UI = \"new_ui\"\n\n\nx = 1\n";
  support::Span span;
  span.begin_byte = static_cast<uint32_t>(alone.find("NEW_UI"));
  span.end_byte = static_cast<uint32_t>(alone.find("\"\n", span.begin_byte) + 1);
  auto deletions = declaration_deletions(alone, span, *languages::by_id("python"));
  REQUIRE_FALSE(deletions);
  CHECK(deletions.error() == "it is alone in its block");
}
