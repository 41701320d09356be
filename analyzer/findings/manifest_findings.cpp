#include <fmt/format.h>

#include "findings/finders.h"

namespace flagdebt::findings {
namespace {

Finding at_entry(Rule rule, const manifest::Location& where, std::string flag, std::string message) {
  Finding f;
  f.rule = rule;
  f.level = rule_info(rule).level;
  f.flag = std::move(flag);
  f.path = where.file;
  f.span.begin = {where.line, where.column};
  f.span.end = {where.line, where.column};
  f.message = std::move(message);
  f.snippet = f.flag;  // manifest entries are identified by key, not by their line
  return f;
}

std::string owner_phrase(const std::string& owner) { return owner.empty() ? "no owner recorded" : "owner " + owner; }

void flag_findings(const manifest::Manifest& manifest, const manifest::Flag& flag, const ScanScope& scope,
                   std::vector<Finding>& out) {
  bool referenced = scope.referenced.contains(flag.key);
  if (!referenced && scope.whole_directories && flag.status != manifest::FlagStatus::Removed) {
    out.push_back(at_entry(Rule::OrphanedFlag, flag.where, flag.key,
                           fmt::format("Flag '{}' ({}) is declared but never referenced in the scanned directories",
                                       flag.key, manifest::to_string(flag.status))));
  }
  if (flag.status != manifest::FlagStatus::Decided || !referenced) return;
  auto deadline = manifest::effective_deadline(flag, manifest.cleanup_after_days);
  if (!deadline || *deadline >= scope.today) return;
  auto late = (std::chrono::sys_days{scope.today} - std::chrono::sys_days{*deadline}).count();
  out.push_back(at_entry(Rule::CleanupOverdue, flag.where, flag.key,
                         fmt::format("Flag '{}' was due for cleanup on {} ({} days ago; {}) and is still referenced",
                                     flag.key, manifest::to_string(*deadline), late, owner_phrase(flag.owner))));
}

void experiment_findings(const manifest::Experiment& exp, const ScanScope& scope, std::vector<Finding>& out) {
  if (exp.status == manifest::ExperimentStatus::Running && exp.end && *exp.end < scope.today) {
    auto late = (std::chrono::sys_days{scope.today} - std::chrono::sys_days{*exp.end}).count();
    out.push_back(at_entry(Rule::ExperimentPastEnd, exp.where, exp.flags.empty() ? exp.id : exp.flags.front(),
                           fmt::format("Experiment '{}' is still running, {} days after its end date {} ({})", exp.id,
                                       late, manifest::to_string(*exp.end), owner_phrase(exp.owner))));
  }
  bool open = exp.status == manifest::ExperimentStatus::Decided || exp.status == manifest::ExperimentStatus::Cleanup;
  if (!open || !exp.cleanup_deadline || *exp.cleanup_deadline >= scope.today) return;
  auto late = (std::chrono::sys_days{scope.today} - std::chrono::sys_days{*exp.cleanup_deadline}).count();
  std::string flag = exp.flags.empty() ? exp.id : exp.flags.front();
  out.push_back(at_entry(Rule::CleanupOverdue, exp.where, flag,
                         fmt::format("Experiment '{}' ({}) is {} and was due for cleanup on {} ({} days ago; {})",
                                     exp.id, exp.name.empty() ? exp.id : exp.name, manifest::to_string(exp.status),
                                     manifest::to_string(*exp.cleanup_deadline), late, owner_phrase(exp.owner))));
}

}  // namespace

void manifest_findings(const manifest::Manifest& manifest, const ScanScope& scope, std::vector<Finding>& out) {
  // At most one finding per flag (orphaned, or referenced and overdue), two per experiment: a
  // Finding is large, and 10,000 orphans moved at every growth of the vector cost more than making them.
  out.reserve(out.size() + manifest.flags.size() + 2 * manifest.experiments.size());
  for (const auto& flag : manifest.flags) flag_findings(manifest, flag, scope, out);
  for (const auto& exp : manifest.experiments) experiment_findings(exp, scope, out);
}

}  // namespace flagdebt::findings
