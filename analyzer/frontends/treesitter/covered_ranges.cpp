#include "frontends/treesitter/covered_ranges.h"

namespace flagdebt::frontends::ts {

bool CoveredRanges::covers(uint32_t begin, uint32_t end) const {
  auto it = outermost_.upper_bound(begin);
  if (it == outermost_.begin()) return false;
  --it;
  return it->second >= end;
}

void CoveredRanges::add(uint32_t begin, uint32_t end) {
  if (covers(begin, end)) return;
  // Drop the ranges the new one contains.
  auto it = outermost_.lower_bound(begin);
  while (it != outermost_.end() && it->second <= end) it = outermost_.erase(it);
  outermost_[begin] = end;
}

}  // namespace flagdebt::frontends::ts
