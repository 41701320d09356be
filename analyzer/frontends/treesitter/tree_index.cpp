#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

TreeIndex::TreeIndex(TSNode root, const std::function<bool(TSNode)>& is_scope) {
  // Every node is linked when its parent is; walking the vector as it grows is a breadth-first
  // walk without recursion (the depth is the input's to choose). Sized once: growing the map
  // node by node was a tenth of a file's analysis.
  size_t count = ts_node_descendant_count(root);
  nodes_.reserve(count);
  entries_.reserve(count);
  index_of_.reserve(count);
  add(root, Entry{});
  for (uint32_t i = 0; i < nodes_.size(); ++i) link_children(i, is_scope);
}

uint32_t TreeIndex::add(TSNode node, Entry entry) {
  auto index = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(node);
  entries_.push_back(entry);
  index_of_.emplace(node.id, index);
  return index;
}

// Adds the node's children with their parent and scope, links its statements in order.
void TreeIndex::link_children(uint32_t index, const std::function<bool(TSNode)>& is_scope) {
  TSNode node = nodes_[index];
  uint32_t child_scope = is_scope(node) ? index : entries_[index].scope;
  uint32_t previous = kNone;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more; more = ts_tree_cursor_goto_next_sibling(&cursor)) {
    TSNode child = ts_tree_cursor_current_node(&cursor);
    uint32_t added = add(child, Entry{index, child_scope});
    if (!ts_node_is_named(child) || ts_node_is_extra(child)) continue;
    if (previous != kNone) entries_[previous].next = added;
    previous = added;
  }
  ts_tree_cursor_delete(&cursor);
  entries_[index].last_child = previous;
}

TreeIndex::Entry TreeIndex::entry(TSNode node) const {
  auto it = index_of_.find(node.id);
  return it == index_of_.end() ? Entry{} : entries_[it->second];
}

}  // namespace flagdebt::frontends::ts
