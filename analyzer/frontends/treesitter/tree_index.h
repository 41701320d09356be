#pragma once
// TreeIndex: parents, next siblings and nearest scopes of a syntax tree, from one walk.
// tree-sitter's ts_node_parent and ts_node_next_named_sibling search down from the root, so each
// costs the node's depth; asked once per statement or identifier they made 10,000 nested `if`s
// quadratic. Here every answer is one hash lookup.
#include <tree_sitter/api.h>

#include <cstdint>
#include <functional>
#include <vector>

#include "frontends/treesitter/node_map.h"

namespace flagdebt::frontends::ts {

class TreeIndex {
 public:
  // `is_scope` says which nodes open a scope (from the query's captures).
  TreeIndex(TSNode root, const std::function<bool(TSNode)>& is_scope);

  TSNode parent(TSNode node) const { return at(entry(node).parent); }
  // The nearest proper ancestor that is a scope; null when there is none.
  TSNode scope(TSNode node) const { return at(entry(node).scope); }
  // The next named sibling that is not an extra (a comment); null when there is none.
  TSNode next_statement(TSNode node) const { return at(entry(node).next); }
  // The last named child that is not an extra; null when there is none.
  TSNode last_statement(TSNode node) const { return at(entry(node).last_child); }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  // Indices into nodes_: a node is 32 bytes, an entry 16, for files with millions of nodes.
  struct Entry {
    uint32_t parent = kNone, scope = kNone, next = kNone, last_child = kNone;
  };
  uint32_t add(TSNode node, Entry entry);
  Entry entry(TSNode node) const;
  TSNode at(uint32_t index) const { return index == kNone ? TSNode{} : nodes_[index]; }

  std::vector<TSNode> nodes_;
  std::vector<Entry> entries_;
  NodeMap index_of_;
};

}  // namespace flagdebt::frontends::ts
