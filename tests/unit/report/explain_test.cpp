#include <doctest/doctest.h>

#include <sstream>

#include "report/explain_plan.h"

using namespace flagdebt;

namespace {

findings::Finding finding(findings::Rule rule, std::string flag, std::string path, uint32_t line, std::string snippet) {
  findings::Finding f;
  f.rule = rule;
  f.level = findings::rule_info(rule).level;
  f.flag = std::move(flag);
  f.path = std::move(path);
  f.span = {0, 1, {line, 3}, {line, 20}};
  f.snippet = std::move(snippet);
  return f;
}

struct Sample {
  findings::Report report;
  manifest::Manifest manifest;
};

Sample sample() {
  Sample s;
  manifest::Flag flag;
  flag.key = "beta_ui";
  flag.status = manifest::FlagStatus::Decided;
  flag.value = model::Value{false};
  flag.aliases = {"BETA_UI"};
  flag.experiment = "exp-1";
  flag.where = {"flagdebt.yaml", 3, 5};
  s.manifest.flags.push_back(flag);
  manifest::Experiment exp;
  exp.id = "exp-1";
  exp.models = {{"model-old", "control", true}, {"model-new", "treatment", false}};
  exp.where = {"flagdebt.yaml", 9, 5};
  s.manifest.experiments.push_back(exp);
  s.manifest.sources = {"flagdebt.yaml"};

  auto dead = finding(findings::Rule::DeadBranch, "beta_ui", "src/a|b.ts", 4, "} else { <script>x</script>");
  dead.span.end.line = 6;
  dead.keep = model::Span{0, 1, {3, 3}, {3, 9}};
  dead.construct = model::Span{0, 1, {2, 1}, {6, 2}};
  dead.value = model::Value{false};
  s.report.findings = {
      finding(findings::Rule::StaleFlagReference, "beta_ui", "src/a|b.ts", 2, "if (isOn(\"beta_ui\")) {"),
      dead,
      finding(findings::Rule::RetiredModelReference, "beta_ui", "deploy/models.yaml", 7, "- model-old"),
      finding(findings::Rule::StaleFlagReference, "other_flag", "src/c.ts", 1, "isOn(\"other_flag\")"),
  };
  return s;
}

}  // namespace

TEST_CASE("explain: the flag's findings grouped by file, with its manifest entries") {
  auto s = sample();
  auto e = report::explain_flag("beta_ui", s.report, s.manifest, {{"BETA_KEY", "beta_ui"}, {"OTHER", "other_flag"}});
  REQUIRE(e);
  CHECK(e->references == 1);
  CHECK(e->dead_regions == 1);
  CHECK(e->model_references == 1);
  CHECK(e->aliases == std::vector<std::string>{"BETA_UI"});
  CHECK(e->constants == std::vector<std::string>{"BETA_KEY"});
  CHECK(e->retired_models == std::vector<std::string>{"model-old"});
  REQUIRE(e->files.size() == 3);
  CHECK(e->files[0].path == "deploy/models.yaml");
  CHECK(e->files[0].kind == report::FileKind::Config);
  CHECK(e->files[1].path == "flagdebt.yaml");
  CHECK(e->files[1].kind == report::FileKind::Manifest);
  CHECK(e->files[1].flag_entry->line == 3);
  CHECK(e->files[1].experiment_entry->line == 9);
  CHECK(e->files[2].path == "src/a|b.ts");
  CHECK(e->files[2].kind == report::FileKind::Code);
  CHECK(e->files[2].findings.size() == 2);
}

TEST_CASE("explain: an unknown key has no explanation") {
  auto s = sample();
  CHECK_FALSE(report::explain_flag("nope", s.report, s.manifest, {}));
  // Referenced but undeclared: explained from the findings alone.
  auto e = report::explain_flag("other_flag", s.report, s.manifest, {});
  REQUIRE(e);
  CHECK_FALSE(e->flag);
  CHECK(e->files.size() == 1);
}

TEST_CASE("explain: text names the region to delete and the code to keep; markdown escapes repository text") {
  auto s = sample();
  auto e = report::explain_flag("beta_ui", s.report, s.manifest, {});
  REQUIRE(e);
  std::ostringstream text;
  report::write_explain_text(*e, text);
  CHECK(text.str().find("delete the dead code, lines 4-6; keep line 3, columns 3-8 (the code that runs) in place of "
                        "the whole construct, lines 2-6 (the flag is false)") != std::string::npos);
  std::ostringstream md;
  report::write_explain_markdown(*e, md);
  CHECK(md.str().find("### src/a\\|b\\.ts (code)") != std::string::npos);
  CHECK(md.str().find("<script>") == std::string::npos);
  CHECK(md.str().find("&lt;script&gt;") != std::string::npos);
}
