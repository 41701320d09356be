// flagdebt report over many results: rates and medians come from the pooled samples carried in the
// JSON, so a small repository weighs as many flags as it has, not as much as a large one.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>

#include "findings/metrics.h"
#include "manifest/manifest.h"
#include "report/reporter.h"

using namespace flagdebt;

namespace {

support::Date day(int y, unsigned m, unsigned d) { return support::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

// `n` decided flags f0..f(n-1), decided 2025-01-01, deadline 2025-01-15, all gone from the code now;
// history says flag i was removed `removed_after[i]` days after the decision.
findings::Metrics repository(const std::vector<int>& removed_after) {
  std::string yaml = "version: 1\nflags:\n";
  findings::KeyHistory history;
  for (size_t i = 0; i < removed_after.size(); ++i) {
    yaml += fmt::format("  - {{key: f{}, status: decided, value: true, decided_on: 2025-01-01, cleanup_deadline: 2025-01-15}}\n", i);
    auto removed = std::chrono::sys_days{day(2025, 1, 1)} + std::chrono::days{removed_after[i]};
    history[fmt::format("f{}", i)] = {day(2024, 6, 1), support::Date{removed}};
  }
  auto manifest = manifest::parse_manifest(yaml, "m.yaml");
  REQUIRE(manifest);
  return findings::compute_metrics({}, *manifest, {}, day(2026, 1, 1), &history);
}

// Through the JSON result, as `flagdebt report` reads it.
findings::Metrics round_trip(const findings::Metrics& metrics) {
  findings::Report report;
  report.metrics = metrics;
  std::ostringstream json;
  report::write_report(report::Format::Json, report, {}, json);
  std::string error;
  auto back = report::read_metrics_json(json.str(), "r.json", &error);
  CHECK(error.empty());
  return back;
}

// What `flagdebt report` does with its results, in order.
findings::Metrics merged(std::vector<std::pair<std::string, findings::Metrics>> results) {
  findings::Metrics total;
  total.repositories = 0;
  for (auto& [name, metrics] : results) findings::merge_metrics(total, std::move(metrics), name);
  findings::finish_merge(total);
  return total;
}

std::optional<double> value(const findings::Metrics& m, const std::string& id) {
  for (const auto& c : m.metrics) {
    if (c.id == id) return c.value;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("report merge: cleanup rate and median time to cleanup are weighted by flags") {
  auto small = repository({100});              // 1 flag, late: 0 %, median 100 days
  auto large = repository({2, 4, 6, 8, 10, 12, 14, 30, 40});  // 9 flags, 7 on time: 77.8 %, median 10
  CHECK(*value(small, "cleanup_rate") == 0);
  CHECK(*value(large, "cleanup_rate") == doctest::Approx(700.0 / 9));
  CHECK(*value(small, "median_days_to_cleanup") == 100);
  CHECK(*value(large, "median_days_to_cleanup") == 10);

  auto total = merged({{"small", round_trip(small)}, {"large", round_trip(large)}});
  CHECK(total.repositories == 2);
  CHECK(total.samples.cleanup_due == 10);
  CHECK(total.samples.cleanup_on_time == 7);
  // 7 of 10 flags, not the mean of 0 % and 77.8 % (38.9 %).
  CHECK(*value(total, "cleanup_rate") == doctest::Approx(70.0));
  // The median of all ten durations (10 and 12 -> 11), not the mean of the medians (55).
  CHECK(*value(total, "median_days_to_cleanup") == doctest::Approx(11.0));
  REQUIRE(total.samples.cleanup_days.size() == 10);
  CHECK(total.samples.cleanup_days.front().first == "small/f0");

  // A merged result merges again without losing its weight (an org-wide roll-up of team roll-ups).
  auto again = merged({{"org", round_trip(total)}, {"small2", round_trip(small)}});
  CHECK(again.repositories == 3);
  CHECK(*value(again, "cleanup_rate") == doctest::Approx(700.0 / 11));
}

TEST_CASE("report merge: a result without samples is left out of the rates and said so") {
  auto large = repository({2, 4, 6});
  std::string error;
  auto old = report::read_metrics_json(
      R"({"metrics": {"cards": [{"id": "cleanup_rate", "value": 0, "target": 90, "higherIsBetter": true},
                                {"id": "active_flags", "value": 4}]}})", "old.json", &error);
  REQUIRE(error.empty());
  CHECK_FALSE(old.samples.present);
  auto total = merged({{"old", old}, {"large", round_trip(large)}});
  CHECK(*value(total, "cleanup_rate") == 100);
  CHECK(*value(total, "active_flags") == 4);
  for (const auto& c : total.metrics) {
    if (c.id == "cleanup_rate") CHECK(c.detail.find("1 result without samples left out") != std::string::npos);
  }
}

TEST_CASE("JSON result: trend points keep every metric, references, dead lines and the commit") {
  findings::Metrics m;
  findings::TrendPoint p{"2025-10-01", 31, 2, 4, "165adcf1c06b"};
  p.values = {{"cleanup_rate", 60}, {"dead_code_paths", 6}};
  p.references = 7;
  p.dead_lines = 12;
  m.trend.push_back(p);
  auto back = round_trip(m);
  REQUIRE(back.trend.size() == 1);
  CHECK(back.trend[0].commit == "165adcf1c06b");
  CHECK(back.trend[0].values == p.values);
  CHECK(back.trend[0].references == 7);
  CHECK(back.trend[0].dead_lines == 12);
  CHECK(back.trend[0].decided_still_referenced == 4);
}
