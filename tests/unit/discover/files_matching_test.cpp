#include <doctest/doctest.h>

#include <filesystem>

#include "../temp_dir.h"
#include "discover/files_matching.h"

namespace fs = std::filesystem;
using flagdebt::discover::files_matching;
using flagdebt::discover::pattern_problem;

namespace {

// The repository is `inside/`; its siblings are the world outside the scan root.
struct TempTree : flagdebt::testing::TempDir {
  TempTree() { std::filesystem::create_directories(repo()); }
  fs::path repo() const { return path / "inside"; }
  fs::path root() const { return path; }
};

std::vector<std::string> matching(const TempTree& tree, std::string_view pattern) {
  auto found = files_matching(tree.repo(), pattern);
  REQUIRE(found.has_value());
  return *found;
}

}  // namespace

TEST_CASE("files_matching: a pattern may not leave the root") {
  CHECK(pattern_problem("/etc/passwd").has_value());
  CHECK(pattern_problem("/proc/self/environ").has_value());
  CHECK(pattern_problem("../x").has_value());
  CHECK(pattern_problem("src/../../etc/passwd").has_value());
  CHECK(pattern_problem("").has_value());
  CHECK_FALSE(pattern_problem("src/flags/*.go").has_value());
  CHECK_FALSE(pattern_problem("./src/..flags/a.go").has_value());  // '..' only as a whole segment
  TempTree tree;
  CHECK_FALSE(files_matching(tree.repo(), "/etc/passwd").has_value());
  CHECK_FALSE(files_matching(tree.repo(), "../secret.txt").has_value());
}

TEST_CASE("files_matching: a glob matches segment by segment, as glob(3) did") {
  TempTree tree;
  tree.write("inside/src/flags/a.go", "");
  tree.write("inside/src/flags/b.go", "");
  tree.write("inside/src/flags/c.txt", "");
  tree.write("inside/src/flags/.hidden.go", "");
  tree.write("inside/src/flags/deeper/d.go", "");
  tree.write("inside/src/other/e.go", "");
  CHECK(matching(tree, "src/flags/*.go") == std::vector<std::string>{"src/flags/a.go", "src/flags/b.go"});
  CHECK(matching(tree, "./src/flags/a.go") == std::vector<std::string>{"src/flags/a.go"});
  CHECK(matching(tree, "src/*/e.go") == std::vector<std::string>{"src/other/e.go"});
  CHECK(matching(tree, "src/*.go").empty());
  CHECK(matching(tree, "nowhere/*.go").empty());
}

TEST_CASE("files_matching: symlinks are not followed out of the root") {
  TempTree tree;
  tree.write("secret.txt", "TOKEN=hunter2");
  tree.write("outside/flags.go", "TOKEN=hunter2");
  tree.write("inside/src/real.go", "");
  fs::create_symlink(tree.root() / "secret.txt", tree.repo() / "src/link.go");
  fs::create_symlink(tree.root() / "outside", tree.repo() / "linked");
  CHECK(matching(tree, "src/*.go") == std::vector<std::string>{"src/real.go"});
  CHECK(matching(tree, "src/link.go").empty());
  CHECK(matching(tree, "linked/flags.go").empty());
  CHECK(matching(tree, "linked/*.go").empty());
}

TEST_CASE("files_matching: ignored files and .git are not read") {
  TempTree tree;
  tree.write("inside/.gitignore", "gen/\nsecret.env\n");
  tree.write("inside/gen/flags.go", "");
  tree.write("inside/secret.env", "");
  tree.write("inside/.git/config", "");
  tree.write("inside/kept.go", "");
  CHECK(matching(tree, "gen/flags.go").empty());
  CHECK(matching(tree, "*.env").empty());
  CHECK(matching(tree, ".git/config").empty());
  CHECK(matching(tree, "*.go") == std::vector<std::string>{"kept.go"});
}
