#pragma once
// The flag manifest (BRIEF "Manifest v1"): flags, experiments and their models. Importers for
// other formats (flagd, Unleash, LaunchDarkly, GitLab) produce the same Manifest.
#include <chrono>
#include <expected>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "model/value.h"
#include "support/date.h"
#include "support/diag.h"

namespace flagdebt::manifest {

using Date = support::Date;

struct Location {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
};

enum class FlagStatus { Active, Decided, Removed, Permanent };

struct Flag {
  std::string key;
  FlagStatus status = FlagStatus::Active;
  std::optional<model::Value> value;  // decided/removed: what every evaluation returns
  std::string owner;
  std::optional<Date> decided_on;
  std::optional<Date> cleanup_deadline;  // explicit, or decided_on + defaults.cleanup_after_days
  std::string experiment;
  std::vector<std::string> aliases;
  Location where;
  std::map<std::string, std::string> extra;  // unknown fields, kept as their YAML text
};

struct ModelRef {
  std::string name;
  std::string role;
  bool retired = false;
};

enum class ExperimentStatus { Draft, Running, Analyzing, Decided, Cleanup, Archived };

struct Experiment {
  std::string id;
  std::string name;
  std::string owner;
  ExperimentStatus status = ExperimentStatus::Draft;
  std::optional<Date> start;
  std::optional<Date> end;
  std::optional<Date> cleanup_deadline;
  std::vector<std::string> flags;
  std::vector<ModelRef> models;
  std::string decision;
  Location where;
  std::map<std::string, std::string> extra;
};

// The debt dashboard's targets (docs/dashboard.md): per metric id, what is good (`target`), what
// counts as all-out debt (`limit`) and how much it weighs in the debt score. Only overrides are kept;
// metrics/ knows the defaults.
struct MetricSetting {
  std::optional<double> target;
  std::optional<double> limit;
  std::optional<double> weight;
  Location where;             // the metric's entry, for conflicts between manifests
};

// Every manifest's section counts: load_manifests merges them, and one setting given two different
// values is a configuration error naming both places (docs/dashboard.md).
struct Dashboard {
  int stale_after_days = 14;  // a decided experiment not cleaned up this long after its end is stale
  std::map<std::string, MetricSetting> metrics;
  Location where;
  Location stale_where;       // where stale_after_days was set; empty: the default
};

struct Manifest {
  int cleanup_after_days = 14;
  Dashboard dashboard;
  std::vector<Flag> flags;
  std::vector<Experiment> experiments;
  std::vector<std::string> sources;  // files it was read from, in order

  // By key; constant time after index_keys(), which a scan calls once its flags are final
  // (references are looked up per file, and a manifest may hold 10,000 flags).
  const Flag* find(std::string_view key) const;
  void index_keys();
  std::unordered_map<std::string, size_t> key_index;  // a hint: find() verifies every hit
  const Experiment* find_experiment(std::string_view id) const;
  // The experiment a flag belongs to: the flag's `experiment`, else the one listing it.
  const Experiment* experiment_of(const Flag& flag) const;
};

// The metric ids a `dashboard:` section may name (metrics/ computes them).
const std::vector<std::string>& dashboard_metric_ids();

// Reads a manifest file (native YAML v1). Errors carry file:line:col.
std::expected<Manifest, support::Diag> load_manifest_file(const std::string& path);
// Parses manifest text; `path` is used in diagnostics only.
std::expected<Manifest, support::Diag> parse_manifest(const std::string& text, const std::string& path);

const char* to_string(FlagStatus status);
const char* to_string(ExperimentStatus status);
std::string to_string(const Date& date);

// Whether evaluations of this flag have a fixed value (decided or removed).
bool is_settled(const Flag& flag);
// The deadline in force: cleanup_deadline, else decided_on + cleanup_after_days.
std::optional<Date> effective_deadline(const Flag& flag, int cleanup_after_days);

// ---- Loading: every manifest a scan names, whatever its format ----

// `paths` empty: ./flagdebt.yaml, else ./.flagdebt.yaml. A directory stands for every
// .yml/.yaml file below it (GitLab's config/feature_flags/). Paths in findings are as given,
// relative to the current directory.
// With `required` false, having no manifest at all gives an empty one (flags may come from
// registries in code instead).
std::expected<Manifest, support::Diag> load_manifests(const std::vector<std::string>& paths, Date today,
                                                      bool required = true);

// Flags and experiments must agree (docs/manifest.md "Consistency"): a flag naming an unknown
// experiment, an experiment listing an unknown flag, or a decided experiment whose flag has no value
// is a configuration error at the entry's file:line. Run on the merged manifest.
std::optional<support::Diag> check_consistency(const Manifest& manifest);

// Today's date from the system clock (UTC).
Date today_from_clock();

}  // namespace flagdebt::manifest
