#pragma once
// libgit2 for the history module's .cpp files only (never included by a public header): the
// library's init/shutdown, owning handles, and its last error as a Diag.
#include <git2.h>

#include <string>

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
using Object = Owned<git_object, git_object_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using Blob = Owned<git_blob, git_blob_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Walk = Owned<git_revwalk, git_revwalk_free>;

// "what: libgit2's last message".
inline support::Diag libgit2_error(const std::string& what) {
  const ::git_error* e = git_error_last();
  return support::make_diag("", 0, 0, what + ": " + (e && e->message ? e->message : "libgit2 error"));
}

}  // namespace flagdebt::history
