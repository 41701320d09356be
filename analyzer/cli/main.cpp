// flagdebt's command line: arguments -> ScanOptions -> run_scan -> report -> exit code.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>

#include "manifest/manifest.h"
#include "report/reporter.h"
#include "scan/scan.h"
#include "support/date.h"
#include "support/paths.h"
#include "support/text.h"

namespace {

using namespace flagdebt;

constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct ScanCommand {
  scan::ScanOptions options;
  std::string format = "text";
  std::string output;
  std::string baseline;
  std::string fail_on = "warning";
  std::string today;
  std::string color = "auto";
};

// Every byte reaches the descriptor or the run fails: a closed stdout or a full disk must not
// leave a truncated report behind an exit status that says all went well.
bool write_stdout(std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

int fail(const std::string& message) {
  std::cerr << "flagdebt: " << message << "\n";
  return kExitError;
}

bool wants_color(const ScanCommand& cmd) {
  if (cmd.color == "always") return true;
  if (cmd.color == "never" || !cmd.output.empty()) return false;
  return ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
}

// --today YYYY-MM-DD, or the clock.
std::expected<support::Date, std::string> parse_today(const std::string& text) {
  if (text.empty()) return manifest::today_from_clock();
  auto today = support::parse_date(text);
  if (!today) return std::unexpected("--today: " + today.error());
  return *today;
}

int run_manifest_show(ScanCommand& cmd) {
  auto today = parse_today(cmd.today);
  if (!today) return fail(today.error());
  cmd.options.today = *today;
  auto manifest = scan::effective_manifest(cmd.options);
  if (!manifest) return fail(manifest.error().to_string());
  if (!write_stdout(report::describe_flags(*manifest))) return fail(std::string("cannot write to standard output: ") + std::strerror(errno));
  return 0;
}

int run_scan_command(ScanCommand& cmd) {
  auto format = report::parse_format(cmd.format);
  if (!format) return fail("unknown --format '" + cmd.format + "' (expected text, json or sarif)");
  auto fail_level = findings::parse_fail_level(cmd.fail_on);
  if (!fail_level) return fail("unknown --fail-on '" + cmd.fail_on + "' (expected note, warning, error or never)");
  if (!cmd.baseline.empty()) return fail("--baseline is not supported yet");
  auto today = parse_today(cmd.today);
  if (!today) return fail(today.error());
  cmd.options.today = *today;
  cmd.options.output = cmd.output;
  auto result = scan::run_scan(cmd.options);
  if (!result) return fail(support::printable(result.error().to_string()));

  std::ostringstream text;
  report::write_report(*format, *result, {wants_color(cmd)}, text);
  if (cmd.output.empty()) {
    if (!write_stdout(text.str())) return fail(std::string("cannot write the report to standard output: ") + std::strerror(errno));
  } else if (auto written = support::write_file_atomically(cmd.output, text.str()); !written) {
    return fail(support::printable(written.error()));
  }
  if (*format != report::Format::Text || !cmd.output.empty()) {
    for (const auto& diag : result->notifications) std::cerr << support::printable(diag.to_string()) << "\n";
  }
  if (result->input_errors) return kExitError;
  for (const auto& f : result->findings) {
    if (static_cast<int>(f.level) >= *fail_level) return kExitFindings;
  }
  return 0;
}

void add_scan_options(CLI::App& scan, ScanCommand& cmd) {
  scan.add_option("paths", cmd.options.paths, "Files or directories to scan (default: .)");
  scan.add_option("--manifest", cmd.options.manifests, "Flag manifest (default: ./flagdebt.yaml); repeatable");
  scan.add_option("--rules", cmd.options.rule_files, "Extra SDK/wrapper rule file; repeatable");
  scan.add_option("--format", cmd.format, "text, json or sarif")->capture_default_str();
  scan.add_option("--output,-o", cmd.output, "Write the report to FILE (atomically) instead of stdout");
  scan.add_option("--baseline", cmd.baseline, "Hide findings recorded in this baseline file");
  scan.add_option("--fail-on", cmd.fail_on, "Exit 1 on findings at or above: note, warning, error, never")
      ->capture_default_str();
  scan.add_option("--jobs,-j", cmd.options.jobs, "Threads (default: one per core)");
  scan.add_option("--today", cmd.today, "Date for deadlines, YYYY-MM-DD (default: today)");
  scan.add_option("--color", cmd.color, "auto, always or never")->capture_default_str();
  scan.add_option("--max-filesize", cmd.options.max_file_bytes, "Skip files larger than this many bytes")
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

int run(int argc, char** argv) {
  CLI::App app{"flagdebt: finds the code that decided feature flags and experiments leave behind"};
  app.set_version_flag("--version", std::string("flagdebt ") + FLAGDEBT_VERSION);
  app.require_subcommand(1);
  ScanCommand cmd;
  CLI::App* scan = app.add_subcommand("scan", "Scan files and directories for flag debt");
  add_scan_options(*scan, cmd);
  add_pass_options(*scan, cmd.options.passes);
  CLI::App* manifest = app.add_subcommand("manifest", "Inspect the flag manifest")->require_subcommand(1);
  CLI::App* show = manifest->add_subcommand("show", "Print the merged manifest, one line per flag");
  show->add_option("--manifest", cmd.options.manifests, "Manifest file or folder (any supported format); repeatable");
  show->add_option("--rules", cmd.options.rule_files, "Extra rule file (registries in code); repeatable");
  show->add_option("--today", cmd.today, "Date for importers' staleness, YYYY-MM-DD");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(e.what());  // one line, as every other error; `--help` shows the usage
  }
  if (show->parsed()) return run_manifest_show(cmd);
  return run_scan_command(cmd);
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
