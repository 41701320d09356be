#include "cli/cli_support.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "findings/baseline.h"
#include "manifest/manifest.h"
#include "support/paths.h"
#include "support/text.h"

namespace flagdebt::cli {

int fail(const std::string& message) {
  std::cerr << "flagdebt: " << support::printable(message) << "\n";
  return kExitError;
}

bool write_stdout(std::string_view text) { return support::write_all(STDOUT_FILENO, text); }

int write_stdout_or_fail(std::string_view text) {
  if (write_stdout(text)) return 0;
  return fail(std::string("cannot write to standard output: ") + std::strerror(errno ? errno : EIO));
}

std::expected<scan::ScanResult, int> scan_with(scan::ScanOptions& options, const std::string& today,
                                               const std::string& output) {
  auto date = parse_today(today);
  if (!date) return std::unexpected(fail(date.error()));
  options.today = *date;
  options.output = output;
  auto result = scan::run_scan(options);
  if (!result) return std::unexpected(fail(result.error().to_string()));
  return std::move(*result);
}

int write_report_to(const std::string& output, const std::string& text) {
  if (output.empty()) return write_stdout_or_fail(text);
  if (auto written = support::write_file_atomically(output, text); !written) return fail(written.error().to_string());
  return 0;
}

std::expected<support::Date, std::string> parse_today(const std::string& text) {
  if (text.empty()) return manifest::today_from_clock();
  auto today = support::parse_date(text);
  if (!today) return std::unexpected("--today: " + today.error());
  return *today;
}

std::expected<void, support::Diag> apply_baseline_and_suppressions(const std::string& baseline, bool include_suppressed,
                                                                    findings::Report& report) {
  if (!baseline.empty()) {
    auto entries = findings::load_baseline(baseline);
    if (!entries) return std::unexpected(entries.error());
    findings::apply_baseline(report, std::move(*entries));
  }
  // After the baseline: a suppressed finding recorded there is not "absent".
  if (!include_suppressed) std::erase_if(report.findings, [](const auto& f) { return f.suppressed.has_value(); });
  return {};
}

}  // namespace flagdebt::cli
