// Importers (flagd, Unleash, LaunchDarkly, GitLab), format detection and overlay_manifest.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "manifest/importers/importers.h"
#include "manifest/importers/json_document.h"

namespace {

using namespace flagdebt::manifest;
using flagdebt::model::Value;
using std::chrono::year;

std::string fixture_path(const std::string& relative) {
  return std::string(FLAGDEBT_SOURCE_DIR) + "/fixtures/importers/" + relative;
}

std::string read_fixture(const std::string& relative) {
  std::ifstream in(fixture_path(relative), std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << relative);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The 1-based line of the first occurrence of `needle`, as the tests' own oracle for `where`.
uint32_t line_of(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  REQUIRE_MESSAGE(at != std::string::npos, "no " << needle);
  return 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

const Flag& flag(const Manifest& manifest, const std::string& key) {
  for (const Flag& f : manifest.flags) {
    if (f.key == key) return f;
  }
  FAIL("no flag " << key);
  throw std::logic_error("unreachable");
}

std::string extra(const Flag& f, const std::string& key) {
  auto it = f.extra.find(key);
  return it == f.extra.end() ? "<absent>" : it->second;
}

constexpr Date kToday = year{2025} / 3 / 1;

}  // namespace

// ---------------------------------------------------------------------------------------------- detection

TEST_CASE("detect_manifest_format recognises every fixture from its content") {
  CHECK(detect_manifest_format(read_fixture("flagd.json")) == ManifestFormat::Flagd);
  CHECK(detect_manifest_format(read_fixture("unleash-export.json")) == ManifestFormat::Unleash);
  CHECK(detect_manifest_format(read_fixture("launchdarkly-flags.json")) == ManifestFormat::LaunchDarkly);
  CHECK(detect_manifest_format(read_fixture("gitlab/config/feature_flags/development/ci_pipeline_editor_v2.yml")) ==
        ManifestFormat::GitLab);
  CHECK(detect_manifest_format(read_fixture("gitlab/config/feature_flags/ops/throttle_archive_downloads.yml")) ==
        ManifestFormat::GitLab);
}

TEST_CASE("detect_manifest_format: native YAML, in YAML or JSON spelling") {
  CHECK(detect_manifest_format("version: 1\nflags:\n  - key: a\n    status: active\n") == ManifestFormat::Native);
  CHECK(detect_manifest_format("version: 1\nexperiments: []\n") == ManifestFormat::Native);
  CHECK(detect_manifest_format(R"({"version": 1, "flags": [{"key": "a", "status": "active"}]})") == ManifestFormat::Native);
}

TEST_CASE("detect_manifest_format: variants of each format") {
  SUBCASE("flagd flags array, no $schema") {
    CHECK(detect_manifest_format(R"({"flags": [{"key": "a", "state": "ENABLED", "variants": {"on": true}, "defaultVariant": "on"}]})") ==
          ManifestFormat::Flagd);
  }
  SUBCASE("flagd with $evaluators beside the flags") {
    CHECK(detect_manifest_format(R"({"$evaluators": {"x": {}}, "flags": {"a": {"state": "DISABLED", "variants": {}, "defaultVariant": null}}})") ==
          ManifestFormat::Flagd);
  }
  SUBCASE("flagd $schema alone with an empty flag set") {
    CHECK(detect_manifest_format(R"({"$schema": "https://flagd.dev/schema/v0/flags.json", "flags": {}})") == ManifestFormat::Flagd);
  }
  SUBCASE("Unleash import body wraps the export in data") {
    CHECK(detect_manifest_format(R"({"project": "default", "environment": "production", "data": {"features": [{"name": "a"}], "featureStrategies": []}})") ==
          ManifestFormat::Unleash);
  }
  SUBCASE("LaunchDarkly single flag object") {
    CHECK(detect_manifest_format(R"({"key": "a", "variations": [{"value": true}], "environments": {}})") == ManifestFormat::LaunchDarkly);
  }
  SUBCASE("LaunchDarkly items without variations but with _maintainer") {
    CHECK(detect_manifest_format(R"({"items": [{"key": "a", "_maintainer": {"email": "x@y"}}]})") == ManifestFormat::LaunchDarkly);
  }
}

TEST_CASE("detect_manifest_format: unknown and hostile input") {
  CHECK(detect_manifest_format("") == ManifestFormat::Unknown);
  CHECK(detect_manifest_format("{}") == ManifestFormat::Unknown);
  CHECK(detect_manifest_format(R"({"items": [{"id": 3}]})") == ManifestFormat::Unknown);
  CHECK(detect_manifest_format(R"({"flags": {"a": {"enabled": true}}})") == ManifestFormat::Unknown);
  CHECK(detect_manifest_format("just: [a, yaml, map]\n") == ManifestFormat::Unknown);
  CHECK(detect_manifest_format("key: [unclosed\n") == ManifestFormat::Unknown);
  CHECK(detect_manifest_format(std::string("\x00\xff\xfe binary", 10)) == ManifestFormat::Unknown);
  CHECK(detect_manifest_format(std::string(100000, '[')) == ManifestFormat::Unknown);
  // flagd also reads YAML flag files; the importer only takes JSON, so they are not claimed.
  CHECK(detect_manifest_format("flags:\n  a:\n    state: ENABLED\n    variants: {on: true}\n    defaultVariant: 'on'\n") ==
        ManifestFormat::Unknown);
}

// ---------------------------------------------------------------------------------------------- positions

TEST_CASE("JsonPositions finds keys and elements by JSON Pointer, escapes included") {
  const std::string text = "{\n  \"a/b\": [1,\n    {\"k\\\"q\": 2}],\n  \"t~\": \"x\"\n}";
  auto positions = importers::JsonPositions::index(text);
  CHECK(positions.at("/a~1b").line == 2);
  CHECK(positions.at("/a~1b").column == 3);
  CHECK(positions.at("/a~1b/1").line == 3);
  CHECK(positions.at("/a~1b/1/k\"q").line == 3);
  CHECK(positions.at("/a~1b/1/k\"q").column == 6);
  CHECK(positions.at("/t~0").line == 4);
  CHECK(positions.at("/t~0/missing/deeper").line == 4);  // closest recorded ancestor
  CHECK(positions.at("/nowhere").line == 1);
  CHECK(importers::pointer_token("a/b~c") == "/a~1b~0c");
  auto wide = importers::JsonPositions::index("{\"é\": {\"k\": 1}}");  // columns count code points
  CHECK(wide.at("/é/k").column == 8);
}

// ---------------------------------------------------------------------------------------------- flagd

TEST_CASE("import_flagd maps the fixture") {
  const std::string text = read_fixture("flagd.json");
  auto manifest = import_flagd(text, "flagd.json");
  REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
  REQUIRE(manifest->flags.size() == 6);
  CHECK(manifest->sources == std::vector<std::string>{"flagd.json"});
  CHECK(manifest->flags.front().key == "new-checkout");  // file order, not nlohmann's key order
  CHECK(manifest->flags.back().key == "theme-config");

  const Flag& checkout = flag(*manifest, "new-checkout");
  CHECK(checkout.status == FlagStatus::Decided);
  CHECK(checkout.value == Value{true});
  CHECK(checkout.where.file == "flagd.json");
  CHECK(checkout.where.line == line_of(text, "\"new-checkout\""));
  CHECK(checkout.where.column == 5);

  const Flag& color = flag(*manifest, "header-color");  // empty targeting {} counts as none
  CHECK(color.status == FlagStatus::Decided);
  CHECK(color.value == Value{std::string("#5050c0")});

  CHECK(flag(*manifest, "max-cart-items").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "max-cart-items").value == Value{50.0});

  const Flag& search = flag(*manifest, "legacy-search");
  CHECK(search.status == FlagStatus::Removed);
  CHECK_FALSE(search.value.has_value());

  CHECK(flag(*manifest, "beta-dashboard").status == FlagStatus::Active);
  CHECK_FALSE(flag(*manifest, "beta-dashboard").value.has_value());
  CHECK(flag(*manifest, "theme-config").status == FlagStatus::Active);  // object variant: no model Value
  CHECK(flag(*manifest, "beta-dashboard").where.line == line_of(text, "\"beta-dashboard\""));
}

TEST_CASE("import_flagd: flags array form and missing default variant") {
  const std::string text = R"({
  "flags": [
    {"key": "a", "state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "off"},
    {"key": "b", "state": "ENABLED", "variants": {"on": true}}
  ]
})";
  auto manifest = import_flagd(text, "f.json");
  REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
  CHECK(flag(*manifest, "a").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "a").value == Value{false});
  CHECK(flag(*manifest, "a").where.line == 3);
  CHECK(flag(*manifest, "b").status == FlagStatus::Removed);  // no default, no targeting: the code's default
  CHECK(flag(*manifest, "b").where.line == 4);
}

TEST_CASE("import_flagd errors carry file:line") {
  SUBCASE("malformed JSON") {
    auto result = import_flagd("{\n  \"flags\": {\n    \"a\": {\"state\": \"ENABLED\",}\n  }\n}", "bad.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().file == "bad.json");
    CHECK(result.error().line == 3);
    CHECK(result.error().column == 30);
    CHECK(result.error().message.find("malformed JSON") == 0);
    CHECK(result.error().to_string().find("bad.json:3:30: malformed JSON: syntax error") == 0);
  }
  SUBCASE("unknown state") {
    auto result = import_flagd("{\"flags\": {\n\"a\": {\n\"state\": \"ON\", \"variants\": {}}}}", "f.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().message.find("state 'ON'") != std::string::npos);
  }
  SUBCASE("default variant not among the variants") {
    auto result = import_flagd("{\"flags\": {\"a\": {\"state\": \"ENABLED\",\n \"variants\": {\"on\": true},\n \"defaultVariant\": \"of\"}}}", "f.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
  }
  SUBCASE("no flags") {
    auto result = import_flagd("{\"flag\": {}}", "f.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("\"flags\"") != std::string::npos);
  }
  SUBCASE("array entry without key") {
    auto result = import_flagd("{\"flags\": [\n{\"state\": \"ENABLED\"}]}", "f.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 2);
  }
  SUBCASE("duplicate key in the array form") {
    auto result = import_flagd("{\"flags\": [\n{\"key\": \"a\", \"state\": \"DISABLED\"},\n{\"key\": \"a\", \"state\": \"DISABLED\"}]}", "f.json");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().message.find("duplicate flag key 'a' (first defined at line 2)") != std::string::npos);
  }
  SUBCASE("invalid UTF-8 and deep nesting end in a Diag, not an exception") {
    CHECK_FALSE(import_flagd("{\"flags\": {\"\xff\": 1}}", "f.json").has_value());
    CHECK_FALSE(import_flagd(std::string(100000, '['), "f.json").has_value());
    CHECK_FALSE(import_flagd("", "f.json").has_value());
  }
}

// ---------------------------------------------------------------------------------------------- Unleash

TEST_CASE("import_unleash maps the fixture") {
  const std::string text = read_fixture("unleash-export.json");
  auto manifest = import_unleash(text, "unleash-export.json", kToday);
  REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
  REQUIRE(manifest->flags.size() == 11);

  SUBCASE("stale, production at flexibleRollout 100 -> decided true") {
    const Flag& f = flag(*manifest, "checkout-v2");
    CHECK(f.status == FlagStatus::Decided);
    CHECK(f.value == Value{true});
    CHECK_FALSE(f.decided_on.has_value());
    CHECK(extra(f, "created_at") == "2024-09-02T08:15:00.000Z");
    CHECK(extra(f, "type") == "release");
    CHECK(extra(f, "project") == "storefront");
    CHECK(f.where.file == "unleash-export.json");
    CHECK(f.where.line == line_of(text, "\"name\": \"checkout-v2\""));
  }
  SUBCASE("archived -> removed, decided on archivedAt") {
    const Flag& f = flag(*manifest, "old-banner");
    CHECK(f.status == FlagStatus::Removed);
    CHECK_FALSE(f.value.has_value());
    CHECK(f.decided_on == Date{year{2024} / 11 / 2});
  }
  SUBCASE("lifecycle completed, production disabled -> decided false on enteredStageAt") {
    const Flag& f = flag(*manifest, "dark-mode");
    CHECK(f.status == FlagStatus::Decided);
    CHECK(f.value == Value{false});
    CHECK(f.decided_on == Date{year{2025} / 1 / 10});
    CHECK(extra(f, "lifecycle") == "completed");
  }
  SUBCASE("stale but a 50% rollout -> active, stale kept") {
    const Flag& f = flag(*manifest, "search-ranking");
    CHECK(f.status == FlagStatus::Active);
    CHECK(extra(f, "stale") == "true");
  }
  SUBCASE("kill-switch, operational, permission -> permanent") {
    CHECK(flag(*manifest, "payments-kill-switch").status == FlagStatus::Permanent);
    CHECK(flag(*manifest, "ops-rate-limit").status == FlagStatus::Permanent);
    CHECK(flag(*manifest, "premium-export").status == FlagStatus::Permanent);
    CHECK(extra(flag(*manifest, "payments-kill-switch"), "type") == "kill-switch");
    CHECK(extra(flag(*manifest, "ops-rate-limit"), "potentially_stale") == "<absent>");
  }
  SUBCASE("not stale -> active; older than its type's lifetime -> potentially stale") {
    const Flag& f = flag(*manifest, "new-onboarding");
    CHECK(f.status == FlagStatus::Active);
    CHECK(extra(f, "potentially_stale") == "true");
  }
  SUBCASE("stale, any always-on strategy wins (gradualRolloutRandom 100 beside userWithId)") {
    CHECK(flag(*manifest, "legacy-ui").status == FlagStatus::Decided);
    CHECK(flag(*manifest, "legacy-ui").value == Value{true});
  }
  SUBCASE("stale, default strategy behind a segment -> active") {
    CHECK(flag(*manifest, "segmented-feature").status == FlagStatus::Active);
  }
  SUBCASE("no production environment -> the first environment decides") {
    CHECK(flag(*manifest, "only-dev").status == FlagStatus::Decided);
    CHECK(flag(*manifest, "only-dev").value == Value{true});
  }
}

TEST_CASE("import_unleash: potentially stale is measured against today") {
  const std::string text = R"({"features": [{"name": "a", "type": "release", "createdAt": "2025-01-20T00:00:00Z"}], "featureStrategies": []})";
  auto fresh = import_unleash(text, "u.json", year{2025} / 2 / 28);  // 39 days
  auto old = import_unleash(text, "u.json", year{2025} / 3 / 1);     // 40 days
  REQUIRE(fresh.has_value());
  REQUIRE(old.has_value());
  CHECK(extra(fresh->flags[0], "potentially_stale") == "<absent>");
  CHECK(extra(old->flags[0], "potentially_stale") == "true");
  CHECK(old->flags[0].status == FlagStatus::Active);
  auto flagged = import_unleash(R"({"features": [{"name": "b", "type": "kill-switch", "potentiallyStale": true}], "featureStrategies": []})",
                                "u.json", kToday);
  REQUIRE(flagged.has_value());
  CHECK(flagged->flags[0].status == FlagStatus::Permanent);
}

TEST_CASE("import_unleash: 4.22+ environment export inside an import body") {
  const std::string text = R"({
  "project": "default",
  "environment": "production",
  "data": {
    "features": [
      {"name": "rollout-done", "type": "release", "stale": true},
      {"name": "behind-segment", "type": "release", "stale": true},
      {"name": "child", "type": "release", "stale": true},
      {"name": "disabled-strategy", "type": "release", "stale": true},
      {"name": "no-strategy", "type": "release", "stale": true}
    ],
    "featureStrategies": [
      {"name": "flexibleRollout", "featureName": "rollout-done", "parameters": {"rollout": 100}, "constraints": [], "segments": []},
      {"name": "default", "featureName": "behind-segment", "parameters": {}, "constraints": [], "segments": [1]},
      {"name": "default", "featureName": "child", "parameters": {}, "constraints": []},
      {"name": "default", "featureName": "disabled-strategy", "parameters": {}, "constraints": [], "disabled": true}
    ],
    "featureEnvironments": [
      {"enabled": true, "featureName": "rollout-done", "environment": "production", "name": "rollout-done"},
      {"enabled": true, "featureName": "behind-segment", "environment": "production", "name": "behind-segment"},
      {"enabled": true, "featureName": "child", "environment": "production", "name": "child"},
      {"enabled": true, "featureName": "disabled-strategy", "environment": "production", "name": "disabled-strategy"},
      {"enabled": true, "featureName": "no-strategy", "environment": "production", "name": "no-strategy"}
    ],
    "dependencies": [{"feature": "child", "dependencies": [{"feature": "rollout-done", "enabled": true}]}],
    "tagTypes": []
  }
})";
  auto manifest = import_unleash(text, "body.json", kToday);
  REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
  CHECK(flag(*manifest, "rollout-done").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "rollout-done").value == Value{true});
  CHECK(flag(*manifest, "rollout-done").where.line == 6);
  CHECK(flag(*manifest, "behind-segment").status == FlagStatus::Active);
  CHECK(flag(*manifest, "child").status == FlagStatus::Active);  // depends on a parent feature
  CHECK(flag(*manifest, "disabled-strategy").status == FlagStatus::Active);
  CHECK(flag(*manifest, "no-strategy").status == FlagStatus::Active);
}

