// File discovery on real temporary trees (discover/discover.h, tree_walk.h, ignore_rules.h): the
// disk is the point here (ignore files, symlinks, git repositories), so no file-system fake.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "../temp_dir.h"
#include "discover/discover.h"
#include "discover/ignore_rules.h"
#include "discover/tree_walk.h"

namespace fs = std::filesystem;
using flagdebt::discover::discover;
using flagdebt::discover::Discovery;
using flagdebt::testing::CurrentDir;
using flagdebt::testing::TempDir;

namespace {

// Discovery run from inside `dir`, so paths come out relative to it.
Discovery discovered_in(const TempDir& dir, const std::vector<std::string>& args) {
  CurrentDir cwd(dir.path);
  auto found = discover(args);
  REQUIRE(found.has_value());
  return *found;
}

std::vector<std::string> paths_of(const Discovery& discovery) {
  std::vector<std::string> paths;
  for (const auto& file : discovery.files) paths.push_back(file.path);
  return paths;
}

std::vector<std::string> listed(const TempDir& dir, const std::vector<std::string>& args = {"."}) {
  return paths_of(discovered_in(dir, args));
}

// walk_tree below `dir` with every callback recording what it saw, relative to `dir`.
struct RecordedWalk {
  std::vector<std::string> asked;     // files the walk asked `wants` about
  std::vector<std::string> visited;   // files it handed over (sorted)
  std::vector<std::string> problems;  // folders it could not list
};

RecordedWalk walk(const TempDir& dir, std::function<bool(const fs::path&)> enter = {}) {
  RecordedWalk out;
  auto relative = [&](const fs::path& p) { return p.lexically_relative(dir.path).generic_string(); };
  flagdebt::discover::IgnoreRules rules(dir.path);
  flagdebt::discover::TreeVisitor visitor;
  visitor.enter = std::move(enter);
  visitor.wants = [&](const fs::path& file) {
    out.asked.push_back(relative(file));
    return true;
  };
  visitor.file = [&](const fs::path& file) { out.visited.push_back(relative(file)); };
  visitor.problem = [&](const fs::path& path, const std::error_code&) { out.problems.push_back(relative(path)); };
  flagdebt::discover::walk_tree(dir.path, rules, visitor);
  std::sort(out.visited.begin(), out.visited.end());
  return out;
}

bool git_init(const fs::path& dir) {
  std::string command = "git init -q '" + dir.string() + "' >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

}  // namespace

TEST_CASE("discover: .gitignore at several levels, outside any repository") {
  TempDir dir;
  dir.write(".gitignore", "gen_*.py\nbuild/\n");
  dir.write("sub/.gitignore", "local.py\n");
  dir.write("a.py", "");
  dir.write("gen_x.py", "");
  dir.write("build/b.py", "");
  dir.write("sub/local.py", "");
  dir.write("sub/keep.py", "");
  dir.write("sub/gen_y.py", "");
  dir.write("other/local.py", "");
  CHECK(listed(dir) == std::vector<std::string>{"a.py", "other/local.py", "sub/keep.py"});
}

TEST_CASE("discover: .gitignore at several levels inside a git repository, scanned from a subfolder") {
  TempDir dir;
  REQUIRE(git_init(dir.path));
  dir.write(".gitignore", "*.gen.ts\n");
  dir.write("app/.gitignore", "vendor/\n");
  dir.write(".git/info/exclude", "private.ts\n");
  dir.write("app/main.ts", "");
  dir.write("app/flags.gen.ts", "");
  dir.write("app/vendor/lib.ts", "");
  dir.write("app/private.ts", "");
  dir.write("app/deep/x.ts", "");
  CHECK(listed(dir, {"app"}) == std::vector<std::string>{"app/deep/x.ts", "app/main.ts"});
}

TEST_CASE("discover: .flagdebtignore at the root, in and outside a repository") {
  for (bool repository : {false, true}) {
    CAPTURE(repository);
    TempDir dir;
    if (repository) REQUIRE(git_init(dir.path));
    dir.write(".flagdebtignore", "third_party/\n*_pb2.py\n");
    dir.write("main.py", "");
    dir.write("api_pb2.py", "");
    dir.write("third_party/lib.py", "");
    dir.write("src/third_party/lib.py", "");
    CHECK(listed(dir) == std::vector<std::string>{"main.py"});
  }
}

TEST_CASE("discover: an ignored directory is not entered, its nested folders neither") {
  TempDir dir;
  dir.write(".gitignore", "build/\n");
  dir.write("build/a.py", "");
  dir.write("build/nested/deeper/b.py", "");
  dir.write("src/c.py", "");
  auto walked = walk(dir);
  for (const auto& file : walked.asked) CHECK(file.find("build") == std::string::npos);
  CHECK(walked.visited == std::vector<std::string>{".gitignore", "src/c.py"});
  CHECK(walked.problems.empty());
}

TEST_CASE("discover: symlinks to files, to folders and in loops are not followed") {
  TempDir outside;
  outside.write("flags.py", "");
  TempDir dir;
  dir.write("real.py", "");
  dir.write("sub/inner.py", "");
  fs::create_symlink(dir.path / "real.py", dir.path / "link_to_file.py");
  fs::create_symlink(outside.path / "flags.py", dir.path / "outside.py");
  fs::create_symlink(outside.path, dir.path / "outside_dir");
  fs::create_symlink(dir.path / "sub", dir.path / "link_to_dir");
  fs::create_symlink(dir.path, dir.path / "sub/loop");
  fs::create_symlink(dir.path / "missing.py", dir.path / "dangling.py");
  auto found = discovered_in(dir, {"."});
  CHECK(paths_of(found) == std::vector<std::string>{"real.py", "sub/inner.py"});
  CHECK(found.problems.empty());
}

TEST_CASE("discover: version-control folders are skipped") {
  CHECK(flagdebt::discover::skipped_directory("/x/.git"));
  CHECK(flagdebt::discover::skipped_directory("/x/.hg"));
  CHECK(flagdebt::discover::skipped_directory(".svn"));
  CHECK_FALSE(flagdebt::discover::skipped_directory("/x/.github"));
  CHECK_FALSE(flagdebt::discover::skipped_directory("/x/git"));
  TempDir dir;
  REQUIRE(git_init(dir.path));
  dir.write(".git/hooks/pre_commit.py", "");
  dir.write(".hg/store.py", "");
  dir.write(".github/workflows/check.py", "");
  CHECK(listed(dir) == std::vector<std::string>{".github/workflows/check.py"});
}

TEST_CASE("discover: files named explicitly are taken as given") {
  TempDir dir;
  dir.write(".gitignore", "ignored.py\n");
  dir.write("ignored.py", "");
  dir.write("image.png", "");
  dir.write("walked.py", "");
  auto found = discovered_in(dir, {"ignored.py", "image.png"});
  CHECK(paths_of(found) == std::vector<std::string>{"ignored.py", "image.png"});
  for (const auto& file : found.files) CHECK(file.named_explicitly);
  CHECK_FALSE(found.walked_directory);

  auto walked = discovered_in(dir, {"."});
  CHECK(paths_of(walked) == std::vector<std::string>{"walked.py"});
  CHECK_FALSE(walked.files.at(0).named_explicitly);
  CHECK(walked.walked_directory);
}

TEST_CASE("discover: the language table decides which walked files are worth reading") {
  using flagdebt::discover::worth_reading;
  CHECK(worth_reading("src/app.py"));
  CHECK(worth_reading("src/App.java"));
  CHECK(worth_reading("deploy"));
  CHECK_FALSE(worth_reading("logo.png"));
  CHECK(worth_reading(".env"));  // a configuration format of the table, by file name
  CHECK_FALSE(worth_reading(".unknown_dotfile"));
  CHECK_FALSE(worth_reading("notes.txt"));
  TempDir dir;
  dir.write("logo.png", "");
  dir.write("bin/deploy", "#!/usr/bin/env python3\n");
  dir.write("web/app.ts", "");
  dir.write("README.unknownext", "");
  CHECK(listed(dir) == std::vector<std::string>{"bin/deploy", "web/app.ts"});
}

TEST_CASE("discover: results are sorted and without duplicates") {
  TempDir dir;
  dir.write("b.py", "");
  dir.write("a.py", "");
  dir.write("sub/c.py", "");
  CHECK(listed(dir, {"b.py", "a.py", "b.py"}) == std::vector<std::string>{"a.py", "b.py"});
  CHECK(listed(dir, {"sub/c.py", ".", "a.py", "sub"}) == std::vector<std::string>{"a.py", "b.py", "sub/c.py"});
  CHECK(listed(dir, {"./sub/", "sub/."}) == std::vector<std::string>{"sub/c.py"});
}

// A file given by name and reached by the walk too is still the named one: a binary named on the
// command line gets its note whatever the order of the arguments and the size of the tree.
TEST_CASE("discover: a file both named and walked keeps named_explicitly") {
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    std::string name = "f";
    name += std::to_string(i);  // ("f" + std::to_string(i) + ".py" trips GCC 12's -Wrestrict)
    dir.write(name + ".py", "");
  }
  for (const auto& args : {std::vector<std::string>{".", "f7.py"}, std::vector<std::string>{"f7.py", "."}}) {
    auto found = discovered_in(dir, args);
    REQUIRE(found.files.size() == 40);
    for (const auto& file : found.files) {
      CAPTURE(file.path);
      CHECK(file.named_explicitly == (file.path == "f7.py"));
    }
  }
}

