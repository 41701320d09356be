#pragma once
// Finding: one reported problem (BRIEF "Rule IDs"), and the catalog describing every rule.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/metrics.h"
#include "model/file_model.h"
#include "support/diag.h"

namespace flagdebt::findings {

enum class Rule {
  DeadBranch, StaleFlagReference, CleanupOverdue, OrphanedFlag, UndeclaredFlag, RetiredModelReference,
  UnusedSuppression,  // a `flagdebt: ignore[...]` comment that silences nothing
  ExperimentPastEnd, ArchivedExperimentReference,
};
enum class Level { Note, Warning, Error };
// Against a --baseline: None without one; Absent for a baseline finding this scan no longer has.
enum class BaselineState { None, New, Unchanged, Absent };

struct RuleInfo {
  Rule rule;
  std::string_view id;          // kebab-case, the SARIF ruleId
  std::string_view name;        // PascalCase, the SARIF rule name
  std::string_view short_description;
  std::string_view full_description;
  std::string_view help;        // plain text; reporters may render it as markdown too
  Level level;
  std::vector<std::string_view> tags;
};

const std::vector<RuleInfo>& rule_catalog();
const RuleInfo& rule_info(Rule rule);
const char* to_string(Level level);
// "note" | "warning" | "error" | "never" -> the level; "never" is past every level.
std::optional<int> parse_fail_level(std::string_view text);

struct Finding {
  Rule rule = Rule::DeadBranch;
  Level level = Level::Warning;
  std::string flag;
  std::string path;  // relative to the current directory (or the manifest's path)
  model::Span span;
  std::string message;
  std::optional<model::Value> value;       // dead-branch: the decided value
  std::optional<model::Span> keep;         // dead-branch: the code that survives
  std::optional<model::Span> construct;    // dead-branch: the whole construct
  std::string snippet;                     // the first line of the span, trimmed
  std::string fingerprint;                 // stable across unrelated line shifts
  std::string content_fingerprint;         // the same without the path: finds a moved file's findings
  BaselineState baseline = BaselineState::None;
  std::optional<std::string> suppressed;   // the reason, when a `flagdebt: ignore[...]` comment silences it
  std::vector<std::string> context;        // --context N: source lines from the first, captured in the scan

  // Whether it may fail the run: neither suppressed nor already in the baseline.
  bool counts() const {
    return !suppressed && baseline != BaselineState::Unchanged && baseline != BaselineState::Absent;
  }
  std::vector<model::Replacement> fixes;   // the edit retiring the flag here (SARIF `fixes`), if any
  std::string subject;                     // model findings: the model's name (for the metrics)

  bool operator<(const Finding& other) const;
};
// Sorts by operator<, moving each finding once (a Finding is large: 10,000 orphans sorted in place
// cost more in moves than in comparisons).
void sort_findings(std::vector<Finding>& findings);

struct ScanStats {
  size_t files_discovered = 0;
  size_t files_read = 0;        // read (not binary, not too large)
  size_t files_matched = 0;     // passed the prefilter
  size_t files_parsed = 0;      // passed the prefilter and had a frontend
  size_t bytes_read = 0;
};

// What reporters read: the findings of a scan and what happened to its inputs. Nothing in it
// points back at sources; reporters never re-read files.
struct Report {
  std::vector<Finding> findings;              // sorted, fingerprinted
  std::vector<support::Diag> notifications;   // per-file problems; the scan went on
  bool input_errors = false;                  // some input could not be read: exit 2
  std::vector<std::string> scanned_files;     // sorted: which baseline findings this scan could see again
  bool whole_directories = true;              // false when only files were named (pre-commit)
  ScanStats stats;
  Metrics metrics;                            // the debt dashboard's numbers (findings/metrics.h)
};

}  // namespace flagdebt::findings