TEST_CASE("import_unleash: per-feature environments, legacy v1 features, lifecycle lists") {
  const std::string text = R"({"features": [
  {"name": "api-shape", "stale": true, "environments": [
     {"name": "development", "enabled": true, "strategies": []},
     {"name": "production", "enabled": true, "strategies": [{"name": "default", "constraints": []}]}]},
  {"name": "v1-shape", "stale": true, "enabled": false, "strategies": [{"name": "default"}]},
  {"name": "lifecycle-list", "lifecycle": [{"stage": "live", "enteredStageAt": "2024-01-01T00:00:00Z"},
                                            {"stage": "completed", "enteredStageAt": "2024-02-01T00:00:00Z"}],
   "environments": [{"name": "production", "enabled": false}]},
  {"name": "archived-stage", "lifecycle": {"stage": "archived", "enteredStageAt": "2024-03-01T00:00:00Z"}}
]})";
  auto manifest = import_unleash(text, "u.json", kToday);
  REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
  CHECK(flag(*manifest, "api-shape").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "api-shape").value == Value{true});
  CHECK(flag(*manifest, "v1-shape").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "v1-shape").value == Value{false});
  CHECK(flag(*manifest, "lifecycle-list").status == FlagStatus::Decided);  // the last stage counts
  CHECK(flag(*manifest, "lifecycle-list").value == Value{false});
  CHECK(flag(*manifest, "lifecycle-list").decided_on == Date{year{2024} / 2 / 1});
  CHECK(flag(*manifest, "archived-stage").status == FlagStatus::Removed);
}

