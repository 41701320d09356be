// The dashboard's numbers as JSON (docs/json-format.md "metrics"): written by `--format json`, read
// back by `flagdebt report` to merge many repositories' results.
#include "report/formats.h"
#include "report/reporter.h"
#include "support/text.h"

namespace flagdebt::report {

nlohmann::json metrics_json(const findings::Metrics& m) {
  nlohmann::json cards = nlohmann::json::array();
  for (const auto& c : m.metrics) {
    cards.push_back({{"id", c.id}, {"label", c.label}, {"value", c.value ? nlohmann::json(*c.value) : nlohmann::json()},
                     {"unit", c.unit}, {"detail", c.detail}, {"target", c.target}, {"limit", c.limit},
                     {"weight", c.weight}, {"higherIsBetter", c.higher_is_better}, {"met", c.met()}});
  }
  nlohmann::json flags = nlohmann::json::array();
  for (const auto& f : m.flags) {
    nlohmann::json locations = nlohmann::json::array();
    for (const auto& [path, line] : f.locations) locations.push_back({{"path", support::valid_utf8(path)}, {"line", line}});
    flags.push_back({{"key", f.key}, {"owner", f.owner}, {"status", f.status}, {"experiment", f.experiment},
                     {"deadline", f.deadline ? manifest::to_string(*f.deadline) : ""}, {"daysOverdue", f.days_overdue},
                     {"references", f.references}, {"deadPaths", f.dead_paths}, {"deadLines", f.dead_lines},
                     {"locations", std::move(locations)}});
  }
  nlohmann::json trend = nlohmann::json::array();
  for (const auto& p : m.trend) {
    trend.push_back({{"date", p.date}, {"debtScore", p.debt_score}, {"activeFlags", p.active_flags},
                     {"decidedStillReferenced", p.decided_still_referenced}, {"commit", p.commit},
                     {"metrics", p.values}, {"references", p.references}, {"deadLines", p.dead_lines}});
  }
  auto keyed = [](const std::vector<std::pair<std::string, double>>& samples) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [key, days] : samples) out.push_back({{"key", support::valid_utf8(key)}, {"days", days}});
    return out;
  };
  nlohmann::json samples = {{"cleanupDue", m.samples.cleanup_due}, {"cleanupOnTime", m.samples.cleanup_on_time},
                            {"cleanupDays", keyed(m.samples.cleanup_days)}, {"flagAgeDays", keyed(m.samples.flag_ages)},
                            {"repositories", m.repositories}};
  if (m.samples.results_without) samples["resultsWithoutSamples"] = m.samples.results_without;
  return {{"asOf", m.as_of}, {"debtScore", m.debt_score}, {"cards", std::move(cards)}, {"flags", std::move(flags)},
          {"ruleCounts", m.rule_counts}, {"historyUsed", m.history_used}, {"trend", std::move(trend)},
          {"samples", std::move(samples)}};
}

namespace {
// A number field, or `fallback` when absent, null or not a number: a result file is input, not trusted.
template <typename T>
T num(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<T>() : fallback;
}
}  // namespace

findings::Metrics metrics_from_json(const nlohmann::json& j) {
  findings::Metrics m;
  m.as_of = j.value("asOf", "");
  m.debt_score = num(j, "debtScore", 0.0);
  m.history_used = j.value("historyUsed", false);
  for (const auto& c : j.value("cards", nlohmann::json::array())) {
    findings::Metric card{c.value("id", ""), c.value("label", ""), std::nullopt, c.value("unit", ""),
                          c.value("detail", ""), num(c, "target", 0.0), num(c, "limit", 0.0), num(c, "weight", 1.0),
                          c.value("higherIsBetter", false)};
    if (c.contains("value") && c["value"].is_number()) card.value = c["value"].get<double>();
    m.metrics.push_back(std::move(card));
  }
  for (const auto& f : j.value("flags", nlohmann::json::array())) {
    findings::FlagDebt d;
    d.key = f.value("key", "");
    d.owner = f.value("owner", "");
    d.status = f.value("status", "");
    d.experiment = f.value("experiment", "");
    if (auto date = support::parse_date(f.value("deadline", ""))) d.deadline = *date;
    d.days_overdue = num(f, "daysOverdue", 0L);
    d.references = num(f, "references", size_t{0});
    d.dead_paths = num(f, "deadPaths", size_t{0});
    d.dead_lines = num(f, "deadLines", size_t{0});
    for (const auto& l : f.value("locations", nlohmann::json::array())) d.locations.emplace_back(l.value("path", ""), num(l, "line", 0u));
    m.flags.push_back(std::move(d));
  }
  const nlohmann::json counts = j.value("ruleCounts", nlohmann::json::object());  // named: items() refers into it
  for (const auto& [rule, n] : counts.items()) {
    if (n.is_number_unsigned()) m.rule_counts[rule] = n.get<size_t>();
  }
  for (const auto& p : j.value("trend", nlohmann::json::array())) {
    findings::TrendPoint point{p.value("date", ""), num(p, "debtScore", 0.0), num(p, "activeFlags", 0.0),
                               num(p, "decidedStillReferenced", 0.0), p.value("commit", "")};
    const nlohmann::json values = p.value("metrics", nlohmann::json::object());  // named: items() refers into it
    for (const auto& [id, v] : values.items()) {
      if (values.is_object() && v.is_number()) point.values[id] = v.get<double>();
    }
    point.references = num(p, "references", size_t{0});
    point.dead_lines = num(p, "deadLines", size_t{0});
    m.trend.push_back(std::move(point));
  }
  // The samples behind the rates (a result from before they were written has none).
  const nlohmann::json samples = j.value("samples", nlohmann::json());
  m.samples.present = samples.is_object();
  if (m.samples.present) {
    m.samples.cleanup_due = num(samples, "cleanupDue", size_t{0});
    m.samples.cleanup_on_time = std::min(m.samples.cleanup_due, num(samples, "cleanupOnTime", size_t{0}));
    auto keyed = [&](const char* name, std::vector<std::pair<std::string, double>>& out) {
      for (const auto& s : samples.value(name, nlohmann::json::array())) {
        if (s.is_object() && s.contains("days") && s["days"].is_number()) out.emplace_back(s.value("key", ""), s["days"].get<double>());
      }
    };
    keyed("cleanupDays", m.samples.cleanup_days);
    keyed("flagAgeDays", m.samples.flag_ages);
    m.samples.results_without = num(samples, "resultsWithoutSamples", size_t{0});
    m.repositories = std::max(size_t{1}, num(samples, "repositories", size_t{1}));
  }
  findings::rank_debt(m);
  return m;
}

findings::Metrics read_metrics_json(std::string_view json_text, const std::string& path, std::string* error) {
  try {
    auto doc = nlohmann::json::parse(json_text);
    if (!doc.is_object() || !doc.contains("metrics") || !doc["metrics"].is_object()) {
      *error = path + ": not a flagdebt JSON result with metrics (run `flagdebt scan --format json`)";
      return {};
    }
    return metrics_from_json(doc["metrics"]);
  } catch (const nlohmann::json::exception& e) {  // a library throw stops here, as a value
    *error = path + ": " + e.what();
    return {};
  }
}

}  // namespace flagdebt::report
