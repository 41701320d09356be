#pragma once
// ParseBudget: the wall time one file may spend in tree-sitter (parsing and running queries).
// tree-sitter asks its progress callbacks every few hundred operations; past the deadline they
// cancel, so a pathological file (a raw string with hundreds of `#`s, thousands of nested
// blocks) ends as a "skipped" note instead of stalling the scan.
#include <tree_sitter/api.h>

#include <chrono>

namespace flagdebt::frontends::ts {

class ParseBudget {
 public:
  explicit ParseBudget(std::chrono::milliseconds budget);
  ParseBudget(const ParseBudget&) = delete;
  ParseBudget& operator=(const ParseBudget&) = delete;

  // Whether the deadline has passed; once true, stays true.
  bool exceeded();
  // Options whose callbacks cancel the parse or query once exceeded(); they point at this object
  // (a query cursor keeps the options' address, hence the pointer).
  TSParseOptions parse_options();
  const TSQueryCursorOptions* query_options() const { return &query_options_; }

 private:
  std::chrono::steady_clock::time_point deadline_;
  bool exceeded_ = false;
  TSQueryCursorOptions query_options_{};
};

}  // namespace flagdebt::frontends::ts
