#pragma once
// The one directory walk of discovery: symlinks are never followed (no walk out of the root, no
// loops), .git/.hg/.svn and ignored directories are not entered, ignored files are not visited.
// Discovery and a rule file's pattern expansion (files_matching) both walk through it, so a
// pattern can never reach a file discovery would not read.
#include <filesystem>
#include <functional>
#include <system_error>

namespace flagdebt::discover {

class IgnoreRules;

struct TreeVisitor {
  // Whether to descend into a directory; empty: every directory.
  std::function<bool(const std::filesystem::path& dir)> enter;
  // Whether a regular file is of interest, asked before the (costlier) ignore rules; empty: all.
  std::function<bool(const std::filesystem::path& file)> wants;
  std::function<void(const std::filesystem::path& file)> file;
  std::function<void(const std::filesystem::path& path, const std::error_code& ec)> problem;
};

// Walks `start`, an absolute directory, visiting regular files below it.
void walk_tree(const std::filesystem::path& start, const IgnoreRules& rules, const TreeVisitor& visitor);

// A version-control directory (.git, .hg, .svn): never walked, never matched.
bool skipped_directory(const std::filesystem::path& dir);

}  // namespace flagdebt::discover
