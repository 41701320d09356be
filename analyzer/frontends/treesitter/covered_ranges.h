#pragma once
// CoveredRanges: byte ranges already counted (a check's key, a member mention), so nodes inside
// them are not counted again. Syntax nodes nest or are disjoint, so keeping only the outermost
// ranges, sorted by start, answers "inside any?" with one lookup instead of a scan of all of
// them (a scan made 10,000 checks in one file quadratic).
#include <cstdint>
#include <map>

namespace flagdebt::frontends::ts {

class CoveredRanges {
 public:
  void add(uint32_t begin, uint32_t end);
  bool covers(uint32_t begin, uint32_t end) const;

 private:
  std::map<uint32_t, uint32_t> outermost_;  // begin -> end, disjoint
};

}  // namespace flagdebt::frontends::ts
