// Cross-references between flags and experiments: checked once, on the merged manifest, so that an
// overlay may add the flag an experiment of another file lists.
#include "manifest/manifest.h"

namespace flagdebt::manifest {
namespace {

support::Diag error_at(const Location& where, std::string message) {
  return support::make_diag(where.file, where.line, where.column, std::move(message));
}

bool decided(ExperimentStatus status) {
  return status == ExperimentStatus::Decided || status == ExperimentStatus::Cleanup ||
         status == ExperimentStatus::Archived;
}

}  // namespace

std::optional<support::Diag> check_consistency(const Manifest& manifest) {
  for (const auto& flag : manifest.flags) {
    if (!flag.experiment.empty() && !manifest.find_experiment(flag.experiment)) {
      return error_at(flag.where, "flag '" + flag.key + "' names unknown experiment '" + flag.experiment + "'");
    }
  }
  for (const auto& exp : manifest.experiments) {
    for (const auto& key : exp.flags) {
      const Flag* flag = manifest.find(key);
      if (!flag) return error_at(exp.where, "experiment '" + exp.id + "' lists unknown flag '" + key + "'");
      if (decided(exp.status) && !flag->value) {
        return error_at(flag->where, "flag '" + key + "' has no 'value', but its experiment '" + exp.id + "' is " +
                                         to_string(exp.status) + " (what does every evaluation return now?)");
      }
    }
  }
  for (const auto& flag : manifest.flags) {
    const Experiment* exp = flag.experiment.empty() ? nullptr : manifest.find_experiment(flag.experiment);
    if (exp && decided(exp->status) && !flag.value) {
      return error_at(flag.where, "flag '" + flag.key + "' has no 'value', but its experiment '" + exp->id +
                                      "' is " + to_string(exp->status));
    }
  }
  return std::nullopt;
}

}  // namespace flagdebt::manifest
