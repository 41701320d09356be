#pragma once
// What GitHub code scanning accepts in one SARIF upload, and how the SARIF writer stays within it.
// Beyond either limit GitHub rejects the upload (or drops results without a word), so the writer
// keeps the most severe results itself and says in the log how many it left out and why.
#include <cstddef>
#include <string_view>
#include <vector>

#include "findings/finding.h"

namespace flagdebt::report {

// "Maximum number of results per run" of GitHub's SARIF support (docs.github.com, code scanning,
// "SARIF support for code scanning", upload limits).
inline constexpr size_t kGitHubMaxResults = 25'000;
// "The maximum size for a gzip-compressed SARIF file is 10 MB" (the same page).
inline constexpr size_t kGitHubMaxGzippedBytes = 10 * 1000 * 1000;

struct SarifLimits {
  size_t max_results = kGitHubMaxResults;
  size_t max_gzipped_bytes = kGitHubMaxGzippedBytes;
};

// The indices of the `count` findings to keep: errors before warnings before notes, ties in the
// report's own (stable) order; returned in the report's order.
std::vector<size_t> most_severe(const std::vector<findings::Finding>& findings, size_t count);

// The size of `text` compressed as `gzip` (default level) would compress it.
size_t gzipped_size(std::string_view text);

}  // namespace flagdebt::report
