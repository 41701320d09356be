// flagdebt explain FLAG: one scan (scan::run_scan), then every change retiring FLAG, grouped by file.
#include <sstream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "report/explain_plan.h"
#include "scan/scan.h"

namespace flagdebt::cli {
namespace {

struct ExplainCommand {
  std::string flag;
  scan::ScanOptions options;
  std::string format = "text";
  std::string output;
  std::string today;
};

int run_explain_command(ExplainCommand& cmd) {
  auto result = scan_with(cmd.options, cmd.today, cmd.output);
  if (!result) return result.error();
  auto explanation = report::explain_flag(cmd.flag, *result, result->manifest, result->key_constants);
  if (!explanation) return fail("unknown flag '" + cmd.flag + "': no manifest declares it and no scanned file references it");
  std::ostringstream text;
  if (cmd.format == "markdown") {
    report::write_explain_markdown(*explanation, text);
  } else {
    report::write_explain_text(*explanation, text);
  }
  if (int status = write_report_to(cmd.output, text.str())) return status;
  return result->input_errors ? kExitError : 0;
}

}  // namespace

void add_explain_command(CLI::App& app, CommandAction& run) {
  auto cmd = std::make_shared<ExplainCommand>();
  CLI::App* explain = app.add_subcommand("explain", "Everything to change to retire one flag, grouped by file");
  explain->add_option("flag", cmd->flag, "The flag's key")->required();
  explain->add_option("paths", cmd->options.paths, "Files or directories to scan (default: .)");
  one_value(explain->add_option("--manifest", cmd->options.manifests, "Flag manifest (default: ./flagdebt.yaml); repeatable"));
  one_value(explain->add_option("--rules", cmd->options.rule_files, "Extra SDK/wrapper rule file; repeatable"));
  explain->add_option("--format", cmd->format, "text or markdown")
      ->check(CLI::IsMember({"text", "markdown"}))
      ->capture_default_str();
  explain->add_option("--output,-o", cmd->output, "Write to FILE (atomically) instead of stdout");
  explain->add_option("--today", cmd->today, "Date for deadlines, YYYY-MM-DD (default: today)");
  explain->callback([cmd, &run] { run = [cmd] { return run_explain_command(*cmd); }; });
}

}  // namespace flagdebt::cli
