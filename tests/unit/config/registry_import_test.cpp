#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "config/registry_import.h"

namespace fs = std::filesystem;
using namespace flagdebt::config;

namespace {

struct TempRoot {
  TempRoot() : path(fs::temp_directory_path() / ("flagdebt-registry-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path / "repo/src/flags");
  }
  ~TempRoot() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path path;
};

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
  TempRoot root;
  std::ofstream(root.path / "repo/src/flags/gates.go") << "var A = Flag{Key: \"new_ui\"}\n";
  std::ofstream(root.path / "secret.txt") << "Key: \"CI_TOKEN=hunter2\"\n";
  fs::create_symlink(root.path / "secret.txt", root.path / "repo/src/flags/leak.go");
  auto manifest = import_registries({rule_for("src/flags/*.go")}, root.path / "repo");
  REQUIRE(manifest.has_value());
  REQUIRE(manifest->flags.size() == 1);
  CHECK(manifest->flags[0].key == "new_ui");
  CHECK(manifest->flags[0].where.file == "src/flags/gates.go");
  CHECK(manifest->sources == std::vector<std::string>{"src/flags/gates.go"});
}
