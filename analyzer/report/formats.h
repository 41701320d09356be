#pragma once
// The individual reporters, and JSON pieces shared by the JSON and SARIF ones.
#include <nlohmann/json.hpp>
#include <ostream>

#include "report/reporter.h"
#include "report/sarif_limits.h"

namespace flagdebt::report {

void write_text(const findings::Report& result, const ReportOptions& options, std::ostream& out);
void write_json(const findings::Report& result, std::ostream& out);
// Within GitHub's upload limits (sarif_limits.h): beyond them, the most severe results and a notification.
void write_sarif(const findings::Report& result, std::ostream& out, const SarifLimits& limits = {});
void write_html(const findings::Report& result, std::ostream& out);
void write_markdown(const findings::Report& result, std::ostream& out);

nlohmann::json metrics_json(const findings::Metrics& metrics);

// Pretty-printed JSON; any invalid UTF-8 that got this far becomes U+FFFD instead of an exception.
std::string dump(const nlohmann::json& doc);
nlohmann::json value_json(const model::Value& value);
// {startLine, startColumn, endLine, endColumn}, SARIF's region shape.
nlohmann::json region_json(const model::Span& span);
// "new" | "unchanged" | "absent", or null without a baseline.
const char* baseline_state_name(findings::BaselineState state);

}  // namespace flagdebt::report
