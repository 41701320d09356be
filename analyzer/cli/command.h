#pragma once
// The CLI's commands: each file adds one subcommand to the app and, when the user chose it, sets
// `run` to what executes it. main.cpp lists them; nothing else knows them.
#include <CLI/CLI.hpp>

#include <functional>

namespace flagdebt::cli {

using CommandAction = std::function<int()>;

void add_scan_command(CLI::App& app, CommandAction& run);
void add_manifest_command(CLI::App& app, CommandAction& run);
void add_baseline_command(CLI::App& app, CommandAction& run);
void add_fix_command(CLI::App& app, CommandAction& run);
void add_report_command(CLI::App& app, CommandAction& run);
void add_explain_command(CLI::App& app, CommandAction& run);

// Every option of ours takes exactly one value and may be repeated: `--manifest F a.ts` scans
// a.ts (pre-commit appends file names after the hook's own arguments).
inline CLI::Option* one_value(CLI::Option* option) { return option->allow_extra_args(false); }

}  // namespace flagdebt::cli
