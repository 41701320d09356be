#include <doctest/doctest.h>

#include "frontends/registry.h"

using namespace flagdebt::frontends;

TEST_CASE("queries: every language's query compiles against its pinned grammar") {
  for (const auto& language : languages()) {
    INFO(language.id);
    auto error = language.frontend->self_check();
    CHECK_MESSAGE(!error.has_value(), error.value_or(""));
  }
}

TEST_CASE("queries: language detection by extension and by #! line") {
  CHECK(detect_language("a/b/c.py", "")->id == "python");
  CHECK(detect_language("x.tsx", "")->id == "tsx");
  CHECK(detect_language("bin/tool", "#!/usr/bin/env python3\nprint(1)\n")->id == "python");
  CHECK(detect_language("bin/tool", "#!/usr/bin/node\n")->id == "javascript");
  CHECK(detect_language("README", "hello") == nullptr);
}
