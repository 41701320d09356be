#include <doctest/doctest.h>

#include "frontends/registry.h"

using namespace flagdebt;

TEST_CASE("queries: every language's query compiles against its pinned grammar") {
  for (const auto& language : languages::all()) {
    const frontends::Frontend* frontend = frontends::frontend_for(language);
    if (!language.has_code_model()) {
      CHECK(frontend == nullptr);
      continue;
    }
    INFO(language.id);
    REQUIRE(frontend != nullptr);
    auto error = frontend->self_check();
    CHECK_MESSAGE(!error.has_value(), (error ? error->to_string() : ""));
  }
}
