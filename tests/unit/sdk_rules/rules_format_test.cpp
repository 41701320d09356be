// Issue 15, "say more in the rules format": case-only placeholders, wildcard templates,
// enum-style keys (key_segment, property) and the words a member names a key by.
#include <doctest/doctest.h>

#include "prefilter/prefilter.h"
#include "sdk_rules/rules.h"

using namespace flagdebt::sdk_rules;

TEST_CASE("templates: {KEY_UPPER} and {key_lower} change case without splitting words") {
  CHECK(expand_template("FEATURE_{KEY_UPPER}", "NewUi") == "FEATURE_NEWUI");
  CHECK(expand_template("FEATURE_{KEY}", "NewUi") == "FEATURE_NEW_UI");
  CHECK(expand_template("feature_{key_lower}_on", "NewUi-v2") == "feature_newui-v2_on");
  CHECK_FALSE(template_problem("FEATURE_{KEY_UPPER}").has_value());
  CHECK_FALSE(template_problem("{key_lower}").has_value());
  auto unknown = template_problem("FEATURE_{KEY_LOWER}");
  REQUIRE(unknown.has_value());
  CHECK(unknown->find("{KEY_UPPER}, {key_lower}") != std::string::npos);
}

TEST_CASE("templates: a leading '*.' is a wildcard receiver, a '*' elsewhere is an error") {
  CHECK(is_wildcard("*.experimental.{key}"));
  CHECK_FALSE(is_wildcard("experimental.{key}"));
  CHECK_FALSE(is_wildcard("*experimental.{key}"));
  CHECK_FALSE(template_problem("*.experimental.{key}").has_value());
  CHECK(expand_template("*.experimental.{keyCamel}", "new_search") == "*.experimental.newSearch");
  auto inner = template_problem("cfg.*.{key}");
  REQUIRE(inner.has_value());
  CHECK(inner->find("only as its leading '*.'") != std::string::npos);
  CHECK(template_problem("*.*.{key}").has_value());
  auto rules = parse_rules("names:\n  - templates: ['a.*.{key}']\n", "r.yaml");
  REQUIRE_FALSE(rules.has_value());
  CHECK(rules.error().to_string().starts_with("r.yaml:2:16: template 'a.*.{key}' may hold '*'"));
}

TEST_CASE("name_words: enum members and properties name a key by its words") {
  CHECK(name_words("NEW_UI") == "new_ui");
  CHECK(name_words("newUi") == "new_ui");
  CHECK(name_words("NewUi") == "new_ui");
  CHECK(name_words("new-ui") == "new_ui");
  CHECK(name_words("new_ui") == "new_ui");
  CHECK(name_words("NEWUI") == "newui");
}

TEST_CASE("path_segments: split at top-level '.', '::', '->', never inside a call's arguments") {
  auto s = path_segments("experiments.newUi().isOn");
  REQUIRE(s.size() == 3);
  CHECK(s[1] == "newUi()");
  auto nested = path_segments("a.get(x.y).b");
  REQUIRE(nested.size() == 3);
  CHECK(nested[1] == "get(x.y)");
  CHECK(path_segments("Ns::Flags::NEW_UI").size() == 3);
  CHECK(path_segments("p->flags").size() == 2);
  CHECK(path_segments("remote!!.flags?.NEW_UI").size() == 3);
}

TEST_CASE("segment_name: a segment is a name once `!!`, `?` and an empty `()` are dropped") {
  CHECK(segment_name(" newUi() ") == "newUi");
  CHECK(segment_name("flags!!") == "flags");
  CHECK(segment_name("flags?") == "flags");
  CHECK(segment_name("newUi( )!") == "newUi");
  CHECK_FALSE(segment_name("get(\"x\")").has_value());
  CHECK_FALSE(segment_name("items[0]").has_value());
  CHECK_FALSE(segment_name("").has_value());
  CHECK_FALSE(segment_name("2x").has_value());
}

