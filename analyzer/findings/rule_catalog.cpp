#include <algorithm>
#include <cstdint>
#include <numeric>
#include <tuple>

#include "findings/finding.h"

namespace flagdebt::findings {

const std::vector<RuleInfo>& rule_catalog() {
  static const std::vector<RuleInfo> rules = {
      {Rule::DeadBranch, "dead-branch", "DeadBranch", "Code that can never run because its flag is decided.",
       "A branch, ternary arm, guarded expression or the rest of a block after an always-taken exit is "
       "selected by a flag whose value is decided (or removed): it can never run.",
       "Delete the dead region and keep the branch that is always taken (properties.keep). Then remove the "
       "flag check itself.",
       Level::Warning, {"maintainability", "feature-flags", "dead-code"}},
      {Rule::StaleFlagReference, "stale-flag-reference", "StaleFlagReference",
       "Reference to a flag that is decided or removed.",
       "The code still evaluates or names a flag whose value no longer changes.",
       "Replace the check with its decided value and simplify, or delete the reference.", Level::Note,
       {"maintainability", "feature-flags"}},
      {Rule::CleanupOverdue, "cleanup-overdue", "CleanupOverdue",
       "Decided flag or experiment past its cleanup deadline.",
       "The flag or experiment was decided and its cleanup deadline has passed, but it is still in the code.",
       "Ask the owner named in the message to clean up the flag, or move the deadline in the manifest.",
       Level::Warning, {"maintainability", "feature-flags"}},
      {Rule::OrphanedFlag, "orphaned-flag", "OrphanedFlag", "Flag declared in the manifest but never referenced.",
       "No file in the scanned directories references this flag.",
       "Remove the flag from the manifest and the flag service, or mark it removed.", Level::Note,
       {"maintainability", "feature-flags"}},
      {Rule::UndeclaredFlag, "undeclared-flag", "UndeclaredFlag", "Flag check with a key the manifest does not know.",
       "An SDK call evaluates a flag key that no manifest declares: a typo, or a flag nobody owns.",
       "Declare the flag in the manifest with its owner, or fix the key.", Level::Warning,
       {"correctness", "feature-flags"}},
      {Rule::RetiredModelReference, "retired-model-reference", "RetiredModelReference",
       "Code or configuration still names a retired model.",
       "An experiment's model is marked retired, but code or configuration still names it.",
       "Remove the reference and the deployment it keeps alive.", Level::Warning,
       {"maintainability", "feature-flags", "ml-models"}},
      {Rule::UnusedSuppression, "unused-suppression", "UnusedSuppression",
       "Suppression comment that silences no finding.",
       "A `flagdebt: ignore[rule-id]` comment names a rule that reports nothing on its line or the next one.",
       "Delete the comment, or move it to the line of the finding it is meant for.", Level::Note,
       {"maintainability"}},
      {Rule::ExperimentPastEnd, "experiment-past-end", "ExperimentPastEnd",
       "Experiment still running after its end date.",
       "The manifest says the experiment is running, but its end date has passed: nobody decided it, so its "
       "flags keep both code paths alive.",
       "Decide the experiment (status decided, the winning value on its flags) or move its end date.",
       Level::Warning, {"maintainability", "feature-flags", "experiments"}},
      {Rule::ArchivedExperimentReference, "archived-experiment-reference", "ArchivedExperimentReference",
       "Reference to a flag or retired model of an archived experiment.",
       "The experiment is archived, i.e. declared finished and cleaned up, but code or configuration still "
       "names one of its flags or retired models.",
       "Finish the cleanup (delete the reference), or move the experiment back to status cleanup.",
       Level::Warning, {"maintainability", "feature-flags", "experiments"}},
  };
  return rules;
}

const RuleInfo& rule_info(Rule rule) { return rule_catalog()[static_cast<size_t>(rule)]; }

const char* to_string(Level level) {
  switch (level) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "?";
}

std::optional<int> parse_fail_level(std::string_view text) {
  if (text == "note") return static_cast<int>(Level::Note);
  if (text == "warning") return static_cast<int>(Level::Warning);
  if (text == "error") return static_cast<int>(Level::Error);
  if (text == "never") return static_cast<int>(Level::Error) + 1;
  return std::nullopt;
}

bool Finding::operator<(const Finding& o) const {
  return std::tie(path, span.begin.line, span.begin.column, rule, flag, message) <
         std::tie(o.path, o.span.begin.line, o.span.begin.column, o.rule, o.flag, o.message);
}

void sort_findings(std::vector<Finding>& findings) {
  std::vector<uint32_t> order(findings.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return findings[a] < findings[b]; });
  std::vector<Finding> sorted;
  sorted.reserve(findings.size());
  for (uint32_t i : order) sorted.push_back(std::move(findings[i]));
  findings = std::move(sorted);
}

}  // namespace flagdebt::findings
