// flagdebt scan: arguments -> ScanOptions -> run_scan -> report -> exit code.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/progress_line.h"
#include "report/reporter.h"
#include "scan/scan.h"
#include "support/text.h"

namespace flagdebt::cli {
namespace {

struct ScanCommand {
  scan::ScanOptions options;
  std::string format = "text";
  std::string output;
  std::string baseline;
  std::string fail_on = "warning";
  std::string today;
  std::string color = "auto";
  bool include_suppressed = false;
  bool quiet = false;
  unsigned progress_delay_ms = 1000;
  bool timings = false;
  size_t max_sarif_results = report::kGitHubMaxResults;
};

bool wants_color(const ScanCommand& cmd) {
  if (cmd.color == "always") return true;
  if (cmd.color == "never" || !cmd.output.empty()) return false;
  return ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
}

int run_scan_command(ScanCommand& cmd) {
  auto format = report::parse_format(cmd.format);
  if (!format) return fail("unknown --format '" + cmd.format + "' (expected text, json, sarif, markdown or html)");
  auto fail_level = findings::parse_fail_level(cmd.fail_on);
  if (!fail_level) return fail("unknown --fail-on '" + cmd.fail_on + "' (expected note, warning, error or never)");
  auto today = parse_today(cmd.today);
  if (!today) return fail(today.error());
  cmd.options.today = *today;
  cmd.options.output = cmd.output;
  // The dashboard formats (and JSON, which `flagdebt report` merges) read cleanup dates from git.
  cmd.options.key_history = *format != report::Format::Text && *format != report::Format::Sarif;
  auto result = [&] {
    ProgressLine progress(!cmd.quiet, std::chrono::milliseconds(cmd.progress_delay_ms));
    cmd.options.progress = [&progress](size_t done, size_t total, size_t parsed) { progress.update(done, total, parsed); };
    return scan::run_scan(cmd.options);
  }();
  if (!result) return fail(result.error().to_string());
  if (auto applied = apply_baseline_and_suppressions(cmd.baseline, cmd.include_suppressed, *result); !applied) {
    return fail(applied.error().to_string());
  }

  std::ostringstream text;
  report::write_report(*format, *result, {wants_color(cmd), {.max_results = cmd.max_sarif_results}}, text);
  if (int status = write_report_to(cmd.output, text.str())) return status;
  result->times.mark("report");
  if (cmd.timings) std::cerr << result->times.to_string();
  if (*format != report::Format::Text || !cmd.output.empty()) {
    for (const auto& diag : result->notifications) {
      if (cmd.quiet && diag.severity != support::Severity::Error) continue;
      std::cerr << support::printable(diag.to_string()) << "\n";
    }
  }
  if (result->input_errors) return kExitError;
  for (const auto& f : result->findings) {
    if (f.counts() && static_cast<int>(f.level) >= *fail_level) return kExitFindings;
  }
  return 0;
}

void add_scan_options(CLI::App& scan, ScanCommand& cmd) {
  scan.add_option("paths", cmd.options.paths, "Files or directories to scan (default: .)");
  one_value(scan.add_option("--manifest", cmd.options.manifests, "Flag manifest (default: ./flagdebt.yaml); repeatable"));
  one_value(scan.add_option("--rules", cmd.options.rule_files, "Extra SDK/wrapper rule file; repeatable"));
  scan.add_option("--format", cmd.format, "text, json, sarif, markdown or html")->capture_default_str();
  scan.add_option("--output,-o", cmd.output, "Write the report to FILE (atomically) instead of stdout");
  scan.add_option("--baseline", cmd.baseline, "Earlier JSON/SARIF result: its findings do not fail the run");
  scan.add_flag("--include-suppressed", cmd.include_suppressed, "Report findings silenced by flagdebt: ignore[...]");
  scan.add_option("--context", cmd.options.context_lines, "Text: N source lines under each finding");
  scan.add_option("--fail-on", cmd.fail_on, "Exit 1 on findings at or above: note, warning, error, never")
      ->capture_default_str();
  one_value(scan.add_option("--changed-since", cmd.options.changed_since,
                            "Only files changed since REV (commits, staged, unstaged, untracked); no orphan check"))
      ->check([](const std::string& rev) { return rev.empty() ? std::string("--changed-since: empty revision") : ""; });
  scan.add_option("--jobs,-j", cmd.options.jobs, "Threads (default: one per core; 1: everything on one)");
  scan.add_flag("--quiet,-q", cmd.quiet, "No progress line, and only errors on stderr (notes about skipped files go)");
  scan.add_option("--today", cmd.today, "Date for deadlines, YYYY-MM-DD (default: today)");
  scan.add_option("--color", cmd.color, "auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  // For tests and benchmarks: parse every file (the outputs must not change), compile afresh.
  scan.add_flag("!--no-prefilter", cmd.options.prefilter, "Parse every file, without the prefilter")->group("");
  scan.add_option("--max-sarif-results", cmd.max_sarif_results, "SARIF: results kept (GitHub's limit)")
      ->check(CLI::NonNegativeNumber)
      ->group("");
  scan.add_flag("!--no-cache", cmd.options.use_cache, "Compile the prefilter without the user cache")->group("");
  scan.add_option("--progress-delay", cmd.progress_delay_ms, "Milliseconds before the progress line shows")->group("");
  scan.add_flag("--timings", cmd.timings, "Wall and CPU time per phase on stderr (docs/performance.md)")->group("");
  // For tests on loaded machines: the per-file wall-time budget (docs/reliability.md), in ms.
  scan.add_option_function<unsigned>("--parse-budget", [&cmd](unsigned ms) { cmd.options.parse_budget = std::chrono::milliseconds(ms); },
                                     "Per-file parse and query budget in milliseconds (default 2000)")
      ->group("");
  // Unsigned: without the check "-5" wraps around to 18446744073709551611 bytes.
  scan.add_option("--max-filesize", cmd.options.max_file_bytes, "Skip files larger than this many bytes")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

// C/C++ model passes: libclang use and the compilation database (docs/languages/c-cpp.md).
void add_pass_options(CLI::App& scan, frontends::passes::PassOptions& passes) {
  using frontends::passes::LibclangMode;
  auto set_mode = [&passes](const std::string& mode) {
    passes.libclang = mode == "on" ? LibclangMode::On : mode == "off" ? LibclangMode::Off : LibclangMode::Auto;
  };
  scan.add_option_function<std::string>("--libclang", set_mode,
                                        "C/C++ through libclang: auto (where a macro may hide a check), on, off")
      ->check(CLI::IsMember({"auto", "on", "off"}))
      ->default_str("auto");
  scan.add_option("--compile-commands", passes.compile_commands,
                  "compile_commands.json (or its folder) for libclang (default: ./compile_commands.json, "
                  "./build/compile_commands.json)");
  scan.add_flag("--libclang-debug", passes.libclang_debug, "One line per libclang parse on stderr")->group("");
}

}  // namespace

void add_scan_command(CLI::App& app, CommandAction& run) {
  auto cmd = std::make_shared<ScanCommand>();
  CLI::App* scan = app.add_subcommand("scan", "Scan files and directories for flag debt");
  add_scan_options(*scan, *cmd);
  add_pass_options(*scan, cmd->options.passes);
  scan->callback([cmd, &run] { run = [cmd] { return run_scan_command(*cmd); }; });
}

}  // namespace flagdebt::cli
