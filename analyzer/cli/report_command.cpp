// flagdebt report [RESULT.json...] [--history 6m]: one dashboard from many scans' JSON results (an
// organisation runs one scan per repository in CI; this is the aggregation step), or from a scan of
// the current directory when no result is named. --history adds monthly points read from git.
#include <fmt/format.h>

#include <filesystem>
#include <sstream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "report/reporter.h"
#include "scan/scan.h"
#include "support/read_file.h"
#include "trend/trend.h"

namespace flagdebt::cli {
namespace {

struct ReportCommand {
  std::vector<std::string> results;
  std::string history;
  std::string format = "html";
  std::string output;
  std::string manifest = "flagdebt.yaml";
  std::string today;
};

std::expected<findings::Report, std::string> merged(const ReportCommand& cmd) {
  findings::Report report;
  report.metrics = {};
  report.metrics.repositories = 0;
  for (const auto& path : cmd.results) {
    auto text = support::read_file(path, 256 * 1024 * 1024);
    if (!text) return std::unexpected(path + ": " + text.error().message);
    std::string error;
    auto metrics = report::read_metrics_json(*text, path, &error);
    if (!error.empty()) return std::unexpected(error);
    findings::merge_metrics(report.metrics, std::move(metrics), std::filesystem::path(path).stem().string());
  }
  findings::finish_merge(report.metrics);
  return report;
}

std::optional<int> months_of(const std::string& text) {
  if (text.size() < 2 || text.back() != 'm') return std::nullopt;
  try {
    int n = std::stoi(text.substr(0, text.size() - 1));
    if (n >= 1 && n <= 120) return n;
  } catch (...) {}
  return std::nullopt;
}

int run_report_command(ReportCommand& cmd) {
  auto format = report::parse_format(cmd.format);
  if (!format || *format == report::Format::Text || *format == report::Format::Sarif) {
    return fail("unknown --format '" + cmd.format + "' (expected html, markdown or json)");
  }
  std::optional<int> months;
  if (!cmd.history.empty() && !(months = months_of(cmd.history))) {
    return fail("--history '" + cmd.history + "': expected a number of months, e.g. 6m (1m to 120m)");
  }
  auto today = parse_today(cmd.today);
  if (!today) return fail(today.error());
  findings::Report report;
  if (cmd.results.empty()) {
    scan::ScanOptions options;
    options.today = *today;
    options.key_history = true;
    options.output = cmd.output;
    if (!cmd.manifest.empty()) options.manifests.push_back(cmd.manifest);
    auto scanned = scan::run_scan(options);
    if (!scanned) return fail(scanned.error().to_string());
    report = std::move(*scanned);
  } else {
    auto built = merged(cmd);
    if (!built) return fail(built.error());
    report = std::move(*built);
  }
  if (months) {
    scan::ScanOptions options;
    options.today = *today;
    auto trend = trend::monthly_trend(options, cmd.manifest, *months, *today);
    if (!trend) return fail("--history: " + trend.error().to_string());
    report.metrics.trend = std::move(*trend);
  }
  std::ostringstream text;
  report::write_report(*format, report, {}, text);
  return write_report_to(cmd.output, text.str());
}

}  // namespace

void add_report_command(CLI::App& app, CommandAction& run) {
  auto cmd = std::make_shared<ReportCommand>();
  CLI::App* sub = app.add_subcommand("report", "The debt dashboard: merge JSON results, add the trend from git history");
  sub->add_option("results", cmd->results, "JSON results of `flagdebt scan --format json` (default: scan .)");
  one_value(sub->add_option("--history", cmd->history, "Monthly trend over this many months of git history, e.g. 6m"));
  one_value(sub->add_option("--format", cmd->format, "html, markdown or json")->capture_default_str());
  one_value(sub->add_option("--output,-o", cmd->output, "Write to FILE (atomically) instead of stdout"));
  one_value(sub->add_option("--manifest", cmd->manifest, "The manifest, for the scan and the history points")->capture_default_str());
  one_value(sub->add_option("--today", cmd->today, "Date for deadlines, YYYY-MM-DD (default: today)"));
  sub->callback([cmd, &run] { run = [cmd] { return run_report_command(*cmd); }; });
}

}  // namespace flagdebt::cli
