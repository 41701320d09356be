// Unused aliases beyond one declaration (frontends/treesitter/unused_alias.cpp, unused_field.cpp):
// the statements that fed or declared a local, and private fields, through the public frontend API.
#include <doctest/doctest.h>

#include <string>

#include "analyzed.h"
#include "frontends/treesitter/words.h"

namespace {

using namespace flagdebt;

using test::analyzed;
using test::text_of;

const std::string kHead = "import { init } from '@launchdarkly/node-server-sdk';\nconst client = init('k');\n";
const std::string kCheck = "client.boolVariation('theme', false)";

}  // namespace

TEST_CASE("unused alias: a bare declaration and the assignment that fed it go together") {
  std::string text = kHead + "function f() {\n  let t;\n  t = " + kCheck + ";\n  go();\n}\n";
  auto model = analyzed("javascript", text);
  REQUIRE(model.unused_aliases.size() == 1);
  CHECK(text_of(text, model.unused_aliases[0].statement) == "let t;");
  REQUIRE(model.unused_aliases[0].also.size() == 1);
  CHECK(text_of(text, model.unused_aliases[0].also[0]) == "t = " + kCheck + ";");
}

TEST_CASE("unused alias: none when the name is read, declared with another, or only assigned") {
  CHECK(analyzed("javascript", kHead + "function f() {\n  let t;\n  t = " + kCheck + ";\n  go(t);\n}\n").unused_aliases.empty());
  CHECK(analyzed("javascript", kHead + "function f() {\n  let a, t;\n  t = " + kCheck + ";\n}\n").unused_aliases.empty());
  // A plain assignment alone may set a variable of the file's.
  CHECK(analyzed("javascript", kHead + "let t;\nfunction f() {\n  t = " + kCheck + ";\n}\n").unused_aliases.empty());
  // Declared around a nested block that assigns it: counted in the whole function.
  CHECK(analyzed("javascript", kHead + "function f() {\n  let t;\n  {\n    t = " + kCheck + ";\n  }\n  go(t);\n}\n")
            .unused_aliases.empty());
}

TEST_CASE("unused alias: a private field with its declaration, not a public one") {
  std::string text = kHead + "class A {\n  #t;\n  constructor() {\n    this.#t = " + kCheck + ";\n  }\n}\n";
  auto model = analyzed("javascript", text);
  REQUIRE(model.unused_aliases.size() == 1);
  CHECK(text_of(text, model.unused_aliases[0].statement) == "#t;");
  REQUIRE(model.unused_aliases[0].also.size() == 1);
  CHECK(text_of(text, model.unused_aliases[0].also[0]) == "this.#t = " + kCheck + ";");
  CHECK(analyzed("javascript", kHead + "class A {\n  constructor() {\n    this.t = " + kCheck + ";\n  }\n}\n").unused_aliases.empty());
  CHECK(analyzed("javascript", text + "log('#t');\n").unused_aliases.empty());
}

TEST_CASE("count_names counts a name behind any sigil, bare_name drops it") {
  using frontends::ts::bare_name;
  using frontends::ts::count_names;
  CHECK(count_names("$on = 1; compact('on'); this.#on; @on; onward; on_", "on") == 4);
  CHECK(bare_name("$on") == "on");
  CHECK(bare_name("@on") == "on");
  CHECK(bare_name("#on") == "on");
  CHECK(bare_name("on") == "on");
}

TEST_CASE("unused parameter: the entry and every call's argument, with one comma each") {
  std::string fn = "function f(a, on) {\n  go(a);\n}\n";
  std::string calls = "f(1, " + kCheck + ");\nf(\n  2,\n  " + kCheck + "\n);\n";
  std::string text = kHead + fn + calls;
  auto model = analyzed("javascript", text);
  REQUIRE(model.unused_parameters.size() == 1);
  const auto& elements = model.unused_parameters[0].elements;
  REQUIRE(elements.size() == 3);
  CHECK(text_of(text, elements[0]) == ", on");
  CHECK(text_of(text, elements[1]) == ", " + kCheck);
  CHECK(text_of(text, elements[2]) == ",\n  " + kCheck);
  // Read in the body, exported, or one call passing something else: stays.
  CHECK(analyzed("javascript", kHead + "function f(a, on) {\n  go(on);\n}\n" + calls).unused_parameters.empty());
  CHECK(analyzed("javascript", kHead + "export " + fn + calls).unused_parameters.empty());
  CHECK(analyzed("javascript", kHead + fn + calls + "f(3, true);\n").unused_parameters.empty());
}
