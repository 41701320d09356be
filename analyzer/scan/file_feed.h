#pragma once
// Files handed from the directory walk to the analysis workers as the walk finds them, so that
// a large tree is analysed while it is still being listed (the walk is one thread, and its
// ignore-rule checks take about a fifth of a whole-tree scan).
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

#include "discover/discover.h"

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

}  // namespace flagdebt::scan
