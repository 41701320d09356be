#pragma once
// Reporters: one per output format, all reading only the ScanResult.
#include <optional>
#include <ostream>
#include <string_view>

#include "scan/scan.h"

namespace flagdebt::report {

enum class Format { Text, Json, Sarif };

std::optional<Format> parse_format(std::string_view name);

struct ReportOptions {
  bool color = false;  // text only: ANSI colours (the CLI sets it for a TTY)
};

void write_report(Format format, const scan::ScanResult& result, const ReportOptions& options, std::ostream& out);

}  // namespace flagdebt::report
