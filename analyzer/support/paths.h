#pragma once
// Paths as reports show them: relative to the current directory when below it, '/' separated.
#include <expected>
#include <filesystem>
#include <optional>
#include <string>

#include "support/diag.h"

namespace flagdebt::support {

std::string display_path(const std::string& path);
// The same against a current directory the caller already holds (a walk asks once, not per file).
std::string display_path(const std::filesystem::path& absolute, const std::filesystem::path& cwd);

// Writes `contents` to `path` through a temporary file and a rename, so that a reader never
// sees a half-written file and a failure leaves any earlier file as it was.
// Writes every byte to `fd`, retrying short writes and EINTR; false (errno set) on failure.
bool write_all(int fd, std::string_view contents);

// `mode`: the new file's permission bits (an edited source keeps its own); default 0666 & ~umask.
std::expected<void, Diag> write_file_atomically(const std::string& path, const std::string& contents,
                                               std::optional<unsigned> mode = std::nullopt);

}  // namespace flagdebt::support
