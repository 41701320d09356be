// flagdebt fix: arguments -> FixOptions -> planned changes -> a unified diff on stdout, or the
// files rewritten (--write).
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "fix/fixer.h"
#include "fix/unified_diff.h"
#include "support/text.h"

namespace flagdebt::cli {
namespace {

// A file that had edits was left untouched (a syntax error in the touched code, or the edit would
// add one): the flag is not fully retired, as with `scan`, where 1 means something is left to do.
// The other files are still fixed (or printed); 2 stays for usage, configuration and input errors.
constexpr int kExitSkipped = 1;

struct FixCommand {
  fix::FixOptions options;
  bool write = false;
  bool diff = false;
};

int run_fix_command(FixCommand& cmd) {
  auto result = fix::plan_changes(cmd.options);
  if (!result) return fail(result.error().to_string());
  for (const auto& diag : result->notes) std::cerr << support::printable(diag.to_string()) << "\n";
  if (!cmd.write || cmd.diff) {
    std::string diff;
    for (const auto& change : result->changes) diff += fix::unified_diff(change.path, change.before, change.after);
    if (int status = write_stdout_or_fail(diff)) return status;
  }
  if (cmd.write) {
    if (auto written = fix::write_changes(result->changes); !written) return fail(written.error().to_string());
  }
  if (result->input_errors) return kExitError;
  return result->skipped_files > 0 ? kExitSkipped : 0;
}

}  // namespace

void add_fix_command(CLI::App& app, CommandAction& run) {
  auto cmd = std::make_shared<FixCommand>();
  CLI::App* fix = app.add_subcommand("fix", "Delete the code settled flags left dead and simplify their checks");
  fix->footer(
      "Exit status: 0 every planned edit was made (or printed); 1 a file was left untouched because editing it\n"
      "was not safe (a syntax error in the code an edit touches, or one the edit would add), its reason on\n"
      "stderr, the other files still fixed; 2 usage, configuration or input error.");
  fix->add_option("paths", cmd->options.scan.paths, "Files or directories to fix (default: .)");
  one_value(fix->add_option("--flag", cmd->options.flags, "Retire only this decided or removed flag; repeatable"));
  one_value(fix->add_option("--manifest", cmd->options.scan.manifests, "Flag manifest (default: ./flagdebt.yaml); repeatable"));
  one_value(fix->add_option("--rules", cmd->options.scan.rule_files, "Extra SDK/wrapper rule file; repeatable"));
  fix->add_flag("--remove-declarations", cmd->options.remove_declarations,
                "Then also remove each retired flag's key constant or enum member\n"
                "no scanned file uses any more, its doc comment and its imports\n"
                "(a constant kept is named on stderr, with the reason)");
  fix->add_flag("--write", cmd->write, "Rewrite the files (atomically) instead of printing the diff");
  fix->add_flag("--diff", cmd->diff, "Print the unified diff (the default; with --write, print it too)");
  fix->add_option("--max-filesize", cmd->options.scan.max_file_bytes, "Skip files larger than this many bytes")
      ->capture_default_str();
  fix->callback([cmd, &run] { run = [cmd] { return run_fix_command(*cmd); }; });
}

}  // namespace flagdebt::cli
