#include "frontends/treesitter/lead_not.h"

namespace flagdebt::frontends::ts {

LeadingNots leading_nots(const CaptureIndex& index, TSNode chain) {
  LeadingNots out{0, ts_node_start_byte(chain)};
  TSNode node = chain;
  // Iterative and bounded by the tree's depth: every step goes one node down.
  while (!ts_node_is_null(node)) {
    if (const RoleMatch* m = index.find(node, Role::LeadNot); m && m->part(Part::Operand)) {
      ++out.count;
      node = *m->part(Part::Operand);
      out.begin = ts_node_start_byte(node);
      continue;
    }
    if (ts_node_named_child_count(node) == 0) break;
    node = ts_node_named_child(node, 0);
    if (ts_node_start_byte(node) != out.begin) break;
  }
  return out;
}

}  // namespace flagdebt::frontends::ts
