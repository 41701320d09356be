// Hostile input through the real tree-sitter frontend: deep nesting, long chains, lexer traps.
// Each must end with a model or a "skipped" note, never a crash or a stall.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "sdk_rules/rules.h"
#include "frontends/registry.h"

using namespace flagdebt;
using namespace std::chrono_literals;

namespace {

struct Analysis {
  sdk_rules::RuleSet rules = *sdk_rules::builtin_rules();
  frontends::FlagIndex flags{{"new_ui"}, {}, {}};

  std::expected<model::FileModel, support::Diag> run(std::string_view language, const std::string& text,
                                                      std::chrono::milliseconds budget = frontends::kDefaultParseBudget) {
    const languages::Language& row = *languages::by_id(language);
    frontends::ParseInput input{"test", text, row, rules, flags};
    input.budget = budget;
    return frontends::frontend_for(row)->analyze(input);
  }
};

// `depth` if-statements, each inside the one before, one space of indentation per level.
std::string nested_python(int depth) {
  std::string text = "from UnleashClient import UnleashClient\nclient = UnleashClient()\n";
  for (int i = 0; i < depth; ++i) text += std::string(i, ' ') + "if client.is_enabled(\"new_ui\"):\n";
  return text + std::string(depth, ' ') + "pass\n";
}

// `count` JavaScript ifs nested one in another, each on `condition`, around one call.
std::string nested_ifs(int count, const std::string& condition) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "if (" + condition + ") {\n";
  return text + "f();\n" + std::string(count, '}') + "\n";
}

}  // namespace

TEST_CASE("ts frontend: 600 Python indentation levels parse (the patched scanner keeps its 1 KB state)") {
  Analysis analysis;
  auto model = analysis.run("python", nested_python(600), 600s);
  REQUIRE(model.has_value());
  // Parsed whole; analysed down to the nesting budget (two syntax levels per `if`).
  CHECK(model->note.has_value());
  CHECK(model->references.size() > 100);
  CHECK(model->references.size() < 600);
  CHECK(analysis.run("python", nested_python(100), 600s)->references.size() == 100);
}

TEST_CASE("ts frontend: a Swift file parses with the patched scanner (ASan: no overflow of its state)") {
  Analysis analysis;
  auto model = analysis.run("swift", "let s = ##\"raw \"# text\"##\nif unleash.isEnabled(\"new_ui\") { print(1) }\n");
  REQUIRE(model.has_value());
  CHECK(model->references.size() == 1);
}

TEST_CASE("ts frontend: a file over its parse budget is skipped with a note") {
  Analysis analysis;
  auto model = analysis.run("python", nested_python(400), 0ms);
  REQUIRE_FALSE(model.has_value());
  CHECK(model.error().message == "skipped: parse budget exceeded");
  CHECK(model.error().severity == support::Severity::Note);
}

TEST_CASE("ts frontend: a Swift raw string with 250 #s ends within the budget") {
  Analysis analysis;
  std::string hashes(250, '#');
  std::string text = "let s = " + hashes + "\"hello\"" + hashes + "\nlet t = " + hashes + "\"open\n";
  // Either analysed or cut off by the budget with the note: never a hang (ctest's timeout would
  // catch one). Timing itself belongs to tools/bench, not to unit tests.
  auto model = analysis.run("swift", text, 500ms);
  if (!model) CHECK(model.error().message == "skipped: parse budget exceeded");
}

TEST_CASE("ts frontend: 10,000 else-ifs (each nested in the else before) end at the nesting budget") {
  Analysis analysis;
  std::string text = "if (unleash.isEnabled(\"new_ui\")) { f(0); }\n";
  for (int i = 1; i < 10000; ++i) text += "else if (unleash.isEnabled(\"new_ui\")) { f(" + std::to_string(i) + "); }\n";
  auto model = analysis.run("javascript", text, 600s);
  REQUIRE(model.has_value());
  CHECK(model->note.has_value());
  CHECK(model->references.size() > 100);
  CHECK(model->references.size() < 140);
}

TEST_CASE("ts frontend: 10,000 Python elifs (siblings, not nested) build their whole model") {
  Analysis analysis;
  std::string text = "from UnleashClient import UnleashClient\nclient = UnleashClient()\n"
                     "if client.is_enabled(\"new_ui\"):\n    f(0)\n";
  for (int i = 1; i < 10000; ++i) text += "elif client.is_enabled(\"new_ui\"):\n    f(" + std::to_string(i) + ")\n";
  auto model = analysis.run("python", text, 600s);
  REQUIRE(model.has_value());
  CHECK_FALSE(model->note.has_value());
  CHECK(model->references.size() == 10000);
}

TEST_CASE("ts frontend: 10,000 nested ifs are analysed down to the nesting budget, with one note") {
  Analysis analysis;
  std::string text = nested_ifs(10000, "unleash.isEnabled(\"new_ui\")");
  // The budget is generous on purpose: the nesting budget, not the clock, must bound the work
  // (query matching over the whole depth was quadratic: minutes and gigabytes).
  auto model = analysis.run("javascript", text, 600s);
  REQUIRE(model.has_value());
  REQUIRE(model->note.has_value());
  CHECK(model->note->severity == support::Severity::Note);
  CHECK(model->note->message == "nesting deeper than 256 syntax levels: not analysed past that depth");
  // A nested `if` takes two levels (statement, block): the outer ~125 are analysed, no deeper one.
  CHECK(model->references.size() > 100);
  CHECK(model->references.size() < 140);
}

TEST_CASE("ts frontend: ordinary nesting gets no nesting note") {
  Analysis analysis;
  std::string text = nested_ifs(100, "unleash.isEnabled(\"new_ui\")");
  auto model = analysis.run("javascript", text, 600s);
  REQUIRE(model.has_value());
  CHECK_FALSE(model->note.has_value());
  CHECK(model->references.size() == 100);
}

TEST_CASE("ts frontend: a deep file with no check at all still gets its nesting note") {
  // Such a file skips the model's tables (nothing can evaluate a flag): the note must not come
  // from them.
  Analysis analysis;
  std::string text = nested_ifs(10000, "ready");
  auto model = analysis.run("javascript", text, 600s);
  REQUIRE(model.has_value());
  CHECK(model->checks.empty());
  REQUIRE(model->note.has_value());
  CHECK(model->note->message == "nesting deeper than 256 syntax levels: not analysed past that depth");
}
