#pragma once
// What every command shares: exit codes, the one-line error, checked writes to stdout, --today.
#include <expected>
#include <string>
#include <string_view>

#include "findings/finding.h"
#include "scan/scan.h"
#include "support/date.h"

namespace flagdebt::cli {

constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Prints "flagdebt: <message>" (control characters escaped) on stderr; returns kExitError.
int fail(const std::string& message);

// Every byte reaches stdout or the call fails (errno set): a closed stdout or a full disk must not
// leave a truncated report behind an exit status that says all went well.
bool write_stdout(std::string_view text);
// write_stdout, or the failure as `fail` reports it.
int write_stdout_or_fail(std::string_view text);

// The report to `output` (atomically), or to stdout when `output` is empty; 0 or the failure.
int write_report_to(const std::string& output, const std::string& text);

// --today YYYY-MM-DD, or the clock when empty.
std::expected<support::Date, std::string> parse_today(const std::string& text);

// --today and --output into `options`, then the scan; on failure the error is reported as `fail`
// does and the exit status is the unexpected value.
std::expected<scan::ScanResult, int> scan_with(scan::ScanOptions& options, const std::string& today,
                                               const std::string& output);

// --baseline FILE (when not empty) marks the findings new/unchanged/absent; suppressed findings
// leave the report unless `include_suppressed`. A bad baseline file is the error.
std::expected<void, support::Diag> apply_baseline_and_suppressions(const std::string& baseline, bool include_suppressed,
                                                                    findings::Report& report);

}  // namespace flagdebt::cli
