#pragma once
// The pipeline, end to end: manifest + rules -> discover -> prefilter -> frontend -> evaluator
// -> findings. Reporters take the ScanResult and never look at sources again.
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "config/manifest.h"
#include "findings/finding.h"
#include "frontends/passes/pass_options.h"
#include "support/diag.h"

namespace flagdebt::scan {

struct ScanOptions {
  std::vector<std::string> paths;           // files or directories; empty means "."
  std::vector<std::string> manifests;       // empty: ./flagdebt.yaml or ./.flagdebt.yaml
  std::vector<std::string> rule_files;      // in addition to the built-in rules and .flagdebt/rules/
  std::optional<config::Date> today;        // for deadlines; default: the system clock
  unsigned jobs = 0;                        // 0: one per core
  uint64_t max_file_bytes = 8 * 1024 * 1024;
  std::string output;                       // the report file, if any: never an input, never scanned
  frontends::passes::PassOptions passes;    // C/C++: libclang use, compile_commands.json
};

struct ScanStats {
  size_t files_discovered = 0;
  size_t files_parsed = 0;      // passed the prefilter and had a frontend
  size_t bytes_read = 0;
};

struct ScanResult {
  config::Manifest manifest;
  std::vector<findings::Finding> findings;     // sorted, fingerprinted
  std::vector<support::Diag> notifications;   // per-file problems; the scan went on
  bool input_errors = false;                   // some input could not be read: exit 2
  ScanStats stats;
};

// Fails only on configuration or usage errors (manifest, rules, missing path).
std::expected<ScanResult, support::Diag> run_scan(const ScanOptions& options);

// The manifest a scan with these options uses: registries in code (from the rules), with the
// named manifests laid over them. What `flagdebt manifest show` prints.
std::expected<config::Manifest, support::Diag> effective_manifest(const ScanOptions& options);

}  // namespace flagdebt::scan
