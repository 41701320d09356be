#pragma once
// IgnoreRules: .gitignore (every level, .git/info/exclude, core.excludesFile) and .flagdebtignore.
// libgit2 finds the repository that holds the scan root (and its config); the matching is ours:
// libgit2's git_ignore_path_is_ignored rebuilt every ancestor's rule stack and stat'ed each
// ancestor's .gitignore on every call, 8-12% of a whole scan's CPU (docs/performance.md). Here each
// .gitignore is read and compiled once per IgnoreRules, in a cache of the directories met.
#include <filesystem>
#include <memory>

namespace flagdebt::discover {

class IgnoreRules {
 public:
  explicit IgnoreRules(const std::filesystem::path& root);
  ~IgnoreRules();
  IgnoreRules(const IgnoreRules&) = delete;
  IgnoreRules& operator=(const IgnoreRules&) = delete;

  // Whether git would ignore the path: its own rules, or an excluded parent directory (a file
  // cannot be re-included under an excluded directory). Fills a cache: callers may share one
  // IgnoreRules between threads only if they call it from one thread at a time.
  bool ignored(const std::filesystem::path& absolute, bool is_directory) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace flagdebt::discover
