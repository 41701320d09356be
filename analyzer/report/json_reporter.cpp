#include "report/formats.h"
#include "support/text.h"

namespace flagdebt::report {

// The JSON report (docs/json-format.md): stable field names, one object per finding.
void write_json(const findings::Report& result, std::ostream& out) {
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : result.findings) {
    nlohmann::json item{{"rule", findings::rule_info(f.rule).id},
                        {"level", findings::to_string(f.level)},
                        {"flag", f.flag},
                        {"path", support::valid_utf8(f.path)},
                        {"region", region_json(f.span)},
                        {"message", f.message},
                        {"fingerprint", f.fingerprint},
                        {"contentFingerprint", f.content_fingerprint}};
    if (const char* state = baseline_state_name(f.baseline)) item["baselineState"] = state;
    if (f.suppressed) item["suppressed"] = {{"justification", *f.suppressed}};
    if (f.value) item["value"] = value_json(*f.value);
    if (f.keep) item["keep"] = region_json(*f.keep);
    if (f.construct) item["construct"] = region_json(*f.construct);
    findings.push_back(std::move(item));
  }
  nlohmann::json notifications = nlohmann::json::array();
  for (const auto& d : result.notifications) {
    notifications.push_back({{"level", d.severity == support::Severity::Note ? "note" : "error"},
                             {"path", support::valid_utf8(d.file)}, {"line", d.line}, {"message", d.message}});
  }
  nlohmann::json doc{{"tool", {{"name", "flagdebt"}, {"version", FLAGDEBT_VERSION}}},
                     {"formatVersion", 1},
                     {"findings", std::move(findings)},
                     {"notifications", std::move(notifications)},
                     {"stats", {{"filesDiscovered", result.stats.files_discovered},
                                {"filesRead", result.stats.files_read},
                                {"filesPassedPrefilter", result.stats.files_matched},
                                {"filesAnalysed", result.stats.files_parsed},
                                {"bytesRead", result.stats.bytes_read}}},
                     {"metrics", metrics_json(result.metrics)}};
  out << dump(doc) << "\n";
}

}  // namespace flagdebt::report
