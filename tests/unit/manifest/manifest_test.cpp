#include <doctest/doctest.h>

#include "manifest/manifest.h"

using namespace flagdebt::manifest;

namespace {

std::string error_of(const std::string& text) {
  auto m = parse_manifest(text, "m.yaml");
  REQUIRE_FALSE(m.has_value());
  return m.error().to_string();
}

}  // namespace

TEST_CASE("manifest: a full v1 manifest loads with every field") {
  auto m = parse_manifest(R"(version: 1
defaults:
  cleanup_after_days: 30
flags:
  - key: ranking_v3
    status: decided
    value: true
    owner: ml@x.com
    decided_on: 2025-02-15
    experiment: exp-042
    aliases: [RANKING_V3, kRankingV3]
    jira: ML-1
  - key: variant
    status: decided
    value: "treatment_b"
    cleanup_deadline: 2025-03-01
  - key: quoted_bool
    status: removed
    value: "true"
experiments:
  - id: exp-042
    status: decided
    cleanup_deadline: 2025-03-01
    flags: [ranking_v3]
    models:
      - {name: model-v2, role: control, retired: true}
)",
                          "m.yaml");
  REQUIRE(m.has_value());
  CHECK(m->cleanup_after_days == 30);
  REQUIRE(m->flags.size() == 3);
  const Flag& f = m->flags[0];
  CHECK(f.status == FlagStatus::Decided);
  CHECK(std::get<bool>(*f.value) == true);
  CHECK(f.aliases == std::vector<std::string>{"RANKING_V3", "kRankingV3"});
  CHECK(f.extra.at("jira") == "ML-1");
  CHECK(f.where.line == 5);
  CHECK(to_string(*effective_deadline(f, m->cleanup_after_days)) == "2025-03-17");
  CHECK(std::get<std::string>(*m->flags[1].value) == "treatment_b");
  CHECK(std::get<std::string>(*m->flags[2].value) == "true");  // quoted: a string variant
  REQUIRE(m->experiments.size() == 1);
  CHECK(m->experiments[0].models[0].retired);
}

TEST_CASE("manifest: malformed inputs are errors with file:line:col") {
  CHECK(error_of("version: 1\nflags:\n  - key: a\n    status: shipped\n") ==
        "m.yaml:4:13: unknown flag status 'shipped' (expected active, decided, removed or permanent)");
  CHECK(error_of("version: 1\nflags:\n  - key: a\n    status: decided\n") ==
        "m.yaml:3:5: flag 'a' is decided but has no 'value'");
  CHECK(error_of("version: 1\nflags:\n  - key: a\n    status: active\n    decided_on: 2025-13-01\n") ==
        "m.yaml:5:17: no such date '2025-13-01'");
  CHECK(error_of("version: 1\nflags:\n  - key: a\n    status: active\n    decided_on: yesterday\n") ==
        "m.yaml:5:17: malformed date 'yesterday' (expected YYYY-MM-DD)");
  CHECK(error_of("version: 1\nflags:\n  - key: a\n    status: active\n  - key: a\n    status: active\n") ==
        "m.yaml:5:5: duplicate flag key 'a'");
  CHECK(error_of("version: 1\nflags:\n  - key: a\n    key: b\n    status: active\n") == "m.yaml:4:5: duplicate field 'key'");
  CHECK(error_of("version: 2\n") == "m.yaml:1:10: unsupported manifest version '2' (expected 1)");
  CHECK(error_of("flags: []\n") == "m.yaml:1:1: manifest has no 'version' (expected 'version: 1')");
  CHECK(error_of("version: 1\nflags: [\n").starts_with("m.yaml:3:1: invalid YAML"));
  CHECK(error_of("version: 1\nexperiments:\n  - id: e\n    status: done\n").starts_with("m.yaml:4:13: unknown experiment status"));
  CHECK(error_of("version: 1\nflags:\n  - status: active\n") == "m.yaml:3:5: flag entry without 'key'");
}

TEST_CASE("manifest: a misspelled top-level key is an error, not an empty manifest") {
  CHECK(error_of("version: 1\nflgs:\n  - key: a\n    status: active\n") ==
        "m.yaml:2:1: unknown top-level key 'flgs' (expected version, defaults, flags, experiments, dashboard)");
  CHECK(parse_manifest("version: 1\ndefaults: {}\nflags: []\nexperiments: []\n", "m.yaml").has_value());
}

TEST_CASE("check_consistency: flags and experiments must name each other, decided experiments need values") {
  auto error_of = [](const std::string& text) -> std::string {
    auto m = flagdebt::manifest::parse_manifest(text, "f.yaml");
    REQUIRE(m);
    auto diag = flagdebt::manifest::check_consistency(*m);
    return diag ? diag->to_string() : "";
  };
  CHECK(error_of("version: 1\nflags:\n  - {key: a, status: active, experiment: exp-9}\n") ==
        "f.yaml:3:5: flag 'a' names unknown experiment 'exp-9'");
  CHECK(error_of("version: 1\nflags:\n  - {key: a, status: active}\nexperiments:\n  - id: e\n    flags: [a, b]\n") ==
        "f.yaml:5:5: experiment 'e' lists unknown flag 'b'");
  CHECK(error_of("version: 1\nflags:\n  - {key: a, status: active}\nexperiments:\n  - {id: e, status: decided, flags: [a]}\n")
            .starts_with("f.yaml:3:5: flag 'a' has no 'value', but its experiment 'e' is decided"));
  CHECK(error_of("version: 1\nflags:\n  - {key: a, status: decided, value: 1, experiment: e}\n"
                 "experiments:\n  - {id: e, status: decided, flags: [a]}\n") == "");
}
