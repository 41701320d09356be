// Differential test of IgnoreRules against libgit2's git_ignore_path_is_ignored (what it replaced):
// random trees with random .gitignore files at several levels, .flagdebtignore, info/exclude and
// core.excludesFile (through a private XDG directory), core.ignorecase, CRLF files, scan roots
// below the workdir; every directory and file of each tree is asked to both, with a fixed seed.
//
// Three corners where libgit2 1.5 deviates from git are compared with git's answer or not generated:
// - libgit2 drops a negation without wildcards (`!name`) unless it negates an earlier pattern of
//   the same file, so `!name` in a deeper .gitignore cannot re-include what a shallower one (or
//   info/exclude) ignored; git honours it, and so does IgnoreRules (ignore_rules_test.cpp). The
//   generator writes such negations only right after the pattern they negate.
// - a lone trailing backslash: libgit2 reads the escaped newline into the pattern and swallows the
//   next line; git keeps the line as a pattern that never matches. Not generated.
// - libgit2 stops at the first pattern matching the path itself, so a negation re-includes a path
//   under an excluded directory; git says "it is not possible to re-include a file if a parent
//   directory of that file is excluded", and so does IgnoreRules. For paths below a directory
//   libgit2 itself calls ignored, the test checks that IgnoreRules calls them ignored. The walk
//   never asks about such paths (it does not enter ignored directories): scans cannot differ.
#include <doctest/doctest.h>
#include <git2.h>
#include <git2/sys/repository.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "../temp_dir.h"
#include "discover/ignore_rules.h"

namespace fs = std::filesystem;
using flagdebt::testing::TempDir;

namespace {

// A small deterministic generator (std distributions differ between standard libraries).
struct Random {
  uint64_t state;
  uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  }
  size_t below(size_t n) { return next() % n; }
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
  template <class T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }
};

const std::vector<std::string> kNames = {"a",     "b",    "c",      "src",   "build", "foo",    "foo.log", "x.txt",
                                         "A.LOG", "lib1", "lib2",   "deep",  ".hid",  "#hash",  "!bang",   "sp ace",
                                         "tr ",   "Doc",  "doc.md", "a.b.c", "[x]",   "q?",     "fo",      "out"};

// Pattern shapes; N is replaced by a name from kNames.
const std::vector<std::string> kShapes = {
    "N",        "N",          "/N",        "N/",       "/N/",     "N/N",       "N/N/",       "N/*",     "*.log",
    "*.txt",    "*.md",       "*",         "?",        "??",      "?.txt",     "[a-c]",      "[!a-c]*", "[^ab]",
    "[a-z0-9]*", "lib[0-9]",  "**/N",      "**/N/",    "N/**",    "N/**/N",    "**/N/**",    "**",      "/**",
    "N/**/",    "*/",         "*/N",       "#comment", "",        "   ",       "\\#hash",    "\\!bang", "N ",
    "N\\ ",     "sp\\ ace",   "tr\\ ",     "*[[:digit:]]", "[[:upper:]]*", "foo*", "*o*",  "f*o",     "**/*.log",
    "N/?",      "\\*",        "*\\.log",   "[]x]*",    "[a-]*",   "[[:bogus:]]", "[x",       "a**b",    "**a",
    "N/**/*.txt", "*/*/N",    "**/**/N",   "N//",      "\t#tab",  "N\t",       "//N",        "N/*/",    "[A-Z]*",
    "*.LOG",    "d*p/",       "/N/**",     "/*",       "/*/",     "[\\]]*",     "*[!.]*"};

bool has_wildcard(const std::string& pattern) {
  for (size_t i = 0; i < pattern.size(); ++i) {
    if ((pattern[i] == '*' || pattern[i] == '?' || pattern[i] == '[') && (i == 0 || pattern[i - 1] != '\\')) return true;
  }
  return false;
}

