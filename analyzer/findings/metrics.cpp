// The dashboard's metrics and the debt score (docs/dashboard.md has the formula and defaults).
#include "findings/metrics.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "findings/finding.h"
#include "manifest/manifest.h"

namespace flagdebt::findings {
namespace {

using manifest::ExperimentStatus;
using manifest::FlagStatus;

long days_between(support::Date from, support::Date to) {
  return (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count();
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Defaults: id, label, unit, target, limit, weight, higher_is_better.
Metric make(const manifest::Manifest& manifest, std::string id, std::string label, std::string unit, double target,
            double limit, double weight, bool higher_is_better = false) {
  Metric m{std::move(id), std::move(label), std::nullopt, std::move(unit), "", target, limit, weight, higher_is_better};
  if (auto it = manifest.dashboard.metrics.find(m.id); it != manifest.dashboard.metrics.end()) {
    m.target = it->second.target.value_or(m.target);
    m.limit = it->second.limit.value_or(m.limit);
    m.weight = it->second.weight.value_or(m.weight);
  }
  return m;
}

std::map<std::string, FlagDebt> flag_debts(const std::vector<Finding>& findings, const manifest::Manifest& manifest,
                                           const std::set<std::string>& referenced, support::Date today) {
  std::map<std::string, FlagDebt> out;
  for (const auto& flag : manifest.flags) {
    if (!manifest::is_settled(flag) || !referenced.contains(flag.key)) continue;
    FlagDebt& d = out[flag.key];
    d.key = flag.key;
    d.owner = flag.owner;
    d.status = manifest::to_string(flag.status);
    d.experiment = flag.experiment;
    d.deadline = manifest::effective_deadline(flag, manifest.cleanup_after_days);
    if (d.deadline && *d.deadline < today) d.days_overdue = days_between(*d.deadline, today);
  }
  for (const auto& f : findings) {
    auto it = out.find(f.flag);
    if (it == out.end()) continue;
    if (f.rule == Rule::StaleFlagReference) ++it->second.references;
    else if (f.rule == Rule::DeadBranch) {
      ++it->second.dead_paths;
      it->second.dead_lines += f.span.end.line - f.span.begin.line + 1;
    } else continue;
    auto& locations = it->second.locations;
    std::pair<std::string, uint32_t> here{f.path, f.span.begin.line};
    if (locations.size() < 50 && std::find(locations.begin(), locations.end(), here) == locations.end()) {
      locations.push_back(std::move(here));
    }
  }
  return out;
}

// A decided experiment whose end (its decision) lies more than stale_after_days back and whose
// flags or retired models are still in the code.
size_t stale_experiments(const manifest::Manifest& manifest, const std::set<std::string>& referenced,
                         const std::set<std::string>& models_referenced, support::Date today) {
  size_t stale = 0;
  for (const auto& exp : manifest.experiments) {
    if (exp.status != ExperimentStatus::Decided && exp.status != ExperimentStatus::Cleanup) continue;
    if (!exp.end || days_between(*exp.end, today) <= manifest.dashboard.stale_after_days) continue;
    bool left = std::any_of(exp.flags.begin(), exp.flags.end(), [&](auto& k) { return referenced.contains(k); });
    for (const auto& model : exp.models) left |= model.retired && models_referenced.contains(exp.id + "/" + model.name);
    stale += left;
  }
  return stale;
}

// Of the settled flags whose deadline has passed: how many were gone from the code by the deadline;
// and for each flag removed, the days from its decision to the removal.
void cleanup_samples(const manifest::Manifest& manifest, const std::set<std::string>& referenced, support::Date today,
                     const KeyHistory* history, MetricSamples& out) {
  for (const auto& flag : manifest.flags) {
    if (!manifest::is_settled(flag)) continue;
    const KeyEvents* events = nullptr;
    if (history) {
      if (auto it = history->find(flag.key); it != history->end()) events = &it->second;
    }
    std::optional<support::Date> removed = referenced.contains(flag.key) || !events ? std::nullopt : events->last_removed;
    if (removed && *removed > today) removed.reset();  // after "today" (--today in the past): not known yet
    if (removed && flag.decided_on) {
      out.cleanup_days.emplace_back(flag.key, static_cast<double>(std::max(0L, days_between(*flag.decided_on, *removed))));
    }
    auto deadline = manifest::effective_deadline(flag, manifest.cleanup_after_days);
    if (!deadline || *deadline >= today) continue;
    ++out.cleanup_due;
    // Gone now and removed by the deadline; without a recorded removal, gone now counts as on time.
    if (!referenced.contains(flag.key) && (!removed || *removed <= *deadline)) ++out.cleanup_on_time;
  }
}

void flag_age_samples(const manifest::Manifest& manifest, const std::set<std::string>& referenced, support::Date today,
                      const KeyHistory* history, MetricSamples& out) {
  for (const auto& flag : manifest.flags) {
    if (!referenced.contains(flag.key) || flag.status == FlagStatus::Permanent) continue;
    std::optional<support::Date> born;
    if (history) {
      if (auto it = history->find(flag.key); it != history->end()) born = it->second.first_seen;
    }
    if (born && *born > today) born.reset();
    if (!born) {  // without history: born when its experiment started (or was decided, if earlier)
      if (const manifest::Experiment* experiment = manifest.experiment_of(flag)) born = experiment->start;
      if (flag.decided_on && (!born || *flag.decided_on < *born)) born = flag.decided_on;
    }
    if (born) out.flag_ages.emplace_back(flag.key, static_cast<double>(std::max(0L, days_between(*born, today))));
  }
}

std::optional<double> median_of(const std::vector<std::pair<std::string, double>>& samples) {
  std::vector<double> values;
  for (const auto& [key, v] : samples) values.push_back(v);
  return median(std::move(values));
}

Metric* card(Metrics& metrics, std::string_view id) {
  for (auto& c : metrics.metrics) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace

bool Metric::met() const {
  if (!value) return true;
  return higher_is_better ? *value >= target : *value <= target;
}

double Metric::penalty() const {
  if (!value || met()) return 0;
  double span = higher_is_better ? target - limit : limit - target;
  double over = higher_is_better ? target - *value : *value - target;
  return span <= 0 ? 1.0 : std::min(1.0, over / span);
}

double debt_score(const std::vector<Metric>& metrics) {
  double weighted = 0, weights = 0;
  for (const auto& m : metrics) {
    if (!m.value) continue;
    weighted += m.weight * m.penalty();
    weights += m.weight;
  }
  return weights > 0 ? std::round(100.0 * weighted / weights) : 0;
}

void rank_debt(Metrics& metrics) {
  auto cost = [](const FlagDebt& d) { return std::tuple(d.days_overdue > 0, d.dead_lines + d.references, d.days_overdue); };
  std::stable_sort(metrics.flags.begin(), metrics.flags.end(), [&](auto& a, auto& b) { return cost(a) > cost(b); });
  std::map<std::string, OwnerDebt> owners;
  for (const auto& d : metrics.flags) {
    OwnerDebt& o = owners[d.owner.empty() ? "(no owner)" : d.owner];
    o.owner = d.owner.empty() ? "(no owner)" : d.owner;
    ++o.flags;
    o.dead_lines += d.dead_lines;
    if (d.days_overdue > 0) {
      ++o.overdue;
      o.overdue_keys.push_back(d.key);
      o.worst_days_overdue = std::max(o.worst_days_overdue, d.days_overdue);
    }
  }
  metrics.owners.clear();
  for (auto& [name, o] : owners) metrics.owners.push_back(std::move(o));
  std::stable_sort(metrics.owners.begin(), metrics.owners.end(), [](auto& a, auto& b) {
    return std::tie(a.overdue, a.worst_days_overdue, a.dead_lines) > std::tie(b.overdue, b.worst_days_overdue, b.dead_lines);
  });
}

void rates_from_samples(Metrics& metrics) {
  const MetricSamples& s = metrics.samples;
  std::string left_out = s.results_without ? fmt::format("; {} result{} without samples left out", s.results_without,
                                                         s.results_without == 1 ? "" : "s") : "";
  if (Metric* c = card(metrics, "cleanup_rate")) {
    c->value = s.cleanup_due ? std::optional(100.0 * static_cast<double>(s.cleanup_on_time) / static_cast<double>(s.cleanup_due))
                             : std::nullopt;
    c->detail = (s.cleanup_due ? fmt::format("{} of {} due flags cleaned by their deadline", s.cleanup_on_time, s.cleanup_due)
                               : std::string("no flag's deadline has passed")) + left_out;
  }
  if (Metric* c = card(metrics, "median_days_to_cleanup")) {
    c->value = median_of(s.cleanup_days);
    std::string detail = !metrics.history_used     ? "needs git history"
                         : s.cleanup_days.empty() ? "no decided flag's removal found in git history"
                                                  : fmt::format("decision to last reference removed, {} flag{} (git history)",
                                                                s.cleanup_days.size(), s.cleanup_days.size() == 1 ? "" : "s");
    c->detail = detail + left_out;
  }
  if (Metric* c = card(metrics, "median_flag_age_days")) {
    c->value = median_of(s.flag_ages);
    c->detail = "flags still in code, since first reference (else experiment start or decision)" + left_out;
  }
}

void merge_metrics(Metrics& total, Metrics one, const std::string& repository) {
  total.repositories += one.repositories;  // a merged result counts its repositories
  for (const auto& c : one.metrics) {
    Metric* have = card(total, c.id);
    if (!have) {
      total.metrics.push_back(c);  // the first result naming a metric sets its target, limit and weight
      total.metrics.back().value.reset();
      have = &total.metrics.back();
    }
    if (c.id == "cleanup_rate" || c.id.starts_with("median_")) continue;  // from the pooled samples
    if (c.value) have->value = have->value.value_or(0) + *c.value;
  }
  if (one.samples.present) {
    MetricSamples& s = total.samples;
    s.cleanup_due += one.samples.cleanup_due;
    s.cleanup_on_time += one.samples.cleanup_on_time;
    for (auto& [key, days] : one.samples.cleanup_days) s.cleanup_days.emplace_back(repository + "/" + key, days);
    for (auto& [key, days] : one.samples.flag_ages) s.flag_ages.emplace_back(repository + "/" + key, days);
  } else {
    ++total.samples.results_without;
  }
  for (auto& flag : one.flags) {
    for (auto& [path, line] : flag.locations) path = repository + "/" + path;
    total.flags.push_back(std::move(flag));
  }
  for (const auto& [rule, n] : one.rule_counts) total.rule_counts[rule] += n;
  total.as_of = std::max(total.as_of, one.as_of);
  total.history_used |= one.history_used;
}

void finish_merge(Metrics& total) {
  rates_from_samples(total);
  if (Metric* c = card(total, "dead_code_paths")) {
    size_t lines = 0;
    for (const auto& f : total.flags) lines += f.dead_lines;
    c->detail = fmt::format("{} line{}", lines, lines == 1 ? "" : "s");
  }
  total.debt_score = debt_score(total.metrics);
  rank_debt(total);
}

Metrics compute_metrics(const std::vector<Finding>& findings, const manifest::Manifest& manifest,
                        const std::vector<std::string>& referenced_keys, support::Date today, const KeyHistory* history) {
  std::set<std::string> referenced(referenced_keys.begin(), referenced_keys.end());
  Metrics out;
  out.as_of = manifest::to_string(today);
  out.history_used = history != nullptr;
  std::set<std::string> models;
  size_t dead = 0, dead_lines = 0;
  for (const auto& f : findings) {
    ++out.rule_counts[std::string(rule_info(f.rule).id)];
    if (f.rule == Rule::RetiredModelReference) models.insert(f.subject);
    if (f.rule == Rule::DeadBranch) {
      ++dead;
      dead_lines += f.span.end.line - f.span.begin.line + 1;
    }
  }
  auto debts = flag_debts(findings, manifest, referenced, today);
  for (auto& [key, d] : debts) out.flags.push_back(std::move(d));
  rank_debt(out);

  auto active = std::count_if(manifest.flags.begin(), manifest.flags.end(),
                              [](auto& f) { return f.status == FlagStatus::Active; });
  cleanup_samples(manifest, referenced, today, history, out.samples);
  flag_age_samples(manifest, referenced, today, history, out.samples);
  auto& m = out.metrics;
  m.push_back(make(manifest, "active_flags", "Active flags", "", 10, 30, 1));
  m.back().value = static_cast<double>(active);
  m.push_back(make(manifest, "decided_still_referenced", "Decided, still in code", "", 0, 10, 2));
  m.back().value = static_cast<double>(out.flags.size());
  m.push_back(make(manifest, "stale_experiments", "Stale experiments", "", 0, 5, 2));
  m.back().value = static_cast<double>(stale_experiments(manifest, referenced, models, today));
  m.back().detail = fmt::format("decided > {} days ago, not cleaned up", manifest.dashboard.stale_after_days);
  m.push_back(make(manifest, "dead_code_paths", "Dead code paths", "", 0, 20, 1));
  m.back().value = static_cast<double>(dead);
  m.back().detail = fmt::format("{} line{}", dead_lines, dead_lines == 1 ? "" : "s");
  m.push_back(make(manifest, "retired_models_referenced", "Retired models still referenced", "", 0, 5, 1));
  m.back().value = static_cast<double>(models.size());
  m.push_back(make(manifest, "cleanup_rate", "Cleanup rate", "%", 90, 0, 2, true));
  m.push_back(make(manifest, "median_days_to_cleanup", "Median time to cleanup", "days", 14, 90, 1));
  m.push_back(make(manifest, "median_flag_age_days", "Median flag age", "days", 90, 365, 1));
  rates_from_samples(out);
  out.debt_score = debt_score(out.metrics);
  return out;
}

}  // namespace flagdebt::findings