TEST_CASE("import_unleash errors carry file:line") {
  SUBCASE("malformed archivedAt") {
    auto result = import_unleash("{\"features\": [\n{\"name\": \"a\",\n \"archivedAt\": \"yesterday\"}]}", "u.json", kToday);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().message.find("archivedAt") != std::string::npos);
  }
  SUBCASE("feature without a name") {
    auto result = import_unleash("{\"features\": [\n{\"type\": \"release\"}]}", "u.json", kToday);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 2);
  }
  SUBCASE("no features array") {
    auto result = import_unleash("{\"features\": {}}", "u.json", kToday);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 1);
  }
  SUBCASE("malformed JSON") {
    auto result = import_unleash("{\"features\": [\n\n  {\"name\": 'a'}]}", "u.json", kToday);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().column == 12);
  }
}

// ---------------------------------------------------------------------------------------------- LaunchDarkly

TEST_CASE("import_launchdarkly maps the fixture for production") {
  const std::string text = read_fixture("launchdarkly-flags.json");
  auto manifest = import_launchdarkly(text, "ld.json", "production");
  REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
  REQUIRE(manifest->flags.size() == 12);

  const Flag& redesign = flag(*manifest, "checkout-redesign");
  CHECK(redesign.status == FlagStatus::Decided);
  CHECK(redesign.value == Value{true});
  CHECK(redesign.owner == "ana@example.com");
  CHECK(redesign.where.line == line_of(text, "\"key\": \"checkout-redesign\""));
  CHECK(extra(redesign, "created_at") == "2024-01-01");
  CHECK(extra(redesign, "kind") == "boolean");

  CHECK(flag(*manifest, "search-v2").status == FlagStatus::Decided);  // off -> off variation
  CHECK(flag(*manifest, "search-v2").value == Value{false});
  CHECK(flag(*manifest, "pricing-tier").status == FlagStatus::Active);  // rules
  const Flag& legacy = flag(*manifest, "legacy-export");
  CHECK(legacy.status == FlagStatus::Removed);
  CHECK_FALSE(legacy.value.has_value());
  CHECK(legacy.decided_on == Date{year{2025} / 1 / 1});
  CHECK(flag(*manifest, "rate-limiter").status == FlagStatus::Permanent);
  CHECK_FALSE(flag(*manifest, "rate-limiter").value.has_value());
  CHECK(flag(*manifest, "new-nav").status == FlagStatus::Active);  // 50/50 rollout
  CHECK(flag(*manifest, "banner-text").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "banner-text").value == Value{std::string("Spring sale")});
  CHECK(flag(*manifest, "beta-users").status == FlagStatus::Active);  // individual targets
  CHECK(flag(*manifest, "off-no-variation").status == FlagStatus::Removed);
  CHECK(flag(*manifest, "needs-checkout").status == FlagStatus::Active);  // prerequisites
  CHECK(flag(*manifest, "full-rollout").status == FlagStatus::Decided);   // all weight on one variation
  CHECK(flag(*manifest, "full-rollout").value == Value{true});
  CHECK(flag(*manifest, "staging-only").status == FlagStatus::Active);  // no production state
}