TEST_CASE("discover: a missing path is an error for the whole call") {
  TempDir dir;
  dir.write("a.py", "");
  CurrentDir cwd(dir.path);
  auto found = discover({"a.py", "no/such/file.py"});
  REQUIRE_FALSE(found.has_value());
  CHECK(found.error().message.find("no such file") != std::string::npos);
}

TEST_CASE("discover: a folder that cannot be listed is one problem and the walk goes on") {
  // Portable for root too: the folder vanishes between being found and being listed.
  TempDir dir;
  dir.write("a/x.py", "");
  dir.write("b/y.py", "");
  dir.write("c/z.py", "");
  auto walked = walk(dir, [](const fs::path& folder) {
    if (folder.filename() == "b") fs::remove_all(folder);
    return true;
  });
  CHECK(walked.visited == std::vector<std::string>{"a/x.py", "c/z.py"});
  CHECK(walked.problems == std::vector<std::string>{"b"});
}

TEST_CASE("discover: an unreadable folder gives a problem in the Discovery") {
  if (::getuid() == 0) {
    MESSAGE("skipped: root reads mode-000 folders (the walk_tree case above covers the path)");
    return;
  }
  TempDir dir;
  dir.write("a/x.py", "");
  dir.write("locked/y.py", "");
  dir.write("z/z.py", "");
  fs::permissions(dir.path / "locked", fs::perms::none);
  auto found = discovered_in(dir, {"."});
  fs::permissions(dir.path / "locked", fs::perms::owner_all);
  CHECK(paths_of(found) == std::vector<std::string>{"a/x.py", "z/z.py"});
  REQUIRE(found.problems.size() == 1);
  CHECK(found.problems[0].file == "locked");
}