std::string pattern(Random& r) {
  std::string shape = r.pick(kShapes);
  std::string out;
  for (char c : shape) out += c == 'N' ? r.pick(kNames) : std::string(1, c);
  if (!r.chance(25)) return out;
  // A negation without wildcards that libgit2 1.5 keeps: one right after the pattern it negates.
  if (!has_wildcard(out)) {
    // Not after a comment or a negation: neither is a pattern that libgit2 would let it negate.
    return out.starts_with('#') || out.starts_with('!') ? out : out + "\n!" + out;
  }
  return "!" + out;
}

std::string ignore_file(Random& r) {
  std::string text;
  const bool crlf = r.chance(10);
  for (size_t i = 0, n = 1 + r.below(8); i < n; ++i) text += pattern(r) + (crlf ? "\r\n" : "\n");
  if (r.chance(20) && !text.empty()) text.pop_back();  // no final newline
  return text;
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// The tree: relative path -> is a directory.
std::map<std::string, bool> random_tree(Random& r, const fs::path& base) {
  std::map<std::string, bool> tree;
  for (size_t i = 0, n = 10 + r.below(30); i < n; ++i) {
    std::string path;
    const size_t depth = 1 + r.below(4);
    bool clash = false;
    for (size_t d = 0; d < depth && !clash; ++d) {
      path += (d ? "/" : "") + r.pick(kNames);
      const bool directory = d + 1 < depth || r.chance(30);
      auto [it, inserted] = tree.emplace(path, directory);
      clash = it->second != directory;
    }
    if (clash) continue;
  }
  for (auto it = tree.begin(); it != tree.end();) {
    // Drop entries that clash with an earlier kind (a name used as file and as directory).
    bool ok = true;
    for (size_t slash = it->first.find('/'); slash != std::string::npos; slash = it->first.find('/', slash + 1)) {
      auto parent = tree.find(it->first.substr(0, slash));
      if (parent == tree.end() || !parent->second) ok = false;
    }
    it = ok ? std::next(it) : tree.erase(it);
  }
  for (const auto& [path, directory] : tree) {
    if (directory) {
      fs::create_directories(base / path);
    } else {
      write(base / path, "");
    }
  }
  return tree;
}

// The replaced implementation, verbatim in behaviour: libgit2 answers every question.
struct LibGit2Oracle {
  git_repository* repo = nullptr;
  fs::path workdir;

  LibGit2Oracle(const fs::path& root) {
    if (git_repository_open_ext(&repo, root.c_str(), 0, nullptr) == 0) {
      workdir = fs::path(git_repository_workdir(repo)).lexically_normal().parent_path();
    } else {
      REQUIRE(git_repository_new(&repo) == 0);
      workdir = root;
      REQUIRE(git_repository_set_workdir(repo, root.c_str(), 0) == 0);
    }
    add_flagdebtignore(workdir);
    if (root != workdir) add_flagdebtignore(root);
  }
  ~LibGit2Oracle() { git_repository_free(repo); }

  void add_flagdebtignore(const fs::path& dir) {
    std::ifstream in(dir / ".flagdebtignore", std::ios::binary);
    if (!in) return;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    git_ignore_add_rule(repo, text.c_str());
  }

  bool ignored(const std::string& relative, bool directory) const {
    int ignored = 0;
    REQUIRE(git_ignore_path_is_ignored(&ignored, repo, (relative + (directory ? "/" : "")).c_str()) == 0);
    return ignored == 1;
  }
};

// libgit2 reads core.excludesFile's default from <xdg>/ignore: the test points its global, XDG and
// system search paths at a private folder, and restores them at the end.
struct PrivateConfigDirs {
  static constexpr git_config_level_t kLevels[] = {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL};
  std::vector<std::string> saved;

  explicit PrivateConfigDirs(const fs::path& dir) {
    for (auto level : kLevels) {
      git_buf buf = GIT_BUF_INIT;
      REQUIRE(git_libgit2_opts(GIT_OPT_GET_SEARCH_PATH, level, &buf) == 0);
      saved.emplace_back(buf.ptr ? buf.ptr : "");
      git_buf_dispose(&buf);
      REQUIRE(git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, dir.c_str()) == 0);
    }
  }
  ~PrivateConfigDirs() {
    for (size_t i = 0; i < saved.size(); ++i) git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, kLevels[i], saved[i].c_str());
  }
};

