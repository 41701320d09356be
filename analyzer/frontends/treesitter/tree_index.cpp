#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

TreeIndex::TreeIndex(TSNode root, const std::function<bool(TSNode)>& is_scope) {
  // One depth-first walk with one cursor, the open ancestors on a stack of our own (the depth is
  // the input's to choose). Sized once: growing the map node by node was a tenth of a file's analysis.
  size_t count = ts_node_descendant_count(root);
  nodes_.reserve(count);
  entries_.reserve(count);
  index_of_.reserve(count);
  struct Open {
    uint32_t index, child_scope, previous;  // previous: its last statement linked so far
  };
  std::vector<Open> open{{add(root, Entry{}), is_scope(root) ? 0 : kNone, kNone}};
  auto close = [&] {
    entries_[open.back().index].last_child = open.back().previous;
    open.pop_back();
  };
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    Open& parent = open.back();
    uint32_t index = add(node, Entry{parent.index, parent.child_scope});
    if (ts_node_is_named(node) && !ts_node_is_extra(node)) {
      if (parent.previous != kNone) entries_[parent.previous].next = index;
      parent.previous = index;
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      uint32_t scope = is_scope(node) ? index : parent.child_scope;
      open.push_back({index, scope, kNone});
      continue;
    }
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor))) {
      close();
      if (open.empty() || !ts_tree_cursor_goto_parent(&cursor)) break;
    }
  }
  ts_tree_cursor_delete(&cursor);
}

uint32_t TreeIndex::add(TSNode node, Entry entry) {
  auto index = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(node);
  entries_.push_back(entry);
  index_of_.emplace(node, index);
  return index;
}

TreeIndex::Entry TreeIndex::entry(TSNode node) const {
  const uint32_t* index = index_of_.find(node);
  return index ? entries_[*index] : Entry{};
}

}  // namespace flagdebt::frontends::ts
