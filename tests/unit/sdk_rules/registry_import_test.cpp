#include <doctest/doctest.h>

#include <filesystem>

#include "../temp_dir.h"
#include "sdk_rules/rules.h"

namespace fs = std::filesystem;
using namespace flagdebt::manifest;
using namespace flagdebt::sdk_rules;

namespace {

RegistryRule rule_for(const std::string& file) {
  auto rules = parse_rules("registries:\n  - file: \"" + file + "\"\n    pattern: 'Key: \"([^\"]+)\"'\n", "evil.yaml");
  REQUIRE(rules.has_value());
  return rules->registries.at(0);
}

}  // namespace

TEST_CASE("registry import: rule file paths outside the root are errors with file:line") {
  auto absolute = parse_rules("registries:\n  - file: /proc/self/environ\n    pattern: '(.*)'\n", "evil.yaml");
  REQUIRE_FALSE(absolute.has_value());
  CHECK(absolute.error().to_string() ==
        "evil.yaml:2:11: registry 'file: /proc/self/environ' is an absolute path: files must lie inside the scan root");
  auto parent = parse_rules("registries:\n  - file: ../x\n    pattern: '(.*)'\n", "evil.yaml");
  REQUIRE_FALSE(parent.has_value());
  CHECK(parent.error().to_string().starts_with("evil.yaml:2:11: registry 'file: ../x' has a '..' segment"));
}

TEST_CASE("registry import: a normal pattern reads the registry, a symlink out of the root is not read") {
  flagdebt::testing::TempDir root;
  root.write("repo/src/flags/gates.go", "var A = Flag{Key: \"new_ui\"}\n");
  root.write("secret.txt", "Key: \"CI_TOKEN=hunter2\"\n");
  fs::create_symlink(root.path / "secret.txt", root.path / "repo/src/flags/leak.go");
  auto manifest = import_registries({rule_for("src/flags/*.go")}, root.path / "repo");
  REQUIRE(manifest.has_value());
  REQUIRE(manifest->flags.size() == 1);
  CHECK(manifest->flags[0].key == "new_ui");
  CHECK(manifest->flags[0].where.file == "src/flags/gates.go");
  CHECK(manifest->sources == std::vector<std::string>{"src/flags/gates.go"});
}
