#include "support/paths.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

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

std::expected<void, std::string> write_file_atomically(const std::string& path, const std::string& contents) {
  fs::path target(path);
  fs::path temporary = target;
  temporary += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(contents.data(), static_cast<std::streamsize>(contents.size())) || !out.flush()) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return std::unexpected(path + ": cannot write output file");
    }
  }
  std::error_code ec;
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return std::unexpected(path + ": cannot write output file: " + ec.message());
  }
  return {};
}

}  // namespace flagdebt::support
