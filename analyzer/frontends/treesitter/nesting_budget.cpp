#include "frontends/treesitter/nesting_budget.h"

#include <string>

namespace flagdebt::frontends::ts {

// A subtree of n nodes reaches at most n - 1 levels below its top: only subtrees large enough to
// pass the limit are entered, so an ordinary file is decided near its root.
bool deeper_than(TSNode root, uint32_t limit) {
  auto may_pass = [limit](TSNode node, uint32_t depth) { return depth + ts_node_descendant_count(node) - 1 > limit; };
  if (!may_pass(root, 0)) return false;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool deep = false, enter = true;
  while (!deep) {
    if (!enter || !ts_tree_cursor_goto_first_child(&cursor)) {
      bool moved = false;
      while (!(moved = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {
      }
      if (!moved) break;
    }
    uint32_t depth = ts_tree_cursor_current_depth(&cursor);
    deep = depth > limit;
    enter = may_pass(ts_tree_cursor_current_node(&cursor), depth);
  }
  ts_tree_cursor_delete(&cursor);
  return deep;
}

std::optional<support::Diag> nesting_note(TSNode root, std::string_view path) {
  if (!deeper_than(root, kMaxQueryDepth)) return std::nullopt;
  support::Diag diag = support::make_diag(std::string(path), 0, 0,
                                          "nesting deeper than " + std::to_string(kMaxQueryDepth) +
                                              " syntax levels: not analysed past that depth");
  diag.severity = support::Severity::Note;
  return diag;
}

}  // namespace flagdebt::frontends::ts
