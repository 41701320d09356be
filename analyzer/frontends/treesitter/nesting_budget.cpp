#include "frontends/treesitter/nesting_budget.h"

#include <string>

namespace flagdebt::frontends::ts {

bool deeper_than(TSNode root, uint32_t limit) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool deep = false;
  for (bool more = true; more && !deep;) {
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      deep = ts_tree_cursor_current_depth(&cursor) > limit;
      continue;
    }
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor))) {
      if (!ts_tree_cursor_goto_parent(&cursor)) break;
    }
  }
  ts_tree_cursor_delete(&cursor);
  return deep;
}

std::optional<support::Diag> nesting_note(bool deeper, std::string_view path) {
  if (!deeper) return std::nullopt;
  support::Diag diag = support::make_diag(std::string(path), 0, 0,
                                          "nesting deeper than " + std::to_string(kMaxQueryDepth) +
                                              " syntax levels: not analysed past that depth");
  diag.severity = support::Severity::Note;
  return diag;
}

}  // namespace flagdebt::frontends::ts
