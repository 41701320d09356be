#pragma once
// libgit2 handles owned by RAII wrappers, and the few reads history/ needs (private to history/).
#include <git2.h>

#include <expected>
#include <memory>
#include <string>
#include <string_view>

#include "support/date.h"
#include "support/diag.h"

namespace flagdebt::history {

struct LibGit2 {
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
};

template <typename T, void (*Free)(T*)>
struct Owned {
  T* p = nullptr;
  ~Owned() { if (p) Free(p); }
  Owned() = default;
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
};
using Repo = Owned<git_repository, git_repository_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using Blob = Owned<git_blob, git_blob_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Walk = Owned<git_revwalk, git_revwalk_free>;

inline support::Diag libgit2_error(const std::string& what) {
  const ::git_error* e = git_error_last();
  return support::make_diag("", 0, 0, what + ": " + (e && e->message ? e->message : "libgit2 error"));
}

inline support::Date date_of(const git_commit* commit) {
  return support::Date{std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{git_commit_time(commit)}})};
}

// A blob's text; empty when absent (zero id) or binary.
std::string_view blob_text(git_repository* repo, const git_oid& id, Blob& holder);

struct Opened {
  LibGit2 lib;
  Repo repo;
  std::string prefix;  // the current directory, relative to the work tree ("" or "a/b/")
};

// The repository holding the current directory.
std::expected<std::unique_ptr<Opened>, support::Diag> open_here();

}  // namespace flagdebt::history
