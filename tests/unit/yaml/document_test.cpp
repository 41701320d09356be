#include <doctest/doctest.h>

#include "yaml/yaml_util.h"

using namespace flagdebt::yaml;

namespace {

std::string error_of(const std::string& text) {
  auto doc = Document::parse(text, "d.yaml");
  REQUIRE_FALSE(doc.has_value());
  return doc.error().to_string();
}

}  // namespace

TEST_CASE("yaml document: maps, sequences, scalars and their 1-based positions") {
  auto doc = Document::parse("version: 1\nflags:\n  - key: a\n    owner: 'x y'\n", "d.yaml");
  REQUIRE(doc.has_value());
  Node root = doc->root();
  REQUIRE(root.is_map());
  CHECK(root["version"].scalar() == "1");
  CHECK_FALSE(root["missing"]);
  auto flags = root["flags"].items();
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].mark().line == 3);
  CHECK(flags[0].mark().column == 5);
  CHECK(flags[0]["owner"].quoted());
  CHECK_FALSE(flags[0]["key"].quoted());
  CHECK(root.entries().size() == 2);
  CHECK(root["version"]["x"].mark().line == 0);  // a scalar has no keys: absent, no position
}

TEST_CASE("yaml document: null spellings, quoted text and !!str") {
  auto doc = Document::parse("a:\nb: ~\nc: null\nd: 'null'\ne: !!str true\nf: \"true\"\n", "d.yaml");
  REQUIRE(doc.has_value());
  Node root = doc->root();
  for (const char* key : {"a", "b", "c"}) CHECK(root[key].is_null());
  CHECK(root["d"].is_scalar());
  CHECK(std::get<std::string>(*value("d.yaml", root["e"])) == "true");
  CHECK(std::get<std::string>(*value("d.yaml", root["f"])) == "true");
  CHECK(Document::parse("", "d.yaml")->root().is_null());
}

TEST_CASE("yaml document: aliases share the anchored node") {
  auto doc = Document::parse("base: &b {owner: me}\nflags: [*b, *b]\n", "d.yaml");
  REQUIRE(doc.has_value());
  auto flags = doc->root()["flags"].items();
  REQUIRE(flags.size() == 2);
  CHECK(flags[1]["owner"].scalar() == "me");
  CHECK(text_of(doc->root()["flags"]) == "[{owner: me}, {owner: me}]");
}

TEST_CASE("yaml document: hostile input ends in one error with a position") {
  CHECK(error_of("version: 1\nflags: [\n").starts_with("d.yaml:3:1: invalid YAML"));
  CHECK(error_of("a: *nowhere\n") == "d.yaml:1:4: invalid YAML: unknown anchor 'nowhere'");
  CHECK(error_of("a: &x [1, *x]\n").find("inside its own anchor") != std::string::npos);
  CHECK(error_of(std::string(3000, '[')).find("nested deeper than 2000 levels") != std::string::npos);
  // Each level doubles the nodes its aliases stand for: 2^40 once expanded.
  std::string bomb = "l0: &a0 [x, x]\n";
  for (int i = 1; i <= 40; ++i) {
    const std::string level = std::to_string(i), below = std::to_string(i - 1);
    bomb.append("l").append(level).append(": &a").append(level);
    bomb.append(" [*a").append(below).append(", *a").append(below).append("]\n");
  }
  CHECK(error_of(bomb).find("aliases expand to too many nodes") != std::string::npos);
}

TEST_CASE("yaml helpers: booleans as YAML 1.1 wrote them, duplicate keys, flow text") {
  auto doc = Document::parse("a: yes\nb: Off\nc: maybe\nd: 'true'\na: again\ne: {k: [1, \"q\\\"\"]}\n", "d.yaml");
  REQUIRE(doc.has_value());
  Node root = doc->root();
  CHECK(boolean(root["a"]) == true);
  CHECK(boolean(root["b"]) == false);
  CHECK_FALSE(boolean(root["c"]).has_value());
  CHECK_FALSE(boolean(root["d"]).has_value());
  auto duplicate = duplicate_key(root);
  REQUIRE(duplicate.has_value());
  CHECK(duplicate->mark().line == 5);
  CHECK(text_of(root["e"]) == "{k: [1, \"q\\\"\"]}");
}
