#include "cli/progress_line.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace flagdebt::cli {

ProgressLine::ProgressLine(bool enabled, std::chrono::milliseconds delay)
    : enabled_(enabled && ::isatty(STDERR_FILENO)), delay_(delay) {}

ProgressLine::~ProgressLine() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void ProgressLine::update(size_t done, size_t total, size_t parsed) {
  if (!enabled_) return;
  auto now = Clock::now();
  if (now - started_ < delay_) return;
  std::unique_lock lock(mutex_, std::try_to_lock);  // a busy lock means another thread is drawing
  if (!lock || now - last_drawn_ < std::chrono::milliseconds(100)) return;
  last_drawn_ = now;
  std::fprintf(stderr, "\r\033[Kflagdebt: %zu of %zu files, %zu parsed", done, total, parsed);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace flagdebt::cli
