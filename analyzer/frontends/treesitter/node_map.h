#pragma once
// NodeMap: a syntax node's identity -> a uint32_t, for tables with one entry per node of a file.
// Open addressing in one array: std::unordered_map allocated a heap node per entry, and the tree
// and capture indexes insert one entry for every node and every match of a parsed file.
#include <tree_sitter/api.h>

#include <cstdint>
#include <vector>

namespace flagdebt::frontends::ts {

class NodeMap {
 public:
  // Room for `count` entries without growing.
  void reserve(size_t count);
  // The value of `node`, or null when it has none.
  const uint32_t* find(TSNode node) const;
  // Sets `node`'s value unless it has one; returns its value either way.
  uint32_t emplace(TSNode node, uint32_t value);

 private:
  struct Slot {
    const void* id = nullptr;  // null: empty (no node has a null id)
    uint32_t value = 0;
  };
  size_t home(const void* id) const;
  void grow();

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace flagdebt::frontends::ts
