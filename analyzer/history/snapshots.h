#pragma once
// The code as it was at past points of history, read from blobs with libgit2 (never a checkout):
// what `flagdebt report --history` analyses at each monthly point (trend/).
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/date.h"
#include "support/diag.h"

namespace flagdebt::history {

class Snapshots {
 public:
  // The repository holding the current directory.
  static std::expected<std::unique_ptr<Snapshots>, support::Diag> open();
  ~Snapshots();

  // Selects the newest first-parent commit on or before `point`; false when history is younger.
  bool select(support::Date point);
  std::string commit_id() const;  // the selected commit, abbreviated
  // The file at `path` (relative to the current directory) in the selected commit.
  std::optional<std::string> read(const std::string& path) const;
  // Every non-binary blob of at most `max_bytes` below the current directory, with its path
  // relative to it.
  void for_each_file(uint64_t max_bytes, const std::function<void(const std::string&, std::string_view)>& visit) const;

 private:
  struct State;
  explicit Snapshots(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// The first day of each of the last `months` months, then `today`: oldest first.
std::vector<support::Date> monthly_points(int months, support::Date today);

}  // namespace flagdebt::history
