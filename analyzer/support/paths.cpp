#include "support/paths.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace flagdebt::support {
namespace fs = std::filesystem;

std::string display_path(const fs::path& absolute, const fs::path& cwd) {
  fs::path relative = absolute.lexically_relative(cwd);
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return absolute.generic_string();
}

std::string display_path(const std::string& path) {
  std::error_code ec;
  return display_path(fs::absolute(path, ec).lexically_normal(), fs::current_path(ec));
}

namespace {

std::string errno_text() { return std::strerror(errno); }

}  // namespace

bool write_all(int fd, std::string_view contents) {
  while (!contents.empty()) {
    ssize_t n = ::write(fd, contents.data(), contents.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    contents.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::expected<void, Diag> write_file_atomically(const std::string& path, const std::string& contents,
                                               std::optional<unsigned> mode) {
  fs::path target(path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) return std::unexpected(make_diag(path, 0, 0, "cannot write output file: it is a directory"));
  // mkstemp: a fresh random name opened with O_CREAT|O_EXCL, so a symlink planted at a
  // predictable temporary name is never followed.
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string hidden_name = target.filename().string();
  hidden_name.insert(hidden_name.begin(), '.');
  std::string temporary = (folder / (hidden_name + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(temporary.data());
  if (fd < 0) return std::unexpected(make_diag(path, 0, 0, "cannot write output file: " + errno_text()));
  mode_t mask = ::umask(0);
  ::umask(mask);
  bool ok = ::fchmod(fd, mode ? static_cast<mode_t>(*mode) : 0666 & ~mask) == 0 && write_all(fd, contents);
  std::string error = ok ? "" : errno_text();
  if (::close(fd) != 0 && ok) {
    ok = false;
    error = errno_text();
  }
  if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
    ok = false;
    error = errno_text();
  }
  if (!ok) {
    ::unlink(temporary.c_str());
    return std::unexpected(make_diag(path, 0, 0, "cannot write output file: " + error));
  }
  return {};
}

}  // namespace flagdebt::support
