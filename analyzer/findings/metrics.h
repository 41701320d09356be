#pragma once
// The debt dashboard's numbers (docs/dashboard.md): computed once from a scan's findings, its
// manifest and (optionally) the key history of the repository, then written by every reporter.
// Plain data only: `flagdebt report` rebuilds it from JSON results.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "support/date.h"

namespace flagdebt::manifest { struct Manifest; }

namespace flagdebt::findings {

struct Finding;

// One card: a value against its target. `limit` is where the metric's share of the score is full.
struct Metric {
  std::string id;                 // manifest::dashboard_metric_ids()
  std::string label;
  std::optional<double> value;    // absent: no data (e.g. no flag's deadline has passed)
  std::string unit;               // "", "%", "days"
  std::string detail;             // e.g. "412 lines"
  double target = 0;
  double limit = 0;
  double weight = 1;
  bool higher_is_better = false;
  bool met() const;
  double penalty() const;         // 0 (at target) .. 1 (at or past limit)
};

// A flag that still costs something: settled and referenced, overdue, or holding dead code.
struct FlagDebt {
  std::string key;
  std::string owner;
  std::string status;
  std::string experiment;
  std::optional<support::Date> deadline;
  long days_overdue = 0;          // > 0: past the deadline and still referenced
  size_t references = 0;
  size_t dead_paths = 0;
  size_t dead_lines = 0;
  std::vector<std::pair<std::string, uint32_t>> locations;  // file:line, references and dead regions
};

struct OwnerDebt {
  std::string owner;
  size_t flags = 0;               // flags in debt
  size_t overdue = 0;
  size_t dead_lines = 0;
  long worst_days_overdue = 0;
  std::vector<std::string> overdue_keys;
};

// One monthly point of `--history`: the code and manifest of the newest commit on or before `date`,
// analysed as a scan would (trend/), with the key history known by that date.
struct TrendPoint {
  std::string date;               // YYYY-MM-DD: the point (first of a month, or today)
  double debt_score = 0;
  double active_flags = 0;
  double decided_still_referenced = 0;
  std::string commit;             // the commit measured, abbreviated
  std::map<std::string, double> values;  // every metric that had a value then, by id
  size_t references = 0;          // stale-flag-reference findings
  size_t dead_lines = 0;          // lines in dead-branch regions
};

// What the rates and medians are computed from. The JSON result carries them so that `flagdebt
// report` over many repositories weighs every flag once: the mean of per-repository rates or
// medians would let a repository with 2 flags count as much as one with 200.
struct MetricSamples {
  bool present = true;            // false: read from a result that carried none (older flagdebt)
  size_t cleanup_due = 0;         // settled flags whose deadline has passed
  size_t cleanup_on_time = 0;     // of those, gone from the code by the deadline
  std::vector<std::pair<std::string, double>> cleanup_days;  // key, days from decision to last removal
  std::vector<std::pair<std::string, double>> flag_ages;     // key, days since first reference/decision
  size_t results_without = 0;     // merged results without samples: left out of the rates
};

struct Metrics {
  std::string as_of;              // the scan's "today"
  std::vector<Metric> metrics;
  double debt_score = 0;          // 0 = no debt .. 100
  std::vector<FlagDebt> flags;    // worst first
  std::vector<OwnerDebt> owners;  // most overdue first
  std::vector<TrendPoint> trend;  // oldest first; empty without --history
  bool history_used = false;      // cleanup dates came from git history
  std::map<std::string, size_t> rule_counts;  // rule id -> findings
  size_t repositories = 1;        // > 1 for merged results
  MetricSamples samples;
};

// What the repository's history says about one key (filled by history/ from libgit2).
struct KeyEvents {
  std::optional<support::Date> first_seen;    // the oldest commit adding a reference
  std::optional<support::Date> last_removed;  // the newest commit removing a reference
};
using KeyHistory = std::map<std::string, KeyEvents>;

// The numbers for one scan. `referenced`: keys referenced anywhere now. `history`: may be null.
Metrics compute_metrics(const std::vector<Finding>& findings, const manifest::Manifest& manifest,
                        const std::vector<std::string>& referenced, support::Date today, const KeyHistory* history);

// score = round(100 * sum(weight * penalty) / sum(weight)) over the metrics that have a value.
double debt_score(const std::vector<Metric>& metrics);
// cleanup_rate, median_days_to_cleanup and median_flag_age_days from `metrics.samples`.
void rates_from_samples(Metrics& metrics);
// Adds one repository's result to `total` (start from an empty Metrics with repositories = 0):
// counts add up, samples pool, locations get `repository/` in front. Then finish_merge: rates from
// the pooled samples, the score and the ranking.
void merge_metrics(Metrics& total, Metrics one, const std::string& repository);
void finish_merge(Metrics& total);
// Owners and the worst-first order of flags, from `flags` (also after merging results).
void rank_debt(Metrics& metrics);

}  // namespace flagdebt::findings
