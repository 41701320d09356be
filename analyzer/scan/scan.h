#pragma once
// The pipeline, end to end: manifest + rules -> discover -> prefilter -> frontend -> evaluator
// -> findings. Reporters take the ScanResult and never look at sources again.
#include <expected>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "manifest/manifest.h"
#include "findings/finding.h"
#include "frontends/frontend.h"
#include "frontends/passes/pass_options.h"
#include "support/phase_times.h"
#include "support/diag.h"
#include "support/phase_times.h"

namespace flagdebt::scan {

struct ScanOptions {
  std::vector<std::string> paths;           // files or directories; empty means "."
  std::vector<std::string> manifests;       // empty: ./flagdebt.yaml or ./.flagdebt.yaml
  std::vector<std::string> rule_files;      // in addition to the built-in rules and .flagdebt/rules/
  std::optional<manifest::Date> today;        // for deadlines; default: the system clock
  unsigned jobs = 0;                        // 0: one per core
  uint64_t max_file_bytes = 8 * 1024 * 1024;
  // Source text the first pass keeps for the second (key constants, package helpers) instead of
  // reading it again: the whole of most trees (a 1M-line one is ~30 MB), bounded for monorepos.
  int64_t kept_text_bytes = int64_t{64} << 20;
  std::string output;                       // the report file, if any: never an input, never scanned
  std::chrono::milliseconds parse_budget = frontends::kDefaultParseBudget;  // per file
  frontends::passes::PassOptions passes;    // C/C++: libclang use, compile_commands.json
  unsigned context_lines = 0;               // --context N: source lines kept in each finding
  bool key_history = false;                 // metrics: cleanup dates from git history (libgit2)
  bool prefilter = true;                    // false: parse every file (`--no-prefilter`, for tests)
  bool use_cache = true;                    // keep compiled prefilter databases in the user cache folder
  // Called from the worker threads after each file: files done, files in all, files parsed so far.
  std::function<void(size_t, size_t, size_t)> progress;
  std::string changed_since;                // --changed-since REV: only files changed since REV (git)
};

// The report, and the merged manifest it was made against (`manifest show`, exit decisions).
struct ScanResult : findings::Report {
  manifest::Manifest manifest;
  std::map<std::string, std::string> key_constants;  // names bound to a key in code (NEW_UI = "new_ui") -> key
  support::PhaseTimes times;  // from the start of run_scan; the caller may add its own phases
};

// Fails only on configuration or usage errors (manifest, rules, missing path).
std::expected<ScanResult, support::Diag> run_scan(const ScanOptions& options);

// The manifest a scan with these options uses: registries in code (from the rules), with the
// named manifests laid over them. What `flagdebt manifest show` prints.
std::expected<manifest::Manifest, support::Diag> effective_manifest(const ScanOptions& options);

}  // namespace flagdebt::scan
