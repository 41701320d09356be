#include "support/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace flagdebt::support {
namespace {

ReadError failure(const char* what) { return {false, std::string(what) + ": " + std::strerror(errno)}; }

ReadError over(uint64_t limit) {
  return {true, "skipped: over the " + std::to_string(limit) + "-byte limit"};
}

}  // namespace

std::expected<std::string, ReadError> read_file(const std::string& path, uint64_t limit, Symlinks symlinks) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | (symlinks == Symlinks::Refuse ? O_NOFOLLOW : 0));
  if (fd < 0) return std::unexpected(failure("cannot read file"));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ReadError error = S_ISDIR(st.st_mode)   ? ReadError{false, "cannot read file: it is a directory"}
                      : S_ISREG(st.st_mode) ? failure("cannot read file")
                                            : ReadError{false, "cannot read file: not a regular file"};
    ::close(fd);
    return std::unexpected(error);
  }
  if (static_cast<uint64_t>(st.st_size) > limit) {
    ::close(fd);
    return std::unexpected(over(limit));
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string text;
  text.reserve(static_cast<size_t>(st.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ReadError error = failure("cannot read file");
      ::close(fd);
      return std::unexpected(error);
    }
    if (n == 0) break;
    if (text.size() + static_cast<size_t>(n) > limit) {  // it grew while we read
      ::close(fd);
      return std::unexpected(over(limit));
    }
    text.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return text;
}

}  // namespace flagdebt::support
