#pragma once
// One file through the pipeline: read, skip binary/huge, prefilter, frontend, evaluator, finders.
#include <atomic>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "manifest/manifest.h"
#include "sdk_rules/rules.h"
#include "discover/discover.h"
#include "edits/edit_planner.h"
#include "evaluate/evaluator.h"
#include "findings/finding.h"
#include "frontends/frontend.h"
#include "prefilter/prefilter.h"
#include "support/read_file.h"

namespace flagdebt::scan {

struct AnalysisContext {
  const manifest::Manifest& manifest;
  const sdk_rules::RuleSet& rules;
  const frontends::FlagIndex& flags;
  const evaluate::SettledFlags& settled;
  const prefilter::Prefilter& prefilter;
  uint64_t max_file_bytes;
  const frontends::passes::PassContext* passes = nullptr;  // the model passes' settings for this scan
  std::chrono::milliseconds parse_budget = frontends::kDefaultParseBudget;
  unsigned context_lines = 0;  // --context N: source lines kept in each finding
  const std::unordered_set<std::string>* unfiltered = nullptr;  // language ids parsed without the prefilter
  // Bytes of file text the outcomes may still keep (FileOutcome::kept_text); null: keep none.
  std::atomic<int64_t>* keep_budget = nullptr;
};

struct FileOutcome {
  std::vector<findings::Finding> findings;
  std::vector<std::string> referenced_keys;
  std::vector<model::KeyConstant> key_constants;  // constants bound to a key, for the second pass
  std::vector<model::PackageHelper> package_helpers;  // helpers the package's other files may call
  std::vector<edits::PlannedFix> fixes;   // every edit retiring a settled flag (overlapping allowed)
  std::optional<support::Diag> problem;  // a note (skipped file) or an error (unreadable)
  // The text as analysed (UTF-8, LF-safe), while the context's budget lasts: a second pass over the
  // tree (key constants, package helpers) reads it here instead of from the disk.
  std::optional<std::string> kept_text;
  bool read = false;     // read, and not binary
  bool code = false;     // in a language with a frontend: only such files can be parsed
  bool matched = false;  // passed the prefilter
  bool parsed = false;
  size_t bytes = 0;
};

FileOutcome analyze_file(const discover::DiscoveredFile& file, const AnalysisContext& context);
// The same for a file read already (support::read_file's result).
FileOutcome analyze_read(const discover::DiscoveredFile& file, std::expected<std::string, support::ReadError> read,
                         const AnalysisContext& context);
// The same for a text already in memory (`flagdebt fix` analyses its own edits again).
FileOutcome analyze_text(const discover::DiscoveredFile& file, std::string text, const AnalysisContext& context);

}  // namespace flagdebt::scan
