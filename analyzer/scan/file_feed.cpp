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

std::vector<ReadFile> read_ahead(FileFeed& feed, uint64_t max_file_bytes, int64_t budget, const std::atomic<bool>& stop) {
  std::vector<ReadFile> read;
  while (budget > 0 && !stop) {
    auto file = feed.next();
    if (!file) break;
    auto text = support::read_file(file->path, max_file_bytes);
    if (text) budget -= static_cast<int64_t>(text->size());
    read.push_back({std::move(*file), std::move(text)});
  }
  return read;
}

}  // namespace flagdebt::scan
