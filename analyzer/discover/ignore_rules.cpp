#include "discover/ignore_rules.h"

#include <git2.h>
#include <git2/sys/repository.h>

#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "discover/gitignore_rules.h"
#include "support/read_file.h"

namespace flagdebt::discover {
namespace fs = std::filesystem;
namespace {

struct LibGit2 {
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
};

// An ignore file's text; nothing when it is no regular file (a FIFO named .gitignore must not
// hang the walk) or cannot be read. Files in the tree are not read through a symlink (git, unlike
// libgit2, does not follow a symlinked .gitignore either); git's own exclude files are.
std::optional<std::string> read_ignore_file(const fs::path& path, support::Symlinks symlinks) {
  auto text = support::read_file(path.string(), std::numeric_limits<uint64_t>::max(), symlinks);
  return text ? std::optional(std::move(*text)) : std::nullopt;
}

// The directories of one config level's libgit2 search path ("a:b").
std::vector<std::string> search_path(git_config_level_t level) {
  git_buf buf = GIT_BUF_INIT;
  std::vector<std::string> out;
  if (git_libgit2_opts(GIT_OPT_GET_SEARCH_PATH, level, &buf) == 0 && buf.ptr) {
    std::string_view list(buf.ptr, buf.size);
    size_t begin = 0;
    while (begin <= list.size()) {
      size_t end = std::min(list.find(':', begin), list.size());
      if (end > begin) out.emplace_back(list.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  git_buf_dispose(&buf);
  return out;
}

// core.excludesFile as libgit2's attribute cache resolves it: the configured path ("~/" is the
// global config directory), else the first existing <xdg>/ignore.
std::optional<fs::path> excludes_file(git_config* config) {
  git_config_entry* entry = nullptr;
  std::optional<fs::path> out;
  if (config && git_config_get_entry(&entry, config, "core.excludesfile") == 0 && entry) {
    std::string_view value = entry->value ? entry->value : "";
    if (value.starts_with("~/")) {
      auto home = search_path(GIT_CONFIG_LEVEL_GLOBAL);
      if (!home.empty()) out = fs::path(home.front()) / value.substr(2);
    } else if (!value.empty()) {
      out = fs::path(value);
    }
    git_config_entry_free(entry);
    return out;
  }
  for (const auto& dir : search_path(GIT_CONFIG_LEVEL_XDG)) {
    std::error_code ec;
    if (fs::exists(fs::path(dir) / "ignore", ec)) return fs::path(dir) / "ignore";
  }
  return std::nullopt;
}

bool config_flag(git_config* config, const char* name) {
  int value = 0;
  return config && git_config_get_bool(&value, config, name) == 0 && value;
}

struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// "a/b" -> parent "a", basename "b"; "a" -> "", "a".
std::pair<std::string_view, std::string_view> split(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {{}, path};
  return {path.substr(0, slash), path.substr(slash + 1)};
}

}  // namespace

struct IgnoreRules::State {
  // One directory met under the workdir: its .gitignore, and whether it is excluded (then so is
  // everything below it, and its .gitignore is never read).
  struct Directory {
    const Directory* parent = nullptr;
    std::string prefix;  // "a/b/" ("" for the workdir): what its rules' paths are relative to
    GitignoreRules rules;
    bool excluded = false;
  };

  fs::path workdir;
  std::string workdir_text;
  bool fold_case = false;
  GitignoreRules internal;                // defaults and .flagdebtignore: libgit2's "internal" rules, first
  std::vector<GitignoreRules> global;     // .git/info/exclude, core.excludesFile: last
  std::unordered_map<std::string, std::unique_ptr<Directory>, NameHash, std::equal_to<>> directories;

  // First file (internal, then the nearest .gitignore outwards, then global) with a matching pattern.
  IgnoreVerdict verdict(std::string_view path, std::string_view basename, bool is_directory, const Directory* dir) const {
    if (auto v = internal.verdict(path, basename, is_directory); v != IgnoreVerdict::none) return v;
    for (; dir; dir = dir->parent) {
      if (dir->rules.empty()) continue;
      if (auto v = dir->rules.verdict(path.substr(dir->prefix.size()), basename, is_directory); v != IgnoreVerdict::none) return v;
    }
    for (const auto& file : global) {
      if (auto v = file.verdict(path, basename, is_directory); v != IgnoreVerdict::none) return v;
    }
    return IgnoreVerdict::none;
  }

  Directory* make(std::string_view path, const Directory* parent) {
    auto dir = std::make_unique<Directory>();
    dir->parent = parent;
    dir->rules = GitignoreRules(fold_case);
    if (!path.empty()) {
      dir->prefix = std::string(path) + '/';
      dir->excluded = parent->excluded || verdict(path, split(path).second, true, parent) == IgnoreVerdict::ignored;
    }
    if (!dir->excluded) {
      if (auto text = read_ignore_file(workdir / path / ".gitignore", support::Symlinks::Refuse)) dir->rules.add(*text);
    }
    Directory* raw = dir.get();
    directories.emplace(std::string(path), std::move(dir));
    return raw;
  }

  // The directory entry for `path` (relative to the workdir), made with its missing ancestors.
  const Directory* directory(std::string_view path) {
    std::vector<std::string_view> missing;
    const Directory* known = nullptr;
    for (std::string_view p = path;; p = split(p).first) {
      if (auto it = directories.find(p); it != directories.end()) {
        known = it->second.get();
        break;
      }
      missing.push_back(p);
      if (p.empty()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) known = make(*it, known);
    return known;
  }

  // The path relative to the workdir, or nothing when it lies outside.
  std::optional<std::string> relative(const fs::path& absolute) const {
    const std::string& text = absolute.native();
    if (text.size() > workdir_text.size() && text.starts_with(workdir_text) && text[workdir_text.size()] == '/') {
      std::string_view rest = std::string_view(text).substr(workdir_text.size() + 1);
      // The quick answer holds for a clean spelling; anything else goes the long way.
      if (!rest.empty() && rest.back() != '/' && rest.find("//") == std::string_view::npos &&
          !rest.starts_with("./") && !rest.starts_with("../") && rest.find("/./") == std::string_view::npos &&
          rest.find("/../") == std::string_view::npos && rest != "." && rest != ".." && !rest.ends_with("/.") &&
          !rest.ends_with("/..")) {
        return std::string(rest);
      }
    }
    std::string rel = absolute.lexically_relative(workdir).generic_string();
    if (rel.empty() || rel == ".." || rel.starts_with("../")) return std::nullopt;
    return rel;
  }
};

IgnoreRules::IgnoreRules(const fs::path& root) {
  static LibGit2 library;
  git_repository* repo = nullptr;
  auto state = std::make_unique<State>();
  if (git_repository_open_ext(&repo, root.c_str(), 0, nullptr) == 0 && !git_repository_is_bare(repo)) {
    state->workdir = fs::path(git_repository_workdir(repo)).lexically_normal().parent_path();
  } else {
    // Not in a repository: the root's own .gitignore files still apply, with git's global ones
    // (a repository that lives only in memory gives libgit2's view of the config).
    if (repo) git_repository_free(repo);
    repo = nullptr;
    if (git_repository_new(&repo) != 0) return;
    state->workdir = root;
  }
  state->workdir_text = state->workdir.native();
  git_config* config = nullptr;
  if (git_repository_config_snapshot(&config, repo) != 0) config = nullptr;
  state->fold_case = config_flag(config, "core.ignorecase");
  state->internal = GitignoreRules(state->fold_case);
  state->internal.add(".\n..\n.git\n");  // libgit2's default internal rules
  auto add_flagdebtignore = [&](const fs::path& dir) {
    if (auto text = read_ignore_file(dir / ".flagdebtignore", support::Symlinks::Refuse)) state->internal.add(*text);
  };
  add_flagdebtignore(state->workdir);
  if (root != state->workdir) add_flagdebtignore(root);
  if (const char* common = git_repository_commondir(repo); common && git_repository_path(repo)) {
    GitignoreRules exclude(state->fold_case);
    if (auto text = read_ignore_file(fs::path(common) / "info" / "exclude", support::Symlinks::Follow)) exclude.add(*text);
    state->global.push_back(std::move(exclude));
  }
  if (auto path = excludes_file(config)) {
    GitignoreRules excludes(state->fold_case);
    if (auto text = read_ignore_file(*path, support::Symlinks::Follow)) excludes.add(*text);
    state->global.push_back(std::move(excludes));
  }
  git_config_free(config);
  git_repository_free(repo);
  state_ = std::move(state);
}

IgnoreRules::~IgnoreRules() = default;

bool IgnoreRules::ignored(const fs::path& absolute, bool is_directory) const {
  if (!state_) return false;
  auto rel = state_->relative(absolute);
  if (!rel) return false;
  auto [parent, basename] = split(*rel);
  const State::Directory* dir = state_->directory(parent);
  if (dir->excluded) return true;
  return state_->verdict(*rel, basename, is_directory, dir) == IgnoreVerdict::ignored;
}

}  // namespace flagdebt::discover
