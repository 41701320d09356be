#include "scan/file_feed.h"

namespace flagdebt::scan {

void FileFeed::push(const discover::DiscoveredFile& file) {
  {
    std::lock_guard lock(mutex_);
    files_.push_back(file);
    ++pushed_;
  }
  ready_.notify_one();
}

void FileFeed::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  ready_.notify_all();
}

std::optional<discover::DiscoveredFile> FileFeed::next() {
  std::unique_lock lock(mutex_);
  ready_.wait(lock, [&] { return closed_ || !files_.empty(); });
  if (files_.empty()) return std::nullopt;
  discover::DiscoveredFile file = std::move(files_.front());
  files_.pop_front();
  return file;
}

size_t FileFeed::pushed() const {
  std::lock_guard lock(mutex_);
  return pushed_;
}

}  // namespace flagdebt::scan
