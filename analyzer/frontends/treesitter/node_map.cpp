#include "frontends/treesitter/node_map.h"

#include <algorithm>
#include <bit>

namespace flagdebt::frontends::ts {

void NodeMap::reserve(size_t count) {
  // At most half full: linear probing stays short.
  size_t wanted = std::bit_ceil(count * 2 + 16);
  if (wanted <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(wanted, Slot{});
  for (const Slot& slot : old) {
    if (!slot.id) continue;
    size_t i = home(slot.id);
    while (slots_[i].id) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

// Node ids are subtree addresses: multiplied (Fibonacci hashing), their high bits spread well.
size_t NodeMap::home(const void* id) const {
  auto bits = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(id)) * 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>(bits >> (64 - std::countr_zero(slots_.size())));
}

const uint32_t* NodeMap::find(TSNode node) const {
  if (slots_.empty()) return nullptr;
  for (size_t i = home(node.id);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].id == node.id) return &slots_[i].value;
    if (!slots_[i].id) return nullptr;
  }
}

uint32_t NodeMap::emplace(TSNode node, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  size_t i = home(node.id);
  while (slots_[i].id && slots_[i].id != node.id) i = (i + 1) & (slots_.size() - 1);
  if (slots_[i].id) return slots_[i].value;
  slots_[i] = Slot{node.id, value};
  ++size_;
  return value;
}

// Doubles the table (or makes the first one).
void NodeMap::grow() { reserve(std::max(size_ + 1, slots_.size())); }

}  // namespace flagdebt::frontends::ts
