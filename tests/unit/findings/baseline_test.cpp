// Baselines (findings/baseline.cpp): reading our JSON and SARIF, matching, moved files, absent.
#include <doctest/doctest.h>

#include "findings/baseline.h"
#include "findings/finders.h"

using namespace flagdebt::findings;

namespace {

Finding finding(std::string path, uint32_t line, std::string snippet, std::string flag = "f") {
  Finding f;
  f.rule = Rule::StaleFlagReference;
  f.level = Level::Note;
  f.flag = std::move(flag);
  f.path = std::move(path);
  f.span.begin = {line, 1};
  f.span.end = {line, 5};
  f.snippet = std::move(snippet);
  return f;
}

Report report_of(std::vector<Finding> findings, std::vector<std::string> files) {
  Report r;
  r.findings = std::move(findings);
  assign_fingerprints(r.findings);
  r.scanned_files = std::move(files);
  return r;
}

}  // namespace

TEST_CASE("baseline: JSON and SARIF results read back; malformed ones are errors with file:line") {
  auto json = parse_baseline(R"({"findings": [{"rule": "dead-branch", "flag": "f", "path": "a.ts",
    "region": {"startLine": 3, "startColumn": 1}, "fingerprint": "00ff:1"}]})", "b.json");
  REQUIRE(json);
  REQUIRE(json->size() == 1);
  CHECK((*json)[0].rule == Rule::DeadBranch);
  CHECK((*json)[0].span.begin.line == 3);
  auto sarif = parse_baseline(R"({"runs": [{"results": [
    {"ruleId": "undeclared-flag", "properties": {"flag": "g"}, "partialFingerprints": {"primaryLocationLineHash": "ab:1"},
     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "caf%C3%A9%20space.ts"}}}]},
    {"ruleId": "undeclared-flag", "baselineState": "absent", "partialFingerprints": {"primaryLocationLineHash": "cd:1"}}]}]})",
                              "b.sarif");
  REQUIRE(sarif);
  REQUIRE(sarif->size() == 1);  // absent results are history, not baseline
  CHECK((*sarif)[0].path == "café space.ts");
  CHECK((*sarif)[0].flag == "g");

  CHECK(parse_baseline("{\"findings\": [\n", "b.json").error().to_string().starts_with("b.json:2:"));
  CHECK(parse_baseline("{\"findings\": [\n {\"rule\": \"dead-branch\"}]}", "b.json").error().to_string() ==
        "b.json:2:1: baseline entry 1: no fingerprint");
  CHECK(parse_baseline("{\"other\": 1}", "b.json").error().to_string().starts_with("b.json:1:1: not a flagdebt baseline"));
  CHECK_FALSE(parse_baseline(R"({"findings": [{"rule": "x", "fingerprint": "a"}]})", "b.json"));
  CHECK_FALSE(parse_baseline(R"({"findings": [{"rule": "dead-branch", "fingerprint": "a", "region": {"startLine": "x"}}]})", "b.json"));
}

TEST_CASE("baseline: shifted findings are unchanged, new ones new, vanished ones absent") {
  auto before = report_of({finding("a.ts", 3, "check('f')"), finding("a.ts", 9, "other('f')")}, {"a.ts"});
  auto after = report_of({finding("a.ts", 13, "  check('f')"), finding("a.ts", 20, "check('g')", "g")}, {"a.ts"});
  apply_baseline(after, before.findings);
  REQUIRE(after.findings.size() == 3);
  CHECK(after.findings[0].baseline == BaselineState::Unchanged);
  CHECK_FALSE(after.findings[0].counts());
  CHECK(after.findings[1].baseline == BaselineState::New);
  CHECK(after.findings[1].counts());
  CHECK(after.findings[2].baseline == BaselineState::Absent);
  CHECK(after.findings[2].span.begin.line == 9);
}

TEST_CASE("baseline: a moved file keeps its findings; files this scan did not see are not absent") {
  auto before = report_of({finding("old/a.ts", 3, "check('f')"), finding("b.ts", 1, "check('f')")}, {});
  auto after = report_of({finding("new/a.ts", 30, "check('f')")}, {"new/a.ts"});
  after.whole_directories = false;
  apply_baseline(after, before.findings);
  REQUIRE(after.findings.size() == 1);  // b.ts was not scanned: neither fixed nor present
  CHECK(after.findings[0].baseline == BaselineState::Unchanged);
}
