// Key constants bound by their name rather than a key string (KeyConstant::by_name): enum members
// and macros without a string that name a flag by a manifest alias or by the key's words, for
// `fix --remove-declarations`; the last enumerator alone where members are numbered.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "frontends/registry.h"
#include "sdk_rules/rules.h"

using namespace flagdebt;

namespace {

std::vector<std::string> named(std::string_view language, const std::string& text) {
  sdk_rules::RuleSet rules = *sdk_rules::builtin_rules();
  frontends::FlagIndex flags;
  flags.add_key("new_ui");
  flags.alias_to_key["FEATURE_NEW_UI_ENABLED"] = "new_ui";
  const languages::Language& row = *languages::by_id(language);
  frontends::ParseInput input{"test", text, row, rules, flags};
  auto model = frontends::frontend_for(row)->analyze(input);
  REQUIRE(model);
  std::vector<std::string> out;
  for (const auto& constant : model->key_constants) {
    if (constant.by_name) out.push_back(constant.name + "=" + constant.key);
  }
  return out;
}

}  // namespace

TEST_CASE("named constants: Java and Kotlin enum members without a value") {
  CHECK(named("java", "enum F implements Feature { NEW_UI, OTHER; }") == std::vector<std::string>{"NEW_UI=new_ui"});
  CHECK(named("java", "enum F { NEW_UI(\"x\"), OTHER }").empty());
  CHECK(named("kotlin", "enum class F {\n    OTHER,\n    NEW_UI,\n}\n") == std::vector<std::string>{"NEW_UI=new_ui"});
}

TEST_CASE("named constants: a numbered enum's last member only") {
  CHECK(named("typescript", "enum F { Other, NewUi }") == std::vector<std::string>{"NewUi=new_ui"});
  CHECK(named("typescript", "enum F { NewUi, Other }").empty());
  CHECK(named("csharp", "enum F\n{\n    Other,\n    NewUi\n}\n") == std::vector<std::string>{"NewUi=new_ui"});
  CHECK(named("csharp", "enum F { NewUi, Other }").empty());
  CHECK(named("c", "enum F { OTHER, NEW_UI };") == std::vector<std::string>{"NEW_UI=new_ui"});
  CHECK(named("c", "enum F { NEW_UI, OTHER };").empty());
}

TEST_CASE("named constants: C macros through an alias or the key's words, 0/1/true/false or empty") {
  CHECK(named("c", "#define FEATURE_NEW_UI_ENABLED 1\n") == std::vector<std::string>{"FEATURE_NEW_UI_ENABLED=new_ui"});
  CHECK(named("cpp", "#define NEW_UI\n") == std::vector<std::string>{"NEW_UI=new_ui"});
  CHECK(named("c", "#define NEW_UI compute()\n").empty());
  CHECK(named("c", "#define OTHER 1\n").empty());
}
