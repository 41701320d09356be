#pragma once
// Baselines: an earlier JSON or SARIF result of ours. Findings already in it do not fail a run
// (Finding::counts); SARIF marks every result new/unchanged/absent (docs/rules.md, README).
#include <expected>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "support/diag.h"

namespace flagdebt::findings {

// The findings recorded in `path` (JSON `findings` or SARIF `runs[0].results`, absent ones left
// out). A file that is not one of ours is an error with file:line.
std::expected<std::vector<Finding>, support::Diag> load_baseline(const std::string& path);
std::expected<std::vector<Finding>, support::Diag> parse_baseline(const std::string& text, const std::string& path);

// Marks every finding New or Unchanged and appends the baseline findings this scan could have seen
// again but did not, as Absent. A finding matches an unused baseline entry with its fingerprint;
// failing that, one with its content fingerprint (rule, flag, line text) whose file is gone from
// the scan and the disk: a moved file keeps its baseline.
void apply_baseline(Report& report, std::vector<Finding> baseline);

}  // namespace flagdebt::findings
