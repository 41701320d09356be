#pragma once
// Reporters: one per output format, all reading only the ScanResult.
#include <optional>
#include <ostream>
#include <string_view>

#include "findings/finding.h"
#include "manifest/manifest.h"
#include "report/sarif_limits.h"

namespace flagdebt::report {

enum class Format { Text, Json, Sarif, Markdown, Html };

std::optional<Format> parse_format(std::string_view name);

struct ReportOptions {
  bool color = false;  // text only: ANSI colours (the CLI sets it for a TTY)
  SarifLimits sarif_limits;  // SARIF only: GitHub's upload limits (smaller in tests)
};

// One line per flag: key, status, value, owner, deadline, source file:line (`manifest show`).
std::string describe_flags(const manifest::Manifest& manifest);

// The metrics section of a JSON result (docs/json-format.md), for `flagdebt report`.
findings::Metrics read_metrics_json(std::string_view json_text, const std::string& path, std::string* error);

void write_report(Format format, const findings::Report& result, const ReportOptions& options, std::ostream& out);

}  // namespace flagdebt::report
