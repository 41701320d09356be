#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/reporter.h"

using namespace flagdebt;

namespace {

findings::Report sample() {
  findings::Report r;
  findings::Finding dead;
  dead.rule = findings::Rule::DeadBranch;
  dead.level = findings::Level::Warning;
  dead.flag = "ranking_v3";
  dead.path = "src/rank.py";
  dead.span = {10, 40, {3, 5}, {5, 12}};
  dead.message = "Branch never runs: flag 'ranking_v3' is decided to true";
  dead.value = model::Value{true};
  dead.keep = model::Span{0, 9, {1, 1}, {2, 10}};
  dead.fingerprint = "00000000000000ab:1";
  findings::Finding note = dead;
  note.rule = findings::Rule::StaleFlagReference;
  note.level = findings::Level::Note;
  note.value.reset();
  note.keep.reset();
  note.span = {0, 5, {1, 4}, {1, 30}};
  r.findings = {note, dead};
  r.notifications.push_back(support::make_diag("big.bin", 0, 0, "skipped: binary file"));
  r.stats.files_discovered = 2;
  r.stats.files_parsed = 1;
  return r;
}

std::string render(report::Format format, bool color = false) {
  std::ostringstream out;
  report::write_report(format, sample(), {color}, out);
  return out.str();
}

}  // namespace

TEST_CASE("text reporter: compiler-style lines, a summary, colour only when asked") {
  std::string text = render(report::Format::Text);
  CHECK(text.find("src/rank.py:3:5: warning: Branch never runs: flag 'ranking_v3' is decided to true [dead-branch]\n") !=
        std::string::npos);
  CHECK(text.find("src/rank.py:1:4: note: ") != std::string::npos);
  CHECK(text.find("big.bin: skipped: binary file\n") != std::string::npos);
  CHECK(text.find("2 findings (1 warning, 1 note) in 2 files (1 analysed)\n") != std::string::npos);
  CHECK(text.find('\033') == std::string::npos);
  CHECK(render(report::Format::Text, true).find("\033[") != std::string::npos);
}

TEST_CASE("json reporter: documented fields") {
  auto doc = nlohmann::json::parse(render(report::Format::Json));
  CHECK(doc["formatVersion"] == 1);
  REQUIRE(doc["findings"].size() == 2);
  const auto& dead = doc["findings"][1];
  CHECK(dead["rule"] == "dead-branch");
  CHECK(dead["region"] == nlohmann::json{{"startLine", 3}, {"startColumn", 5}, {"endLine", 5}, {"endColumn", 12}});
  CHECK(dead["value"] == true);
  CHECK(dead["keep"]["startLine"] == 1);
  CHECK(dead["fingerprint"] == "00000000000000ab:1");
  CHECK(doc["notifications"][0]["message"] == "skipped: binary file");
}

TEST_CASE("sarif reporter: the BRIEF's shape") {
  auto doc = nlohmann::json::parse(render(report::Format::Sarif));
  CHECK(doc["version"] == "2.1.0");
  REQUIRE(doc["runs"].size() == 1);
  const auto& run = doc["runs"][0];
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "flagdebt");
  CHECK(driver["semanticVersion"] == FLAGDEBT_VERSION);
  CHECK(driver["rules"].size() == findings::rule_catalog().size());
  for (const auto& rule : driver["rules"]) {
    CHECK(rule.contains("fullDescription"));
    CHECK(rule["help"].contains("markdown"));
    CHECK(rule["properties"]["tags"].size() >= 1);
  }
  const auto& result = run["results"][1];
  CHECK(result["ruleId"] == "dead-branch");
  CHECK(driver["rules"][result["ruleIndex"].get<int>()]["id"] == "dead-branch");
  const auto& location = result["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uri"] == "src/rank.py");
  CHECK(location["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(location["region"]["endLine"] == 5);
  CHECK(result["partialFingerprints"]["primaryLocationLineHash"] == "00000000000000ab:1");
  CHECK(result["properties"]["flag"] == "ranking_v3");
  CHECK(result["properties"]["value"] == true);
  CHECK(run["invocations"][0]["toolExecutionNotifications"].size() == 1);
}

TEST_CASE("markdown: the dashboard's numbers, with text from the repository escaped") {
  findings::Report r;
  auto& m = r.metrics;
  m.as_of = "2026-01-01";
  m.debt_score = 41;
  findings::Metric cleanup;
  cleanup.label = "Cleanup rate";
  cleanup.value = 0;
  cleanup.unit = "%";
  cleanup.target = 90;
  cleanup.higher_is_better = true;
  m.metrics.push_back(cleanup);
  m.rule_counts = {{"dead-branch", 6}, {"stale-flag-reference", 7}};
  findings::FlagDebt flag;
  flag.key = "new_checkout|<b>";
  flag.owner = "pay@x.example";
  flag.status = "decided";
  flag.days_overdue = 200;
  flag.locations = {{"backend/Checkout.java", 13}};
  m.flags.push_back(flag);
  m.owners.push_back({"pay@x.example", 1, 1, 4, 200, {"new_checkout|<b>"}});
  std::ostringstream out;
  report::write_report(report::Format::Markdown, r, {}, out);
  std::string md = out.str();
  CHECK(md.starts_with("## flagdebt: debt score 41 / 100\n"));
  CHECK(md.find("13 findings") != std::string::npos);
  CHECK(md.find("| Cleanup rate | 0% | ≥ 90% | ❌ |") != std::string::npos);
  CHECK(md.find("| `dead-branch` | 6 |") != std::string::npos);
  CHECK(md.find("200 days") != std::string::npos);
  CHECK(md.find(":13 |") != std::string::npos);
  // A key holding a table separator or HTML cannot break the table or inject markup.
  CHECK(md.find("new_checkout|<b>") == std::string::npos);
}
