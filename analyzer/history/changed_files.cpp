#include "history/changed_files.h"

#include <algorithm>
#include <filesystem>

#include "history/git_handles.h"
#include "support/paths.h"

namespace flagdebt::history {
namespace fs = std::filesystem;

std::expected<std::vector<std::string>, support::Diag> changed_files(const std::string& rev) {
  LibGit2 lib;
  Repo repo;
  if (git_repository_open_ext(&repo.p, ".", 0, nullptr) != 0) {
    return std::unexpected(support::make_diag("", 0, 0, "--changed-since " + rev + ": not inside a git repository"));
  }
  const char* workdir = git_repository_workdir(repo.p);
  if (!workdir) return std::unexpected(support::make_diag("", 0, 0, "--changed-since " + rev + ": bare repository"));
  Object target;
  if (git_revparse_single(&target.p, repo.p, rev.c_str()) != 0) {
    return std::unexpected(libgit2_error("--changed-since " + rev + ": unknown revision"));
  }
  Object tree;
  if (git_object_peel(&tree.p, target.p, GIT_OBJECT_TREE) != 0) {
    return std::unexpected(libgit2_error("--changed-since " + rev + ": no tree"));
  }

  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_INCLUDE_TYPECHANGE;
  Diff diff;
  if (git_diff_tree_to_workdir_with_index(&diff.p, repo.p, reinterpret_cast<git_tree*>(tree.p), &options) != 0) {
    return std::unexpected(libgit2_error("--changed-since " + rev));
  }

  std::error_code ec;
  fs::path root = fs::weakly_canonical(workdir, ec);  // as the walk spells paths: no symlink in them
  fs::path cwd = fs::current_path(ec);
  std::vector<std::string> out;
  // No rename detection: a renamed file is its old path deleted (skipped) and its new path added
  // (scanned), which is the answer wanted, without comparing file contents.
  for (size_t i = 0, n = git_diff_num_deltas(diff.p); i < n; ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.p, i);
    if (delta->status == GIT_DELTA_DELETED || delta->status == GIT_DELTA_UNMODIFIED ||
        delta->status == GIT_DELTA_IGNORED) {
      continue;
    }
    fs::path absolute = (root / delta->new_file.path).lexically_normal();
    out.push_back(support::display_path(absolute, cwd));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::expected<void, support::Diag> keep_changed(discover::Discovery& discovery, const std::string& rev) {
  auto changed = changed_files(rev);
  if (!changed) return std::unexpected(changed.error());
  std::erase_if(discovery.files, [&](const discover::DiscoveredFile& f) {
    return !std::binary_search(changed->begin(), changed->end(), f.path);
  });
  discovery.walked_directory = false;
  return {};
}

}  // namespace flagdebt::history
