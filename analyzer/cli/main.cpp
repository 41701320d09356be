// flagdebt's command line: one subcommand per file (cli/*_command.cpp), listed here.
#include <CLI/CLI.hpp>

#include "cli/cli_support.h"
#include "cli/command.h"

namespace {

using namespace flagdebt::cli;

int run(int argc, char** argv) {
  CLI::App app{"flagdebt: finds the code that decided feature flags and experiments leave behind"};
  app.set_version_flag("--version", std::string("flagdebt ") + FLAGDEBT_VERSION);
  app.require_subcommand(1);
  CommandAction action;
  add_scan_command(app, action);
  add_manifest_command(app, action);
  add_baseline_command(app, action);
  add_fix_command(app, action);
  add_report_command(app, action);
  add_explain_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(e.what());  // one line, as every other error; `--help` shows the usage
  }
  return action ? action() : fail("no command given (try --help)");
}

}  // namespace

int main(int argc, char** argv) {
  // No exception from a library may end the process with a crash and no word (exit 2, one line).
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what());
  }
}