TEST_CASE("import_launchdarkly reads the environment it is given") {
  auto manifest = import_launchdarkly(read_fixture("launchdarkly-flags.json"), "ld.json", "staging");
  REQUIRE(manifest.has_value());
  CHECK(flag(*manifest, "search-v2").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "search-v2").value == Value{true});
  CHECK(flag(*manifest, "staging-only").status == FlagStatus::Decided);
  CHECK(flag(*manifest, "banner-text").status == FlagStatus::Active);  // no staging state
}

TEST_CASE("import_launchdarkly: single flag, JSON variations, team maintainers, context targets") {
  SUBCASE("single flag object") {
    auto manifest = import_launchdarkly(R"({"key": "solo", "temporary": true, "variations": [{"value": 1}, {"value": 2}],
      "environments": {"production": {"on": false, "offVariation": 1}}})", "one.json", "production");
    REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
    CHECK(manifest->flags[0].value == Value{2.0});
    CHECK(manifest->flags[0].where.line == 1);
  }
  SUBCASE("JSON variation value stays active") {
    auto manifest = import_launchdarkly(R"({"items": [{"key": "j", "variations": [{"value": {"a": 1}}],
      "environments": {"production": {"on": true, "fallthrough": {"variation": 0}}}}]})", "j.json", "production");
    REQUIRE(manifest.has_value());
    CHECK(manifest->flags[0].status == FlagStatus::Active);
  }
  SUBCASE("_maintainerTeam when there is no maintainer email") {
    auto manifest = import_launchdarkly(R"({"items": [{"key": "t", "variations": [], "_maintainerTeam": {"key": "search-team", "name": "Search"}}]})",
                                        "t.json", "production");
    REQUIRE(manifest.has_value());
    CHECK(manifest->flags[0].owner == "search-team");
    CHECK(manifest->flags[0].status == FlagStatus::Active);
  }
  SUBCASE("contextTargets keep the flag active") {
    auto manifest = import_launchdarkly(R"({"items": [{"key": "c", "variations": [{"value": true}],
      "environments": {"production": {"on": true, "fallthrough": {"variation": 0}, "contextTargets": [{"contextKind": "org", "values": ["o1"], "variation": 0}]}}}]})",
                                        "c.json", "production");
    REQUIRE(manifest.has_value());
    CHECK(manifest->flags[0].status == FlagStatus::Active);
  }
}

