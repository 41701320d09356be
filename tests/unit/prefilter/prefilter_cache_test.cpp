// The prefilter's database cache (prefilter.cpp): written atomically under a random temporary name,
// private to the user, and a truncated or corrupt cache file is ignored and rebuilt.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "prefilter/prefilter.h"

namespace fs = std::filesystem;
using flagdebt::prefilter::Patterns;
using flagdebt::prefilter::Prefilter;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "flagdebt-cache-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) out.push_back(entry.path());
  return out;
}

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void overwrite(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// Compiles from `dir` and checks the answers a fresh compile gives.
void check_works(const fs::path& dir) {
  auto prefilter = Prefilter::compile(Patterns{{"new_checkout"}, {}}, dir.string());
  REQUIRE(prefilter.has_value());
  CHECK(prefilter->might_match("if client.is_enabled('new_checkout'):"));
  CHECK_FALSE(prefilter->might_match("if client.is_enabled('old_checkout'):"));
}

}  // namespace

TEST_CASE("prefilter cache: one file, private to the user, no temporary left behind") {
  TempDir dir;
  check_works(dir.path);
  auto files = files_in(dir.path);
  REQUIRE(files.size() == 1);
  CHECK(files[0].extension() == ".hsdb");
  struct stat info {};
  REQUIRE(::stat(files[0].c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  check_works(dir.path);  // read back from the cache
  CHECK(files_in(dir.path).size() == 1);
}

TEST_CASE("prefilter cache: a truncated, corrupt or empty cache file is ignored and rebuilt") {
  TempDir dir;
  check_works(dir.path);
  fs::path cached = files_in(dir.path).at(0);
  const std::string good = bytes_of(cached);
  REQUIRE(good.size() > 64);
  std::string flipped = good;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
  for (const std::string& bad : {good.substr(0, good.size() / 2), flipped, std::string(), std::string(5000, 'x')}) {
    overwrite(cached, bad);
    check_works(dir.path);
    CHECK(bytes_of(cached) == good);  // rebuilt: the next run reads it again
  }
}

TEST_CASE("prefilter cache: a folder that cannot be written is no error") {
  TempDir dir;
  fs::path blocked = dir.path / "file-not-folder";
  overwrite(blocked, "x");
  check_works(blocked / "sub");
}

TEST_CASE("prefilter cache: call methods are cached with the literals, and their shapes still apply") {
  TempDir dir;
  Patterns patterns{{"new_checkout"}, {{"is_enabled", R"(\(\s*['"])"}}};
  for (int run = 0; run < 2; ++run) {  // compiled, then read from the cache
    auto prefilter = Prefilter::compile(patterns, dir.path.string());
    REQUIRE(prefilter.has_value());
    CHECK(prefilter->might_match("if client.is_enabled('other_key'):"));
    CHECK_FALSE(prefilter->might_match("if client.is_enabled(key):"));
    CHECK(prefilter->might_match("x = new_checkout"));
    CHECK(files_in(dir.path).size() == 1);
  }
  // Another method: another database, not the cached one with its numbering.
  patterns.calls[0].method = "is_on";
  auto other = Prefilter::compile(patterns, dir.path.string());
  REQUIRE(other.has_value());
  CHECK(other->might_match("if client.is_on('other_key'):"));
  CHECK_FALSE(other->might_match("if client.is_enabled('other_key'):"));
  CHECK(files_in(dir.path).size() == 2);
}
