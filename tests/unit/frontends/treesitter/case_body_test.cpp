// A switch case's inner part and unused aliases (frontends/treesitter/case_body.cpp,
// unused_alias.cpp), through the public frontend API: what `flagdebt fix` may unwrap or delete.
#include <doctest/doctest.h>

#include <string>

#include "analyzed.h"

namespace {

using namespace flagdebt;

using test::analyzed;
using test::text_of;

// `body` as the statements of a JavaScript switch's `case 'b':`, after `case 'a': a(); break;`.
std::string js_switch(const std::string& body, const std::string& before = "") {
  return "import { init } from '@launchdarkly/node-server-sdk';\nconst client = init('k');\n"
         "function f(xs) {\n" + before + "  switch (client.stringVariation('theme', 'x')) {\n"
         "    case 'a':\n      a();\n      break;\n    case 'b':\n" + body + "  }\n}\n";
}

const model::Arm& second_arm(const model::FileModel& m) {
  REQUIRE(m.constructs.size() == 1);
  REQUIRE(m.constructs[0].arms.size() == 2);
  CHECK(m.constructs[0].arms[1].case_arm);
  return m.constructs[0].arms[1];
}

}  // namespace

TEST_CASE("case body: the statements after the label, without the trailing break") {
  std::string text = js_switch("      b();\n      c(); // why\n      break;\n");
  CHECK(text_of(text, second_arm(analyzed("javascript", text)).inner) == "b();\n      c(); // why");
}

TEST_CASE("case body: a lone block stands for its statements, its own trailing break dropped") {
  std::string text = js_switch("      {\n        b();\n        break;\n      }\n");
  CHECK(text_of(text, second_arm(analyzed("javascript", text)).inner) == "b();");
}

TEST_CASE("case body: none when another break would leave the switch from inside the case") {
  std::string text = js_switch("      if (xs) break;\n      b();\n      break;\n");
  CHECK(second_arm(analyzed("javascript", text)).inner.end_byte == 0);
}

TEST_CASE("case body: none when a local it declares is spelled elsewhere in the function") {
  std::string collides = js_switch("      const n = 2;\n      b(n);\n      break;\n", "  const n = 1;\n");
  CHECK(second_arm(analyzed("javascript", collides)).inner.end_byte == 0);
  std::string alone = js_switch("      const m = 2;\n      b(m);\n      break;\n", "  const n = 1;\n");
  CHECK(second_arm(analyzed("javascript", alone)).inner.end_byte > 0);
}

TEST_CASE("unused alias: only a function's local, read nowhere, set by the check alone") {
  std::string head = "import { init } from '@launchdarkly/node-server-sdk';\nconst client = init('k');\n";
  auto unused = analyzed("javascript", head + "function f() {\n  const t = client.boolVariation('theme', false);\n  go();\n}\n");
  REQUIRE(unused.unused_aliases.size() == 1);
  CHECK(unused.unused_aliases[0].key == "theme");
  CHECK(analyzed("javascript", head + "function f() {\n  const t = client.boolVariation('theme', false);\n  go(t);\n}\n")
            .unused_aliases.empty());
  CHECK(analyzed("javascript", head + "function f() {\n  const t = client.boolVariation('theme', other());\n}\n")
            .unused_aliases.empty());
  CHECK(analyzed("javascript", head + "const t = client.boolVariation('theme', false);\n").unused_aliases.empty());
}
