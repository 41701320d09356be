// read_ahead (scan/file_feed.h): reads the walk's files while the setup runs, within its budget,
// and stops when told; a file it cannot read carries the reason to the worker.
#include <doctest/doctest.h>

#include <string>

#include "../temp_dir.h"
#include "scan/file_feed.h"

using namespace flagdebt;

namespace {

// A feed of `names` under `dir`, closed as the end of a walk closes it.
void fill(scan::FileFeed& feed, const testing::TempDir& dir, std::initializer_list<const char*> names) {
  for (const char* name : names) feed.push({(dir.path / name).string(), false});
  feed.close();
}

}  // namespace

TEST_CASE("read_ahead: files in the feed's order, until the byte budget is spent") {
  testing::TempDir dir;
  for (const char* name : {"a.ts", "b.ts", "c.ts"}) dir.write(name, std::string(100, 'x'));
  scan::FileFeed feed;
  fill(feed, dir, {"a.ts", "missing.ts", "b.ts", "c.ts"});
  std::atomic<bool> stop{false};
  auto read = scan::read_ahead(feed, 1 << 20, 150, stop);
  REQUIRE(read.size() == 3);  // a (100 bytes), missing (nothing), b (200 > 150): then it stops
  CHECK(read[0].file.path.ends_with("a.ts"));
  CHECK(read[0].text.value().size() == 100);
  CHECK_FALSE(read[1].text.has_value());
  CHECK(read[2].file.path.ends_with("b.ts"));
  REQUIRE(feed.next().has_value());  // c.ts is left for the workers
}

TEST_CASE("read_ahead: nothing once the setup is done") {
  testing::TempDir dir;
  dir.write("a.ts", "x");
  scan::FileFeed feed;
  fill(feed, dir, {"a.ts"});
  std::atomic<bool> stop{true};
  CHECK(scan::read_ahead(feed, 1 << 20, 1 << 20, stop).empty());
  CHECK(feed.next().has_value());
}
