// The TidyFacts a language's fix.scm gives `flagdebt fix` (fix/left_unused.h): Go's imports, its
// locals that only bind a name, and the comments and strings where code names nothing.
#include <doctest/doctest.h>

#include <string>

#include "frontends/registry.h"
#include "languages/languages.h"

using namespace flagdebt;

namespace {

std::string_view slice(std::string_view text, frontends::TidyFacts::Range r) { return text.substr(r.first, r.second - r.first); }

}  // namespace

TEST_CASE("tidy facts: Go imports, alone or grouped, with their alias and declaration") {
  std::string text = "package p\n\nimport \"fmt\"\n\nimport (\n\tf \"os\"\n\t_ \"embed\" // why\n)\n";
  auto facts = frontends::frontend_for(*languages::by_id("go"))->tidy_facts(text);
  REQUIRE(facts);
  REQUIRE(facts->imports.size() == 3);
  CHECK(facts->imports[0].path == "\"fmt\"");
  CHECK(facts->imports[0].alias.empty());
  CHECK(slice(text, facts->imports[0].declaration) == "import \"fmt\"");
  CHECK(facts->imports[1].alias == "f");
  CHECK(slice(text, facts->imports[1].spec) == "f \"os\"");
  CHECK(facts->imports[2].alias == "_");
  CHECK(facts->imports[1].declaration == facts->imports[2].declaration);
  CHECK(facts->opaque.size() == 4);  // three paths and the comment
}

TEST_CASE("tidy facts: a Go local bound to a literal or a name, not to a call") {
  std::string text = "package p\n\nfunc f(y int) {\n\tx := 1\n\tz := y\n\tw := g()\n\ta, b := 1, 2\n\tuse(x, z, w, a, b)\n}\n";
  auto facts = frontends::frontend_for(*languages::by_id("go"))->tidy_facts(text);
  REQUIRE(facts);
  REQUIRE(facts->locals.size() == 2);
  CHECK(facts->locals[0].name == "x");
  CHECK(slice(text, facts->locals[0].statement) == "x := 1");
  CHECK(slice(text, facts->locals[0].scope).starts_with("x := 1"));
  CHECK(facts->locals[1].name == "z");
}

TEST_CASE("tidy facts: a language without a fix.scm has nothing to tidy") {
  auto facts = frontends::frontend_for(*languages::by_id("python"))->tidy_facts("import os\nx = 1\n");
  REQUIRE(facts);
  CHECK(facts->imports.empty());
  CHECK(facts->locals.empty());
}
