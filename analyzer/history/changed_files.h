#pragma once
// `scan --changed-since REV`: which files differ from REV, read with libgit2 (no `git` process).
#include <expected>
#include <string>
#include <vector>

#include "discover/discover.h"
#include "support/diag.h"

namespace flagdebt::history {

// Files that differ between REV's tree (any revspec libgit2 accepts: a branch, HEAD~3, a sha) and
// the working tree, staged and unstaged changes alike, plus untracked files that are not ignored
// (a new file is a change the author will commit; an ignored one never reaches the repository).
// Deleted files are left out; a renamed file counts at its new path. Paths as discovery reports
// them (relative to the current directory when below it), sorted. Not a repository, a bare one
// or a REV that does not resolve: the error, one line.
std::expected<std::vector<std::string>, support::Diag> changed_files(const std::string& rev);

// Keeps only the files of `discovery` that changed since `rev`. A scan of changed files is a scan
// of files, not of whole directories: the manifest's orphan check does not apply (BRIEF).
std::expected<void, support::Diag> keep_changed(discover::Discovery& discovery, const std::string& rev);

}  // namespace flagdebt::history