struct Tally {
  size_t compared = 0;
  size_t under_excluded = 0;
};

void run_trial(Random& r, Tally& tally) {
  TempDir dir;
  const fs::path base = dir.path / "w";
  fs::create_directories(base);
  const fs::path config_dir = dir.path / "config";
  fs::create_directories(config_dir);
  if (r.chance(30)) write(config_dir / "ignore", ignore_file(r));
  PrivateConfigDirs private_dirs(config_dir);

  const bool repository = r.chance(50);
  if (repository) {
    git_repository* repo = nullptr;
    REQUIRE(git_repository_init(&repo, base.c_str(), 0) == 0);
    if (r.chance(25)) {
      git_config* config = nullptr;
      REQUIRE(git_repository_config(&config, repo) == 0);
      git_config_set_bool(config, "core.ignorecase", 1);
      git_config_free(config);
    }
    git_repository_free(repo);
    if (r.chance(50)) write(base / ".git/info/exclude", ignore_file(r));
  }
  auto tree = random_tree(r, base);
  std::vector<std::string> directories{""};
  for (const auto& [path, directory] : tree) {
    if (directory) directories.push_back(path);
  }
  for (const auto& d : directories) {
    if (d.empty() ? r.chance(80) : r.chance(35)) write(base / d / ".gitignore", ignore_file(r));
  }
  fs::path root = base;
  if (repository && r.chance(40)) root = base / r.pick(directories);
  if (r.chance(30)) write(base / ".flagdebtignore", ignore_file(r));
  if (root != base && r.chance(50)) write(root / ".flagdebtignore", ignore_file(r));

  // On a failure, the ignore files explain it.
  std::string files;
  for (const auto& d : directories) {
    std::ifstream in(base / d / ".gitignore", std::ios::binary);
    if (in) files += (d.empty() ? "" : d + "/") + ".gitignore:\n" + std::string(std::istreambuf_iterator<char>(in), {}) + "\n";
  }
  for (const fs::path& extra : {base / ".flagdebtignore", root / ".flagdebtignore", base / ".git/info/exclude", config_dir / "ignore"}) {
    std::ifstream in(extra, std::ios::binary);
    if (in) files += extra.string() + ":\n" + std::string(std::istreambuf_iterator<char>(in), {}) + "\n";
  }
  CAPTURE(files);
  CAPTURE(root);

  flagdebt::discover::IgnoreRules rules(root);
  LibGit2Oracle oracle(root);
  const std::string under = root == base ? "" : root.lexically_relative(base).generic_string() + "/";
  for (const auto& [path, directory] : tree) {
    if (!path.starts_with(under) || path.size() == under.size() - 1) continue;
    bool excluded_parent = false;
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
      excluded_parent = excluded_parent || oracle.ignored(path.substr(0, slash), true);
    }
    const bool ours = rules.ignored(base / path, directory);
    CAPTURE(path);
    CAPTURE(directory);
    if (excluded_parent) {
      ++tally.under_excluded;
      CHECK(ours);
    } else {
      ++tally.compared;
      CHECK(ours == oracle.ignored(path, directory));
    }
  }
}

}  // namespace

// SEED and TRIALS in the environment run other or longer series by hand (e.g. TRIALS=5000).
TEST_CASE("ignore rules: the same answers as libgit2 on random trees (fixed seed)") {
  git_libgit2_init();
  Random r{std::getenv("SEED") ? std::stoull(std::getenv("SEED")) : 20261204ULL};
  Tally tally;
  for (int trial = 0; trial < (std::getenv("TRIALS") ? std::stoi(std::getenv("TRIALS")) : 300); ++trial) {
    CAPTURE(trial);
    run_trial(r, tally);
  }
  MESSAGE("compared " << tally.compared << " paths with libgit2; " << tally.under_excluded
                      << " under an excluded directory checked as ignored");
  CHECK(tally.compared > 3000);
  CHECK(tally.under_excluded > 300);
  git_libgit2_shutdown();
}
