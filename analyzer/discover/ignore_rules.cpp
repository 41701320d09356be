#include "discover/ignore_rules.h"

#include <git2.h>
#include <git2/sys/repository.h>

#include <fstream>
#include <sstream>

namespace flagdebt::discover {
namespace {

struct LibGit2 {
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
};

void add_flagdebtignore(git_repository* repo, const std::filesystem::path& dir) {
  std::ifstream in(dir / ".flagdebtignore");
  if (!in) return;
  std::ostringstream rules;
  rules << in.rdbuf();
  git_ignore_add_rule(repo, rules.str().c_str());
}

}  // namespace

IgnoreRules::IgnoreRules(const std::filesystem::path& root) {
  static LibGit2 library;
  if (git_repository_open_ext(&repo_, root.c_str(), 0, nullptr) == 0 && !git_repository_is_bare(repo_)) {
    workdir_ = std::filesystem::path(git_repository_workdir(repo_)).lexically_normal().parent_path();
  } else {
    // Not in a repository: libgit2 still evaluates the root's .gitignore files through a
    // repository that lives only in memory (nothing is written to the scanned tree).
    if (repo_) git_repository_free(repo_);
    repo_ = nullptr;
    if (git_repository_new(&repo_) != 0) return;
    workdir_ = root;
    if (git_repository_set_workdir(repo_, root.c_str(), 0) != 0) {
      git_repository_free(repo_);
      repo_ = nullptr;
      return;
    }
  }
  add_flagdebtignore(repo_, workdir_);
  if (root != workdir_) add_flagdebtignore(repo_, root);
}

IgnoreRules::~IgnoreRules() {
  if (repo_) git_repository_free(repo_);
}

bool IgnoreRules::ignored(const std::filesystem::path& absolute, bool is_directory) const {
  if (!repo_) return false;
  std::string relative = absolute.lexically_relative(workdir_).generic_string();
  if (relative.empty() || relative.starts_with("..")) return false;
  if (is_directory) relative += '/';
  int ignored = 0;
  if (git_ignore_path_is_ignored(&ignored, repo_, relative.c_str()) != 0) return false;
  return ignored == 1;
}

}  // namespace flagdebt::discover
