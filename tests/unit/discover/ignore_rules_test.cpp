// gitignore(5), case by case, through IgnoreRules on real temporary trees (the differential test
// against libgit2 is ignore_rules_diff_test.cpp). The answers below were checked with
// `git check-ignore` (git 2.39), including those where libgit2 1.5 answers otherwise.
#include <doctest/doctest.h>
#include <git2.h>
#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "../temp_dir.h"
#include "discover/glob_match.h"
#include "discover/ignore_rules.h"

namespace fs = std::filesystem;
using flagdebt::discover::glob_matches;
using flagdebt::discover::IgnoreRules;
using flagdebt::testing::TempDir;

namespace {

struct Case {
  std::map<std::string, std::string> files;  // relative path -> content (ignore files)
  std::string path;                          // a trailing '/' asks about a directory
  bool ignored;
};

bool ignored_in(const TempDir& dir, const std::string& path) {
  const bool directory = path.ends_with('/');
  IgnoreRules rules(dir.path);
  return rules.ignored(dir.path / path.substr(0, path.size() - (directory ? 1 : 0)), directory);
}

}  // namespace

TEST_CASE("ignore rules: gitignore(5) cases") {
  const std::vector<Case> cases = {
      // blank lines and comments
      {{{".gitignore", "# a comment\n\nfoo\n"}}, "foo", true},
      {{{".gitignore", "# a comment\n"}}, "# a comment", false},
      {{{".gitignore", "\\#hash\n"}}, "#hash", true},
      {{{".gitignore", "\\!bang\n"}}, "!bang", true},
      // trailing spaces trimmed unless escaped; CRLF files
      {{{".gitignore", "foo   \n"}}, "foo", true},
      {{{".gitignore", "foo\\ \n"}}, "foo ", true},
      {{{".gitignore", "foo\\ \n"}}, "foo", false},
      {{{".gitignore", "foo\r\nbar\r\n"}}, "bar", true},
      // a lone trailing backslash: a pattern that matches nothing (libgit2 1.5 ate the next line)
      {{{".gitignore", "foo\\\nbar\n"}}, "foo", false},
      {{{".gitignore", "foo\\\nbar\n"}}, "bar", true},
      // negation, last match wins
      {{{".gitignore", "*.log\n!keep.log\n"}}, "keep.log", false},
      {{{".gitignore", "*.log\n!keep.log\n"}}, "a.log", true},
      {{{".gitignore", "*.txt\n!*.txt\n*.txt\n"}}, "a.txt", true},
      // no re-inclusion under an excluded directory
      {{{".gitignore", "build/\n!build/x.c\n"}}, "build/x.c", true},
      {{{".gitignore", "build/\n!x.c\n"}}, "build/sub/x.c", true},
      // anchoring: a slash at the start or in the middle
      {{{".gitignore", "/root.txt\n"}}, "root.txt", true},
      {{{".gitignore", "/root.txt\n"}}, "sub/root.txt", false},
      {{{".gitignore", "doc/frotz\n"}}, "doc/frotz", true},
      {{{".gitignore", "doc/frotz\n"}}, "a/doc/frotz", false},
      {{{"sub/.gitignore", "/x\n"}}, "sub/x", true},
      {{{"sub/.gitignore", "/x\n"}}, "sub/y/x", false},
      {{{"sub/.gitignore", "x\n"}}, "x", false},
      {{{".gitignore", "frotz\n"}}, "a/b/frotz", true},
      // directories only
      {{{".gitignore", "out/\n"}}, "out/", true},
      {{{".gitignore", "out/\n"}}, "out", false},
      {{{".gitignore", "out/\n"}}, "a/out/", true},
      {{{".gitignore", "a/out/\n"}}, "b/a/out/", false},
      // wildcards and classes; '*' and '?' stop at '/'
      {{{".gitignore", "?.c\n"}}, "a.c", true},
      {{{".gitignore", "?.c\n"}}, "ab.c", false},
      {{{".gitignore", "a/*.c\n"}}, "a/x.c", true},
      {{{".gitignore", "a/*.c\n"}}, "a/b/x.c", false},
      {{{".gitignore", "[a-c]*.txt\n"}}, "b1.txt", true},
      {{{".gitignore", "[a-c]*.txt\n"}}, "d.txt", false},
      {{{".gitignore", "[!a-c].txt\n"}}, "d.txt", true},
      {{{".gitignore", "[!a-c].txt\n"}}, "a.txt", false},
      {{{".gitignore", "[[:digit:]]*\n"}}, "7up", true},
      {{{".gitignore", "\\*\n"}}, "*", true},
      {{{".gitignore", "\\*\n"}}, "a", false},
      // **
      {{{".gitignore", "**/logs\n"}}, "logs/", true},
      {{{".gitignore", "**/logs\n"}}, "x/y/logs/", true},
      {{{".gitignore", "logs/**\n"}}, "logs/a/b", true},
      {{{".gitignore", "logs/**\n"}}, "logs/", false},
      {{{".gitignore", "a/**/b\n"}}, "a/b", true},
      {{{".gitignore", "a/**/b\n"}}, "a/x/y/b", true},
      {{{".gitignore", "a/**/b\n"}}, "c/a/b", false},
      {{{".gitignore", "a**b\n"}}, "axyb", true},
      // deeper files override shallower ones, also with a plain `!name` (libgit2 1.5 dropped it)
      {{{".gitignore", "*.gen\n"}, {"sub/.gitignore", "!keep.gen\n"}}, "sub/keep.gen", false},
      {{{".gitignore", "*.gen\n"}, {"sub/.gitignore", "!keep.gen\n"}}, "keep.gen", true},
      {{{".gitignore", "!keep.gen\n"}, {"sub/.gitignore", "*.gen\n"}}, "sub/keep.gen", true},
      // .flagdebtignore comes before every .gitignore
      {{{".flagdebtignore", "gen/\n"}, {".gitignore", "!gen/\n"}}, "gen/", true},
      {{{".flagdebtignore", "*_pb2.py\n"}}, "a/b_pb2.py", true},
      // .git is always ignored, a file named so too (submodules, worktrees)
      {{}, ".git/", true},
      {{}, "sub/.git", true},
      {{}, "src/main.c", false},
  };
  for (const auto& c : cases) {
    TempDir dir;
    std::string files;
    for (const auto& [path, text] : c.files) {
      dir.write(path, text);
      files += path + ": " + text;
    }
    CAPTURE(files);
    CAPTURE(c.path);
    CHECK(ignored_in(dir, c.path) == c.ignored);
  }
}

