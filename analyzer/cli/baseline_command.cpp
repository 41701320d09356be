// flagdebt baseline: records today's findings (JSON, as `scan --format json`) so that a later
// `scan --baseline FILE` fails only for new ones. Suppressed findings are not recorded.
#include <sstream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "report/reporter.h"
#include "scan/scan.h"

namespace flagdebt::cli {
namespace {

struct BaselineCommand {
  scan::ScanOptions options;
  std::string output;
  std::string today;
};

int run_baseline(BaselineCommand& cmd) {
  auto result = scan_with(cmd.options, cmd.today, cmd.output);
  if (!result) return result.error();
  if (result->input_errors) {
    // A baseline from a partial scan would report the unread files' findings as new later.
    for (const auto& diag : result->notifications) fail(diag.to_string());
    return kExitError;
  }
  if (auto applied = apply_baseline_and_suppressions("", false, *result); !applied) return fail(applied.error().to_string());
  std::ostringstream text;
  report::write_report(report::Format::Json, *result, {}, text);
  return write_report_to(cmd.output, text.str());
}

}  // namespace

void add_baseline_command(CLI::App& app, CommandAction& run) {
  auto cmd = std::make_shared<BaselineCommand>();
  CLI::App* sub = app.add_subcommand("baseline", "Record the current findings for a later scan --baseline");
  sub->add_option("paths", cmd->options.paths, "Files or directories to scan (default: .)");
  one_value(sub->add_option("--manifest", cmd->options.manifests, "Flag manifest (default: ./flagdebt.yaml); repeatable"));
  one_value(sub->add_option("--rules", cmd->options.rule_files, "Extra SDK/wrapper rule file; repeatable"));
  sub->add_option("--output,-o", cmd->output, "Write the baseline to FILE (atomically) instead of stdout");
  sub->add_option("--today", cmd->today, "Date for deadlines, YYYY-MM-DD (default: today)");
  sub->add_option("--jobs,-j", cmd->options.jobs, "Threads (default: one per core)");
  sub->callback([cmd, &run] { run = [cmd] { return run_baseline(*cmd); }; });
}

}  // namespace flagdebt::cli
