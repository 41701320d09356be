// In-source suppressions (findings/suppressions.cpp): which comments count, what they silence,
// and the note an unused one becomes.
#include <doctest/doctest.h>

#include "findings/suppressions.h"

using namespace flagdebt::findings;

namespace {

const std::vector<std::string_view> kSlashes = {"//"};
const std::vector<std::string_view> kBlock = {"/*", "*/"};

Finding at_line(uint32_t line, Rule rule = Rule::UndeclaredFlag) {
  Finding f;
  f.rule = rule;
  f.path = "a.ts";
  f.span.begin = {line, 5};
  f.span.end = {line, 9};
  return f;
}

}  // namespace

TEST_CASE("suppressions: a comment silences its rule on its line and the next, nothing further") {
  std::string text =
      "// flagdebt: ignore[undeclared-flag] owned by the partner team\n"
      "check('x');\n"
      "check('y');\n"
      "const s = 'not a // flagdebt: ignore[dead-branch]';  /* flagdebt: ignore[dead-branch,stale-flag-reference] why */\n";
  flagdebt::support::LineIndex lines(text);
  auto found = find_suppressions(text, lines, {kSlashes, kBlock});
  // The text inside a string is after `// ` too: only the comment forms count, and both parse.
  REQUIRE(found.size() == 3);
  CHECK(found[0].where.begin.line == 1);
  CHECK(found[0].rules == std::vector<std::string>{"undeclared-flag"});
  CHECK(found[0].reason == "owned by the partner team");
  CHECK(found[2].rules == std::vector<std::string>{"dead-branch", "stale-flag-reference"});
  CHECK(found[2].reason == "why");

  std::vector<Finding> findings = {at_line(2), at_line(3)};
  apply_suppressions({found[0]}, "a.ts", findings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].suppressed == "owned by the partner team");
  CHECK_FALSE(findings[1].suppressed);
}

TEST_CASE("suppressions: one that silences nothing is an unused-suppression note") {
  std::string text = "# flagdebt: ignore[dead-branch] stale\nx = 1\n";
  flagdebt::support::LineIndex lines(text);
  const std::vector<std::string_view> hash = {"#"}, none;
  auto found = find_suppressions(text, lines, {hash, none});
  REQUIRE(found.size() == 1);
  std::vector<Finding> findings = {at_line(2, Rule::UndeclaredFlag)};
  apply_suppressions(found, "a.py", findings);
  REQUIRE(findings.size() == 2);
  CHECK_FALSE(findings[0].suppressed);
  CHECK(findings[1].rule == Rule::UnusedSuppression);
  CHECK(findings[1].level == Level::Note);
  CHECK(findings[1].span.begin.line == 1);
  CHECK(findings[1].message.find("'dead-branch'") != std::string::npos);
}

TEST_CASE("suppressions: the marker outside a comment or without ignore[...] is not one") {
  std::string text = "x = 'flagdebt: ignore[dead-branch]'\n# flagdebt: todo\n";
  flagdebt::support::LineIndex lines(text);
  const std::vector<std::string_view> hash = {"#"}, none;
  CHECK(find_suppressions(text, lines, {hash, none}).empty());
}
