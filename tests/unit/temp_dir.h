#pragma once
// A fresh directory under the system's temporary directory, removed with everything in it when
// the test ends: for the tests where the disk itself is the point (symlinks, ignore files).
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace flagdebt::testing {

struct TempDir {
  TempDir() : path(std::filesystem::temp_directory_path() / ("flagdebt-test-" + std::to_string(std::random_device{}()))) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to `relative`, creating its directories.
  void write(const std::filesystem::path& relative, const std::string& text) const {
    std::filesystem::create_directories((path / relative).parent_path());
    std::ofstream(path / relative) << text;
  }

  std::filesystem::path path;
};

// Makes `dir` the current directory until the end of the scope: discovery and scans report paths
// relative to it, and a scan reads its manifest and .flagdebt/rules from it.
struct CurrentDir {
  explicit CurrentDir(const std::filesystem::path& dir) : previous(std::filesystem::current_path()) {
    std::filesystem::current_path(dir);
  }
  ~CurrentDir() {
    std::error_code ec;
    std::filesystem::current_path(previous, ec);
  }
  CurrentDir(const CurrentDir&) = delete;
  CurrentDir& operator=(const CurrentDir&) = delete;

  std::filesystem::path previous;
};

}  // namespace flagdebt::testing