TEST_CASE("import_launchdarkly errors carry file:line") {
  SUBCASE("off variation out of range") {
    auto result = import_launchdarkly("{\"items\": [{\"key\": \"a\", \"variations\": [{\"value\": true}],\n \"environments\": {\"production\": {\"on\": false,\n \"offVariation\": 3}}}]}",
                                      "ld.json", "production");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().message.find("variation index 3") != std::string::npos);
  }
  SUBCASE("flag without key") {
    auto result = import_launchdarkly("{\"items\": [\n{\"variations\": []}]}", "ld.json", "production");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 2);
  }
  SUBCASE("not a flag list") {
    CHECK_FALSE(import_launchdarkly("{\"totalCount\": 0}", "ld.json", "production").has_value());
  }
  SUBCASE("malformed JSON") {
    auto result = import_launchdarkly("{\"items\": [\n  {\"key\": \"a\"\n  \"variations\": []}]}", "ld.json", "production");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
  }
}

// ---------------------------------------------------------------------------------------------- GitLab

TEST_CASE("import_gitlab maps the fixtures") {
  const std::string dir = "gitlab/config/feature_flags/";
  SUBCASE("default_enabled: true -> decided true") {
    auto manifest = import_gitlab(read_fixture(dir + "development/ci_pipeline_editor_v2.yml"), "ci.yml");
    REQUIRE_MESSAGE(manifest.has_value(), manifest.error().to_string());
    REQUIRE(manifest->flags.size() == 1);
    const Flag& f = manifest->flags[0];
    CHECK(f.key == "ci_pipeline_editor_v2");
    CHECK(f.status == FlagStatus::Decided);
    CHECK(f.value == Value{true});
    CHECK_FALSE(f.decided_on.has_value());  // a milestone is a version, not a date
    CHECK(f.owner == "group::pipeline authoring");
    CHECK(extra(f, "milestone") == "16.3");
    CHECK(extra(f, "type") == "gitlab_com_derisk");
    CHECK(extra(f, "rollout_issue_url") == "https://gitlab.com/gitlab-org/gitlab/-/issues/415012");
    CHECK(f.where.file == "ci.yml");
    CHECK(f.where.line == 2);
    CHECK(f.where.column == 1);
    CHECK(manifest->sources == std::vector<std::string>{"ci.yml"});
  }
  SUBCASE("default_enabled: false -> active; empty fields are not kept") {
    auto manifest = import_gitlab(read_fixture(dir + "development/search_blobs_zoekt.yml"), "s.yml");
    REQUIRE(manifest.has_value());
    CHECK(manifest->flags[0].status == FlagStatus::Active);
    CHECK_FALSE(manifest->flags[0].value.has_value());
    CHECK(extra(manifest->flags[0], "feature_issue_url") == "<absent>");
  }
  SUBCASE("type ops -> permanent, even when enabled by default") {
    auto manifest = import_gitlab(read_fixture(dir + "ops/throttle_archive_downloads.yml"), "o.yml");
    REQUIRE(manifest.has_value());
    CHECK(manifest->flags[0].status == FlagStatus::Permanent);
    CHECK_FALSE(manifest->flags[0].value.has_value());
    CHECK(extra(manifest->flags[0], "milestone") == "15.11");
  }
}