TEST_CASE("ignore rules: .gitignore has priority over info/exclude, scanned from a subfolder") {
  TempDir dir;
  git_libgit2_init();
  git_repository* repo = nullptr;
  REQUIRE(git_repository_init(&repo, dir.path.c_str(), 0) == 0);
  git_repository_free(repo);
  git_libgit2_shutdown();
  dir.write(".git/info/exclude", "secret\nprivate/\n");
  dir.write(".gitignore", "!secret\n*.tmp\n");
  dir.write("app/.gitignore", "!b.tmp\n");
  fs::create_directories(dir.path / "app/private");
  IgnoreRules rules(dir.path / "app");  // the workdir's .gitignore still applies
  CHECK_FALSE(rules.ignored(dir.path / "app/secret", false));
  CHECK(rules.ignored(dir.path / "app/private", true));
  CHECK(rules.ignored(dir.path / "app/a.tmp", false));
  CHECK_FALSE(rules.ignored(dir.path / "app/b.tmp", false));
  CHECK_FALSE(rules.ignored(dir.path / "app/main.c", false));
}

TEST_CASE("ignore rules: a symlinked .gitignore is not followed") {
  TempDir dir;
  dir.write("outside.txt", "x\n");
  dir.write("sub/y", "");
  fs::create_symlink("../outside.txt", dir.path / "sub/.gitignore");
  IgnoreRules rules(dir.path);
  CHECK_FALSE(rules.ignored(dir.path / "sub/x", false));
}

TEST_CASE("ignore rules: a FIFO named .gitignore is skipped, not waited on") {
  TempDir dir;
  fs::create_directories(dir.path / "sub");
  REQUIRE(::mkfifo((dir.path / "sub/.gitignore").c_str(), 0600) == 0);
  IgnoreRules rules(dir.path);
  CHECK_FALSE(rules.ignored(dir.path / "sub/x", false));
}

TEST_CASE("ignore rules: the cache gives the same answers in any order of questions") {
  TempDir dir;
  dir.write(".gitignore", "build/\n");
  dir.write("a/.gitignore", "*.o\n");
  IgnoreRules rules(dir.path);
  CHECK(rules.ignored(dir.path / "a/b/c/x.o", false));  // deep first: the parents are made on the way
  CHECK(rules.ignored(dir.path / "a/b/build/y", false));
  CHECK_FALSE(rules.ignored(dir.path / "a/b/c/x.c", false));
  CHECK(rules.ignored(dir.path / "a/b/build", true));
  CHECK_FALSE(rules.ignored(dir.path / "elsewhere/x.o", false));
  CHECK_FALSE(rules.ignored(dir.path.parent_path() / "outside.o", false));
}

TEST_CASE("glob: git's dialect") {
  using O = flagdebt::discover::GlobOptions;
  const O path{.pathname = true};
  CHECK(glob_matches("*.c", "a/b.c", {}));          // basename mode: '*' crosses everything
  CHECK_FALSE(glob_matches("*.c", "a/b.c", path));  // path mode: it does not cross '/'
  CHECK(glob_matches("**/b.c", "a/x/b.c", path));
  CHECK(glob_matches("**/b.c", "b.c", path));
  CHECK(glob_matches("a/**", "a/x/y", path));
  CHECK_FALSE(glob_matches("a/**", "a", path));
  CHECK(glob_matches("a/**/b", "a/b", path));
  CHECK_FALSE(glob_matches("a**/b", "ax/y/b", path));  // `**` not between slashes is a `*`
  CHECK(glob_matches("[]]", "]", {}));
  CHECK(glob_matches("[^a]", "b", {}));
  CHECK_FALSE(glob_matches("[a-]", "b", {}));
  CHECK(glob_matches("[a-]", "-", {}));
  CHECK_FALSE(glob_matches("[[:bogus:]]", "b", {}));
  CHECK_FALSE(glob_matches("[ab", "a", {}));  // an unclosed class matches nothing
  CHECK(glob_matches("A*", "abc", {.fold_case = true}));
  CHECK_FALSE(glob_matches("A*", "abc", {}));
  CHECK_FALSE(glob_matches("a/[/]b", "a//b", path));
  // No blow-up on patterns that would backtrack exponentially.
  CHECK_FALSE(glob_matches("*a*a*a*a*a*a*a*a*a*a*a*b", std::string(200, 'a'), path));
  CHECK_FALSE(glob_matches("**/**/**/**/**/**/**/**/x", std::string(100, 'a') + "/" + std::string(100, 'b'), path));
}
