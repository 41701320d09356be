#pragma once
// Files handed from the directory walk to the analysis workers as the walk finds them, so that
// a large tree is analysed while it is still being listed (the walk is one thread, and its
// ignore-rule checks take about a fifth of a whole-tree scan).
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <expected>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "discover/discover.h"
#include "support/read_file.h"

namespace flagdebt::scan {

class FileFeed {
 public:
  void push(const discover::DiscoveredFile& file);
  // No file comes after this (the walk ended, or failed).
  void close();
  // The next file; waits while the walk goes on; nullopt once closed and empty.
  std::optional<discover::DiscoveredFile> next();
  // Files pushed so far (the progress line's total while the walk goes on).
  size_t pushed() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<discover::DiscoveredFile> files_;
  size_t pushed_ = 0;
  bool closed_ = false;
};

// A file taken from the feed with its text already read (or why it could not be).
struct ReadFile {
  discover::DiscoveredFile file;
  std::expected<std::string, support::ReadError> text;
};

// Takes files from the feed and reads them until `stop` is set, the feed ends or `budget` bytes are
// read: run on a second core while the scan's setup (YAML, flag index, prefilter databases) keeps
// the first one busy, the workers start with the first files in memory.
std::vector<ReadFile> read_ahead(FileFeed& feed, uint64_t max_file_bytes, int64_t budget, const std::atomic<bool>& stop);

}  // namespace flagdebt::scan
