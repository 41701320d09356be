// The model passes by name (frontends/passes/pass_table.h): every pass the language table names
// exists, so a typo in grammars/languages.json fails here, not on some user's C file.
#include <doctest/doctest.h>

#include "frontends/passes/pass_table.h"
#include "frontends/treesitter/ts_frontend.h"
#include "languages/languages.h"

using namespace flagdebt;

TEST_CASE("model passes: every pass a language row names is in the table") {
  for (const auto& language : languages::all()) {
    for (std::string_view name : language.passes) {
      INFO(language.id, ": ", name);
      CHECK(frontends::passes::pass_named(name) != nullptr);
    }
    auto passes = frontends::passes::passes_of(language);
    CHECK_MESSAGE(passes.has_value(), language.id);
  }
}

TEST_CASE("model passes: an unknown name is an error that names it, and the frontend reports it") {
  languages::Language fake = *languages::by_id("cpp");
  fake.passes = {"preprocessor", "macro-magic"};
  auto passes = frontends::passes::passes_of(fake);
  REQUIRE_FALSE(passes.has_value());
  CHECK(passes.error().find("\"macro-magic\"") != std::string::npos);
  frontends::ts::TreeSitterFrontend frontend(fake.grammar(), "analyzer/frontends/queries/cpp/flags.scm", passes);
  auto error = frontend.self_check();
  REQUIRE(error.has_value());
  CHECK(error->to_string().find("macro-magic") != std::string::npos);
}
