// Every manifest's dashboard: section counts (docs/dashboard.md "Several manifests"): settings merge,
// and one setting with two different values is an error naming both places.
#include <doctest/doctest.h>

#include "../temp_dir.h"
#include "manifest/manifest.h"

using namespace flagdebt;

namespace {
support::Date day(int y, unsigned m, unsigned d) { return support::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }
}  // namespace

TEST_CASE("load_manifests: dashboard sections of all manifests merge") {
  testing::TempDir dir;
  dir.write("team-a.yaml", "version: 1\ndashboard:\n  stale_after_days: 21\n  metrics:\n    active_flags: {target: 20}\n");
  dir.write("team-b.yaml", "version: 1\ndashboard:\n  metrics:\n    active_flags: {target: 20, limit: 60}\n"
                           "    cleanup_rate: {weight: 3}\n");
  auto m = manifest::load_manifests({(dir.path / "team-a.yaml").string(), (dir.path / "team-b.yaml").string()}, day(2026, 1, 1));
  REQUIRE(m);
  CHECK(m->dashboard.stale_after_days == 21);
  CHECK(*m->dashboard.metrics.at("active_flags").target == 20);
  CHECK(*m->dashboard.metrics.at("active_flags").limit == 60);
  CHECK(*m->dashboard.metrics.at("cleanup_rate").weight == 3);
}

TEST_CASE("load_manifests: a dashboard setting two manifests disagree on is an error at file:line") {
  testing::TempDir dir;
  dir.write("a.yaml", "version: 1\ndashboard:\n  metrics:\n    active_flags: {target: 20}\n");
  dir.write("b.yaml", "version: 1\nflags: []\ndashboard:\n  metrics:\n    active_flags: {target: 5}\n");
  std::string a = (dir.path / "a.yaml").string(), b = (dir.path / "b.yaml").string();
  auto m = manifest::load_manifests({a, b}, day(2026, 1, 1));
  REQUIRE_FALSE(m);
  CHECK(m.error().file.ends_with("b.yaml"));
  CHECK(m.error().line == 5);
  CHECK(m.error().message.find("active_flags.target is 5 here but 20 at ") != std::string::npos);
  CHECK(m.error().message.find("a.yaml:4") != std::string::npos);

  dir.write("c.yaml", "version: 1\ndashboard:\n  stale_after_days: 30\n");
  dir.write("d.yaml", "version: 1\ndashboard:\n  stale_after_days: 14\n");
  auto stale = manifest::load_manifests({(dir.path / "c.yaml").string(), (dir.path / "d.yaml").string()}, day(2026, 1, 1));
  REQUIRE_FALSE(stale);
  CHECK(stale.error().message.find("stale_after_days is 14 here but 30 at ") != std::string::npos);
}
