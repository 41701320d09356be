#pragma once
// The few reads of git objects history/ needs (private to history/), over git_handles.h.
#include <git2.h>

#include <expected>
#include <memory>
#include <string>
#include <string_view>

#include "support/date.h"
#include "support/diag.h"
#include "history/git_handles.h"

namespace flagdebt::history {

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
