#pragma once
// Reads a whole regular file with a size cap. Anything else (a FIFO that would block, /dev/zero that
// never ends, a directory) is an error, never a hang or unbounded memory.
#include <cstdint>
#include <expected>
#include <string>

namespace flagdebt::support {

struct ReadError {
  bool too_large = false;  // the file holds more than the cap; otherwise it could not be read
  std::string message;     // "cannot read file: Permission denied", "... is over the N-byte limit"
};

// Follow: a symlink is read through (files a user names); Refuse: a symlink is not read at all (a
// file the scanned tree names for us, such as a .gitignore, must not lead outside the tree).
enum class Symlinks { Follow, Refuse };

std::expected<std::string, ReadError> read_file(const std::string& path, uint64_t limit,
                                                Symlinks symlinks = Symlinks::Follow);

}  // namespace flagdebt::support
