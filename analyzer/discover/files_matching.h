#pragma once
// Expanding a file pattern a rule file names (a registry's `file:`). Rule files come from the
// scanned repository, so a pattern is untrusted: it may only name files discovery itself would
// read — inside the scan root, not ignored, not behind a symlink, not under .git. No shell, no
// glob(3): the pattern is matched (fnmatch, FNM_PATHNAME | FNM_PERIOD) against the paths a walk
// of the root finds, starting at the pattern's literal directory prefix.
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flagdebt::discover {

// Why a pattern may not be used (absolute, or a `..` segment), or nullopt when it may.
std::optional<std::string> pattern_problem(std::string_view pattern);

// Regular files below `root` matching `pattern` ('/'-separated, relative to the root), as
// '/'-separated paths relative to the root, sorted. `*`, `?` and `[...]` never match a '/' or a
// leading '.'. A pattern with a problem is an error.
std::expected<std::vector<std::string>, std::string> files_matching(const std::filesystem::path& root,
                                                                    std::string_view pattern);

// Whether `path` resolves (symlinks and all) to a place inside `root`.
bool resolves_inside(const std::filesystem::path& root, const std::filesystem::path& path);

}  // namespace flagdebt::discover
