#pragma once
// The "scanned 1,200 of 5,148 files" line on stderr: only on a terminal, only once a scan has run
// for a second (a pre-commit run never shows it), redrawn at most ten times a second, erased at the end.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>

namespace flagdebt::cli {

class ProgressLine {
 public:
  // `enabled`: false for --quiet; a stderr that is not a terminal disables it too. `delay`: how long
  // a scan runs before the line appears.
  ProgressLine(bool enabled, std::chrono::milliseconds delay);
  ~ProgressLine();  // erases the line if one was drawn
  // Called from any worker thread after each file.
  void update(size_t done, size_t total, size_t parsed);

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::chrono::milliseconds delay_;
  Clock::time_point started_ = Clock::now();
  std::mutex mutex_;
  Clock::time_point last_drawn_{};
  std::atomic<bool> drawn_{false};
};

}  // namespace flagdebt::cli