TEST_CASE("receiver_segment counts from the right") {
  CHECK(receiver_segment("MyFeatures.NEW_UI", -1) == "NEW_UI");
  CHECK(receiver_segment("com.shop.MyFeatures.NEW_UI", -2) == "MyFeatures");
  CHECK(receiver_segment("experiments.newUi()", -1) == "newUi");
  CHECK_FALSE(receiver_segment("experiments.get(\"x\")", -1).has_value());
  CHECK_FALSE(receiver_segment("NEW_UI", -2).has_value());
  CHECK_FALSE(receiver_segment("NEW_UI", 0).has_value());
}

TEST_CASE("rules: key_segment and property load, and are checked with file:line") {
  auto rules = parse_rules(R"(checks:
  - languages: [java]
    methods: [isActive]
    receiver: 'features?\.\w+$'
    key_segment: -1
  - languages: [swift]
    methods: [isEnabled]
    property: true
    receiver: '^Features\.'
    key_segment: -1
)",
                           "r.yaml");
  REQUIRE_MESSAGE(rules.has_value(), (rules ? "" : rules.error().to_string()));
  CHECK(rules->calls[0].key_segment == -1);
  CHECK_FALSE(rules->calls[0].property);
  CHECK(rules->calls[1].property);

  auto positive = parse_rules("checks:\n  - {languages: [java], methods: [x], receiver: a, key_segment: 1}\n", "r.yaml");
  REQUIRE_FALSE(positive.has_value());
  CHECK(positive.error().to_string().starts_with("r.yaml:2:65: 'key_segment' must be a negative whole number"));
  auto no_receiver = parse_rules("checks:\n  - languages: [java]\n    methods: [x]\n    key_segment: -1\n", "r.yaml");
  REQUIRE_FALSE(no_receiver.has_value());
  CHECK(no_receiver.error().to_string() == "r.yaml:4:18: 'key_segment' needs a 'receiver' pattern");
  auto both = parse_rules("checks:\n  - languages: [java]\n    methods: [x]\n    receiver: a\n    key_segment: -1\n    key: 0\n",
                          "r.yaml");
  REQUIRE_FALSE(both.has_value());
  CHECK(both.error().to_string() == "r.yaml:6:10: 'key' and 'key_segment' exclude each other");
  auto property_alone = parse_rules("checks:\n  - languages: [java]\n    methods: [x]\n    key: 0\n    property: true\n", "r.yaml");
  REQUIRE_FALSE(property_alone.has_value());
  CHECK(property_alone.error().to_string() == "r.yaml:5:15: 'property' needs 'key_segment'");
  auto not_bool = parse_rules("checks:\n  - {languages: [java], methods: [x], receiver: a, key_segment: -1, property: 1}\n", "r.yaml");
  REQUIRE_FALSE(not_bool.has_value());
  CHECK(not_bool.error().message == "'property' must be true or false");
}

TEST_CASE("call_shapes: a key_segment rule's evidence is a member before the method") {
  auto rules = parse_rules("checks:\n  - {languages: [java], methods: [isActive], receiver: a, key_segment: -1}\n", "r.yaml");
  REQUIRE(rules.has_value());
  auto shapes = rules->call_shapes();
  REQUIRE(shapes.size() == 1);
  CHECK(shapes[0].method == "isActive");
  CHECK(shapes[0].member_before);
  auto shape = flagdebt::prefilter::Prefilter::compile(flagdebt::prefilter::Patterns{{}, shapes});
  REQUIRE(shape.has_value());
  CHECK(shape->might_match("MyFeatures.NEW_UI.isActive()"));
  CHECK(shape->might_match("experiments.newUi()\n    .isActive()"));
  CHECK(shape->might_match("Features.newUi.isActive {"));
  CHECK_FALSE(shape->might_match("isActive()"));
  CHECK_FALSE(shape->might_match("x.isActiveNow()"));
}

TEST_CASE("the togglz pack is built in") {
  auto rules = builtin_rules();
  REQUIRE(rules.has_value());
  bool segment = false;
  for (const auto* rule : rules->match(*flagdebt::languages::by_id("java"), "isActive")) segment |= rule->key_segment == -1;
  CHECK(segment);
}
