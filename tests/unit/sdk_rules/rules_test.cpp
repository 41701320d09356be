#include <doctest/doctest.h>

#include "sdk_rules/rules.h"

using namespace flagdebt::manifest;
using namespace flagdebt::sdk_rules;

TEST_CASE("rules: a check entry loads with positions, names and returns") {
  auto rules = parse_rules(R"(sdk: demo
doc: https://example.com
checks:
  - languages: [swift]
    methods: [boolVariation]
    receiver: "client|ld"
    key: 0
    key_name: forKey
    default_name: defaultValue
    returns: negated
)",
                           "r.yaml");
  REQUIRE(rules.has_value());
  REQUIRE(rules->calls.size() == 1);
  const CallRule& rule = rules->calls[0];
  CHECK(rule.key_index == 0);
  CHECK(rule.key_name == "forKey");
  CHECK(rule.returns == flagdebt::model::Returns::NegatedBoolean);
  CHECK(rule.receiver->search("LDClient"));
  CHECK(rules->match(*flagdebt::languages::by_id("swift"), "boolVariation").size() == 1);
  CHECK(rules->match(*flagdebt::languages::by_id("java"), "boolVariation").empty());
}

TEST_CASE("rules: key_pattern takes the key from a name argument's text") {
  auto rules = parse_rules("checks:\n  - {languages: [rust], methods: [is_enabled], key: 0, key_pattern: '::(\\w+)$'}\n",
                           "r.yaml");
  REQUIRE(rules.has_value());
  const CallRule& rule = rules->calls[0];
  REQUIRE(rule.key_pattern.has_value());
  auto m = rule.key_pattern->find("UserFeatures::new_ui", 0);
  REQUIRE(m.has_value());
  CHECK(m->groups[1] == "new_ui");
  CHECK_FALSE(rule.key_pattern->search("self.feature"));
  auto bad = parse_rules("checks:\n  - {languages: [rust], methods: [X], key: 0, key_pattern: '(('}\n", "r.yaml");
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().message.starts_with("bad key pattern"));
}

TEST_CASE("rules: unknown keys and bad values fail with file:line") {
  auto unknown = parse_rules("checks:\n  - languages: [go]\n    methods: [X]\n    key: 0\n    kee: 1\n", "r.yaml");
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().to_string() == "r.yaml:5:10: unknown rule field 'kee'");
  auto no_key = parse_rules("checks:\n  - languages: [go]\n    methods: [X]\n", "r.yaml");
  REQUIRE_FALSE(no_key.has_value());
  CHECK(no_key.error().to_string() == "r.yaml:2:5: check without 'key' or 'key_name'");
  auto bad_returns = parse_rules("checks:\n  - {languages: [go], methods: [X], key: 0, returns: maybe}\n", "r.yaml");
  REQUIRE_FALSE(bad_returns.has_value());
  CHECK(bad_returns.error().message.starts_with("unknown 'returns: maybe'"));
}

TEST_CASE("rules: every built-in rule file loads") {
  auto rules = builtin_rules();
  REQUIRE_MESSAGE(rules.has_value(), (rules ? "" : rules.error().to_string()));
  CHECK(rules->match(*flagdebt::languages::by_id("python"), "is_enabled").size() >= 1);
  CHECK(rules->match(*flagdebt::languages::by_id("go"), "BoolVariation").size() >= 1);
}

TEST_CASE("rules: a pattern RE2 rejects is an error at its line, naming RE2's message") {
  auto receiver = parse_rules("checks:\n  - languages: [go]\n    methods: [X]\n    key: 0\n    receiver: \"(client\"\n", "r.yaml");
  REQUIRE_FALSE(receiver.has_value());
  CHECK(receiver.error().to_string().starts_with("r.yaml:5:15: bad receiver pattern: missing )"));
  auto registry = parse_rules("registries:\n  - file: a.go\n    pattern: 'x(?=y)'\n", "r.yaml");
  REQUIRE_FALSE(registry.has_value());
  CHECK(registry.error().to_string().starts_with("r.yaml:3:14: bad registry pattern: "));
}

TEST_CASE("rules: registry groups must exist in the pattern when the rule loads") {
  auto stage = parse_rules("registries:\n  - file: a.go\n    pattern: '(\\w+)=(\\w+)'\n    stage_group: 3\n", "r.yaml");
  REQUIRE_FALSE(stage.has_value());
  CHECK(stage.error().to_string() == "r.yaml:4:18: registry 'stage_group' is 3 but the pattern has 2 group(s)");
  auto key = parse_rules("registries:\n  - file: a.go\n    pattern: 'no groups'\n", "r.yaml");
  REQUIRE_FALSE(key.has_value());
  CHECK(key.error().to_string() == "r.yaml:2:5: registry 'key_group' is 1 but the pattern has 0 group(s)");
  auto fine = parse_rules("registries:\n  - file: a.go\n    pattern: '(\\w+)=(\\w+)'\n    default_group: 2\n", "r.yaml");
  CHECK(fine.has_value());
}
