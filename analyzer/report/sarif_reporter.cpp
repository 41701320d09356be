#include "report/formats.h"
#include "support/text.h"

namespace flagdebt::report {
namespace {

const char* kInformationUri = "https://github.com/flagdebt/flagdebt";

nlohmann::json rule_json(const findings::RuleInfo& rule) {
  std::string help_markdown = "**" + std::string(rule.short_description) + "**\n\n" + std::string(rule.help);
  return {{"id", rule.id},
          {"name", rule.name},
          {"shortDescription", {{"text", rule.short_description}}},
          {"fullDescription", {{"text", rule.full_description}}},
          {"help", {{"text", rule.help}, {"markdown", help_markdown}}},
          {"helpUri", std::string(kInformationUri) + "/blob/main/docs/rules.md#" + std::string(rule.id)},
          {"defaultConfiguration", {{"level", findings::to_string(rule.level)}}},
          {"properties", {{"tags", rule.tags}}}};
}

// A path below the current directory is relative to %SRCROOT%; one outside it (named explicitly on
// the command line) is an absolute file: URI. Either way percent-encoded (RFC 3986).
nlohmann::json artifact_json(const std::string& path) {
  if (path.starts_with("/")) return {{"uri", "file://" + support::uri_of_path(path)}};
  return {{"uri", support::uri_of_path(path)}, {"uriBaseId", "%SRCROOT%"}};
}

// GitHub reads only primaryLocationLineHash; the content hash lets a later --baseline find a
// finding whose file moved.
nlohmann::json fingerprints_json(const findings::Finding& f) {
  nlohmann::json out{{"primaryLocationLineHash", f.fingerprint}};
  if (!f.content_fingerprint.empty()) out["flagdebt/contentHash/v1"] = f.content_fingerprint;
  return out;
}

// The edit that retires the flag here, as IDEs and review tools offer it (computed by the scan).
nlohmann::json fixes_json(const findings::Finding& f) {
  nlohmann::json replacements = nlohmann::json::array();
  for (const auto& r : f.fixes) {
    replacements.push_back({{"deletedRegion", region_json(r.deleted)}, {"insertedContent", {{"text", r.inserted}}}});
  }
  return nlohmann::json::array({{{"description", {{"text", "Remove the code flag '" + f.flag + "' left behind"}}},
                                 {"artifactChanges", {{{"artifactLocation", artifact_json(f.path)},
                                                       {"replacements", std::move(replacements)}}}}}});
}

nlohmann::json result_json(const findings::Finding& f) {
  nlohmann::json properties{{"flag", f.flag}};
  if (f.value) properties["value"] = value_json(*f.value);
  if (f.keep) properties["keep"] = region_json(*f.keep);
  if (f.construct) properties["construct"] = region_json(*f.construct);
  nlohmann::json result{
      {"ruleId", findings::rule_info(f.rule).id},
      {"ruleIndex", static_cast<int>(f.rule)},
      {"level", findings::to_string(f.level)},
      {"message", {{"text", f.message}}},
      {"locations", {{{"physicalLocation", {{"artifactLocation", artifact_json(f.path)}, {"region", region_json(f.span)}}}}}},
      {"partialFingerprints", fingerprints_json(f)},
      {"properties", std::move(properties)}};
  if (const char* state = baseline_state_name(f.baseline)) result["baselineState"] = state;
  if (f.suppressed) result["suppressions"] = {{{"kind", "inSource"}, {"justification", *f.suppressed}}};
  if (!f.fixes.empty()) result["fixes"] = fixes_json(f);
  return result;
}

nlohmann::json notification_json(const support::Diag& diag) {
  nlohmann::json n{{"level", diag.severity == support::Severity::Note ? "note" : "error"},
                   {"message", {{"text", diag.to_string()}}}};
  if (!diag.file.empty()) {
    nlohmann::json location{{"physicalLocation", {{"artifactLocation", artifact_json(diag.file)}}}};
    n["locations"] = nlohmann::json::array({location});
  }
  return n;
}

}  // namespace

void write_sarif(const findings::Report& result, std::ostream& out) {
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& rule : findings::rule_catalog()) rules.push_back(rule_json(rule));
  nlohmann::json results = nlohmann::json::array();
  for (const auto& f : result.findings) results.push_back(result_json(f));
  nlohmann::json notifications = nlohmann::json::array();
  for (const auto& d : result.notifications) notifications.push_back(notification_json(d));
  nlohmann::json run{
      {"tool", {{"driver", {{"name", "flagdebt"},
                            {"version", FLAGDEBT_VERSION},
                            {"semanticVersion", FLAGDEBT_VERSION},
                            {"informationUri", kInformationUri},
                            {"rules", std::move(rules)}}}}},
      {"invocations", {{{"executionSuccessful", !result.input_errors},
                        {"toolExecutionNotifications", std::move(notifications)}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", std::move(results)}};
  nlohmann::json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                     {"version", "2.1.0"},
                     {"runs", {std::move(run)}}};
  out << dump(doc) << "\n";
}

}  // namespace flagdebt::report
