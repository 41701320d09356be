#pragma once
// When keys entered and left the code, read from git history with libgit2: blobs at past commits,
// never a checkout (docs/dashboard.md "Cleanup rate").
#include <expected>
#include <string>
#include <vector>

#include "findings/metrics.h"
#include "manifest/manifest.h"
#include "support/diag.h"

namespace flagdebt::history {

struct HistoryOptions {
  size_t max_commits = 5000;  // first-parent commits walked back from HEAD
};

// For each key: the oldest commit adding a reference and the newest removing one, in code files
// (languages with a code model) below the current directory. Not a repository: an error the caller
// may ignore (metrics then go without history).
std::expected<findings::KeyHistory, support::Diag> key_history(const std::vector<std::string>& keys,
                                                               const HistoryOptions& options = {});

}  // namespace flagdebt::history
