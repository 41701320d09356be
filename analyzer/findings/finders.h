#pragma once
// The finders: each turns one kind of evidence into findings.
//   code_findings     - one file's references and dead regions: dead-branch, stale-flag-reference,
//                       undeclared-flag
//   retired_model_findings    - one file's text: retired-model-reference
//   manifest_findings - the manifest against what the whole scan referenced: orphaned-flag,
//                       cleanup-overdue
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "manifest/manifest.h"
#include "evaluate/evaluator.h"
#include "findings/finding.h"
#include "support/line_index.h"

namespace flagdebt::findings {

struct FileEvidence {
  std::string path;
  const support::LineIndex& lines;
  const model::FileModel& model;
  const std::vector<evaluate::DeadRegion>& dead;
};

void code_findings(const FileEvidence& file, const manifest::Manifest& manifest, std::vector<Finding>& out);

void retired_model_findings(const std::string& path, std::string_view text, const support::LineIndex& lines,
                    const manifest::Manifest& manifest, std::vector<Finding>& out);

struct ScanScope {
  bool whole_directories = true;        // false when only files were given (pre-commit)
  std::set<std::string> referenced;     // keys referenced anywhere in the scan
  manifest::Date today;
};

void manifest_findings(const manifest::Manifest& manifest, const ScanScope& scope, std::vector<Finding>& out);

// Fills every finding's fingerprint: a hash of rule, flag, path and the trimmed snippet, with
// the occurrence number among identical ones, so that it survives unrelated line shifts.
void assign_fingerprints(std::vector<Finding>& sorted_findings);

}  // namespace flagdebt::findings
