// flagdebt manifest show: the merged manifest (registries in code, then --manifest files in order).
#include "cli/cli_support.h"
#include "cli/command.h"
#include "report/reporter.h"
#include "scan/scan.h"

namespace flagdebt::cli {
namespace {

struct ManifestShow {
  scan::ScanOptions options;
  std::string today;
};

int run_manifest_show(ManifestShow& cmd) {
  auto today = parse_today(cmd.today);
  if (!today) return fail(today.error());
  cmd.options.today = *today;
  auto manifest = scan::effective_manifest(cmd.options);
  if (!manifest) return fail(manifest.error().to_string());
  return write_stdout_or_fail(report::describe_flags(*manifest));
}

}  // namespace

void add_manifest_command(CLI::App& app, CommandAction& run) {
  auto cmd = std::make_shared<ManifestShow>();
  CLI::App* manifest = app.add_subcommand("manifest", "Inspect the flag manifest")->require_subcommand(1);
  CLI::App* show = manifest->add_subcommand("show", "Print the merged manifest, one line per flag");
  one_value(show->add_option("--manifest", cmd->options.manifests,
                             "Manifest file or folder (any supported format); repeatable"));
  one_value(show->add_option("--rules", cmd->options.rule_files, "Extra rule file (registries in code); repeatable"));
  show->add_option("--today", cmd->today, "Date for importers' staleness, YYYY-MM-DD");
  show->callback([cmd, &run] { run = [cmd] { return run_manifest_show(*cmd); }; });
}

}  // namespace flagdebt::cli
