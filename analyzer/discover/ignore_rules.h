#pragma once
// IgnoreRules: .gitignore (every level, .git/info/exclude, core.excludesFile) and .flagdebtignore,
// evaluated by libgit2 against the repository that holds the scan root, or against a
// repository-less view of the root when it is not in one.
#include <filesystem>
#include <memory>

struct git_repository;

namespace flagdebt::discover {

class IgnoreRules {
 public:
  explicit IgnoreRules(const std::filesystem::path& root);
  ~IgnoreRules();
  IgnoreRules(const IgnoreRules&) = delete;
  IgnoreRules& operator=(const IgnoreRules&) = delete;

  bool ignored(const std::filesystem::path& absolute, bool is_directory) const;

 private:
  git_repository* repo_ = nullptr;
  std::filesystem::path workdir_;
};

}  // namespace flagdebt::discover
