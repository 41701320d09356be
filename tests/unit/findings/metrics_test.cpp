#include <doctest/doctest.h>

#include "findings/finding.h"
#include "manifest/manifest.h"

using namespace flagdebt;

namespace {
support::Date day(int y, unsigned m, unsigned d) { return support::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
}  // namespace

TEST_CASE("metric penalty and debt score follow docs/dashboard.md") {
  findings::Metric low{"active_flags", "", 20.0, "", "", 10, 30, 1, false};
  CHECK(low.penalty() == doctest::Approx(0.5));
  findings::Metric high{"cleanup_rate", "", 45.0, "%", "", 90, 0, 2, true};
  CHECK(high.penalty() == doctest::Approx(0.5));
  findings::Metric none{"x", "", std::nullopt, "", "", 0, 5, 10, false};
  CHECK(findings::debt_score({low, high, none}) == 50);
  low.value = 5;
  CHECK(findings::debt_score({low, high}) == 33);  // 100 * (2*0.5) / 3
}

TEST_CASE("compute_metrics: cleanup rate from history, stale experiments, dashboard overrides") {
  auto manifest = manifest::parse_manifest(R"(version: 1
dashboard:
  metrics:
    active_flags: {target: 0, limit: 1}
flags:
  - {key: gone_early, status: decided, value: true, decided_on: 2025-01-01, owner: a}
  - {key: gone_late, status: decided, value: true, decided_on: 2025-01-01, owner: a}
  - {key: still_here, status: decided, value: true, decided_on: 2025-01-01, owner: b, experiment: e}
  - {key: live, status: active}
experiments:
  - {id: e, status: decided, end: 2025-01-01, flags: [still_here]}
)", "m.yaml");
  REQUIRE(manifest);
  findings::KeyHistory history{{"gone_early", {day(2024, 6, 1), day(2025, 1, 10)}},
                               {"gone_late", {day(2024, 6, 1), day(2025, 3, 1)}}};
  auto m = findings::compute_metrics({}, *manifest, {"still_here", "live"}, day(2026, 1, 1), &history);
  auto value = [&](const std::string& id) {
    for (const auto& c : m.metrics) if (c.id == id) return c.value;
    return std::optional<double>();
  };
  CHECK(*value("cleanup_rate") == doctest::Approx(100.0 / 3));   // only gone_early by its deadline (01-15)
  CHECK(*value("median_days_to_cleanup") == doctest::Approx((9 + 59) / 2.0));
  CHECK(*value("stale_experiments") == 1);
  CHECK(*value("decided_still_referenced") == 1);
  CHECK(*value("active_flags") == 1);
  REQUIRE(m.owners.size() == 1);
  CHECK(m.owners[0].owner == "b");
  CHECK(m.owners[0].overdue == 1);
  CHECK(m.debt_score > 0);
}

TEST_CASE("compute_metrics: flag age without history, and history after today ignored") {
  auto manifest = manifest::parse_manifest(R"(version: 1
flags:
  - {key: live, status: active, experiment: e}
  - {key: done, status: decided, value: true, decided_on: 2025-10-01, experiment: e2}
  - {key: gone, status: removed, value: true, decided_on: 2025-01-01, cleanup_deadline: 2025-02-01}
experiments:
  - {id: e, status: running, start: 2025-07-01, flags: [live]}
  - {id: e2, status: decided, start: 2025-12-01, flags: [done], end: 2025-10-01}
)", "m.yaml");
  REQUIRE(manifest);
  // Commits dated after "today" (a demo scanned with --today in the past) are not known yet.
  findings::KeyHistory history{{"live", {day(2026, 6, 1), std::nullopt}}, {"gone", {day(2024, 1, 1), day(2026, 3, 1)}}};
  auto m = findings::compute_metrics({}, *manifest, {"live", "done"}, day(2026, 1, 1), &history);
  auto value = [&](const std::string& id) {
    for (const auto& c : m.metrics) if (c.id == id) return c.value;
    return std::optional<double>();
  };
  // live: its experiment's start (184 days); done: decided before its experiment's start (92 days).
  CHECK(*value("median_flag_age_days") == doctest::Approx((184 + 92) / 2.0));
  CHECK_FALSE(value("median_days_to_cleanup"));   // the removal lies after today
  CHECK(*value("cleanup_rate") == 50);  // gone: on time (no removal known by today); done: late
}
