#include <fmt/format.h>

#include <algorithm>

#include "report/formats.h"
#include "report/sarif_limits.h"
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

// The notification saying what a limit left out: GitHub shows no more, the JSON result has all.
nlohmann::json omitted_json(size_t kept, size_t total, const SarifLimits& limits) {
  std::string why = kept == limits.max_results
                        ? fmt::format("GitHub code scanning accepts at most {} results per run", limits.max_results)
                        : fmt::format("GitHub code scanning accepts at most {} bytes of gzipped SARIF", limits.max_gzipped_bytes);
  return {{"level", "warning"},
          {"message", {{"text", fmt::format("{} of {} results left out: {}; the most severe were kept (errors, "
                                            "then warnings, then notes). --format json lists them all.",
                                            total - kept, total, why)}}}};
}

// The rules catalog is the same in every log: built once, copied into each (the writers fuzzer
// writes thousands of logs a second, and building it was a third of each one's time).
const nlohmann::json& rules_json() {
  static const nlohmann::json rules = [] {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& rule : findings::rule_catalog()) out.push_back(rule_json(rule));
    return out;
  }();
  return rules;
}

// The log with the `kept` most severe findings.
std::string sarif_text(const findings::Report& result, size_t kept, const SarifLimits& limits) {
  nlohmann::json rules = rules_json();
  nlohmann::json results = nlohmann::json::array();
  for (size_t i : most_severe(result.findings, kept)) results.push_back(result_json(result.findings[i]));
  nlohmann::json notifications = nlohmann::json::array();
  for (const auto& d : result.notifications) notifications.push_back(notification_json(d));
  if (kept < result.findings.size()) notifications.push_back(omitted_json(kept, result.findings.size(), limits));
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
  return dump(doc) + "\n";
}

// The gzipped size of `text`, or 0 when its plain size already shows it fits (no compression then).
size_t gzipped_if_near(const std::string& text, const SarifLimits& limits) {
  if (text.size() + text.size() / 100 + 64 <= limits.max_gzipped_bytes) return 0;
  return gzipped_size(text);
}

}  // namespace

void write_sarif(const findings::Report& result, std::ostream& out, const SarifLimits& limits) {
  size_t kept = std::min(result.findings.size(), limits.max_results);
  std::string text = sarif_text(result, kept, limits);
  // Too large: fewer results in proportion to the excess, with a margin, until the log fits.
  for (size_t size = gzipped_if_near(text, limits); kept > 0 && size > limits.max_gzipped_bytes;
       size = gzipped_if_near(text, limits)) {
    double ratio = static_cast<double>(limits.max_gzipped_bytes) / static_cast<double>(size);
    kept = std::min(kept - 1, static_cast<size_t>(static_cast<double>(kept) * ratio * 0.95));
    text = sarif_text(result, kept, limits);
  }
  out << text;
}

}  // namespace flagdebt::report