TEST_CASE("import_gitlab errors carry file:line") {
  SUBCASE("malformed YAML") {
    auto result = import_gitlab("---\nname: a\ngroup: [unclosed\ndefault_enabled: true\n", "bad.yml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().file == "bad.yml");
    CHECK(result.error().line >= 3);
    CHECK(result.error().message.find("invalid YAML") == 0);
  }
  SUBCASE("default_enabled not a boolean") {
    auto result = import_gitlab("name: a\ntype: development\ndefault_enabled: sometimes\n", "f.yml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().column == 18);
  }
  SUBCASE("no name") {
    CHECK_FALSE(import_gitlab("default_enabled: true\n", "f.yml").has_value());
  }
  SUBCASE("a field given twice") {
    auto result = import_gitlab("name: a\ndefault_enabled: true\ndefault_enabled: false\n", "f.yml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 3);
    CHECK(result.error().message.find("'default_enabled' is given twice") != std::string::npos);
  }
  SUBCASE("no default_enabled") {
    auto result = import_gitlab("\nname: a\n", "f.yml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 2);
  }
  SUBCASE("not a mapping, empty, too deep") {
    CHECK_FALSE(import_gitlab("- a\n- b\n", "f.yml").has_value());
    CHECK_FALSE(import_gitlab("", "f.yml").has_value());
    CHECK_FALSE(import_gitlab(std::string(100000, '['), "f.yml").has_value());
  }
}

// ---------------------------------------------------------------------------------------------- overlay

TEST_CASE("overlay_manifest lays a native manifest over an import") {
  Manifest base;
  base.sources = {"flags.json"};
  Flag imported;
  imported.key = "a";
  imported.status = FlagStatus::Decided;
  imported.value = Value{true};
  imported.owner = "team-a";
  imported.decided_on = year{2025} / 1 / 1;
  imported.aliases = {"A"};
  imported.where = {"flags.json", 3, 5};
  imported.extra = {{"type", "release"}, {"project", "p"}};
  base.flags.push_back(imported);
  Flag other;
  other.key = "b";
  base.flags.push_back(other);
  Experiment exp;
  exp.id = "exp-1";
  exp.name = "First";
  exp.flags = {"a"};
  exp.models = {{"m-v1", "control", false}};
  base.experiments.push_back(exp);

  Manifest next;
  next.cleanup_after_days = 30;
  next.sources = {"flagdebt.yaml", "flags.json"};
  Flag native;
  native.key = "a";
  native.status = FlagStatus::Removed;
  native.aliases = {"A", "kA"};
  native.cleanup_deadline = year{2025} / 2 / 1;
  native.experiment = "exp-1";
  native.where = {"flagdebt.yaml", 7, 5};
  native.extra = {{"type", "experiment"}};
  next.flags.push_back(native);
  Flag added;
  added.key = "c";
  added.status = FlagStatus::Permanent;
  next.flags.push_back(added);
  Experiment exp_next;
  exp_next.id = "exp-1";
  exp_next.status = ExperimentStatus::Decided;
  exp_next.decision = "SHIP";
  exp_next.flags = {"a", "c"};
  exp_next.models = {{"m-v1", "control", true}, {"m-v2", "treatment", false}};
  next.experiments.push_back(exp_next);
  Experiment exp_new;
  exp_new.id = "exp-2";
  next.experiments.push_back(exp_new);

  overlay_manifest(base, next);

  REQUIRE(base.flags.size() == 3);
  const Flag& a = base.flags[0];
  CHECK(a.key == "a");
  CHECK(a.status == FlagStatus::Removed);  // status and value come from next together
  CHECK_FALSE(a.value.has_value());
  CHECK(a.owner == "team-a");  // empty in next: kept
  CHECK(a.decided_on == Date{year{2025} / 1 / 1});
  CHECK(a.cleanup_deadline == Date{year{2025} / 2 / 1});
  CHECK(a.experiment == "exp-1");
  CHECK(a.aliases == std::vector<std::string>{"A", "kA"});
  CHECK(a.where.file == "flagdebt.yaml");
  CHECK(a.where.line == 7);
  CHECK(extra(a, "type") == "experiment");
  CHECK(extra(a, "project") == "p");
  CHECK(base.flags[1].key == "b");
  CHECK(base.flags[2].key == "c");
  CHECK(base.flags[2].status == FlagStatus::Permanent);

  REQUIRE(base.experiments.size() == 2);
  const Experiment& e = base.experiments[0];
  CHECK(e.name == "First");
  CHECK(e.status == ExperimentStatus::Decided);
  CHECK(e.decision == "SHIP");
  CHECK(e.flags == std::vector<std::string>{"a", "c"});
  REQUIRE(e.models.size() == 2);
  CHECK(e.models[0].retired);
  CHECK(e.models[1].name == "m-v2");
  CHECK(base.experiments[1].id == "exp-2");

  CHECK(base.cleanup_after_days == 30);
  CHECK(base.sources == std::vector<std::string>{"flags.json", "flagdebt.yaml"});
}

TEST_CASE("overlay_manifest: a decided value on top of an active import, default days kept") {
  Manifest base;
  base.cleanup_after_days = 21;
  Flag active;
  active.key = "x";
  base.flags.push_back(active);
  Manifest next;  // cleanup_after_days left at the default: does not reset 21
  Flag decided;
  decided.key = "x";
  decided.status = FlagStatus::Decided;
  decided.value = Value{std::string("treatment")};
  next.flags.push_back(decided);
  overlay_manifest(base, next);
  CHECK(base.cleanup_after_days == 21);
  REQUIRE(base.flags.size() == 1);
  CHECK(base.flags[0].status == FlagStatus::Decided);
  CHECK(base.flags[0].value == Value{std::string("treatment")});
  CHECK(base.flags[0].where.file.empty());  // neither side had a location
}

TEST_CASE("importers compose: GitLab files overlaid into one manifest") {
  const std::string dir = "gitlab/config/feature_flags/";
  Manifest all;
  for (const char* file : {"development/ci_pipeline_editor_v2.yml", "development/search_blobs_zoekt.yml", "ops/throttle_archive_downloads.yml"}) {
    auto one = import_gitlab(read_fixture(dir + file), dir + file);
    REQUIRE(one.has_value());
    overlay_manifest(all, *one);
  }
  CHECK(all.flags.size() == 3);
  CHECK(all.sources.size() == 3);
  CHECK(all.flags[2].where.file == dir + "ops/throttle_archive_downloads.yml");
}
