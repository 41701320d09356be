#include "frontends/treesitter/field_table.h"

namespace flagdebt::frontends::ts {
namespace {
// `@x` (Ruby instance variable), `:x` (its attr_accessor symbol) and `x` name one field.
std::string field_name(TSNode name, std::string_view text) {
  std::string_view s = node_text(name, text);
  while (!s.empty() && (s.front() == '@' || s.front() == ':')) s.remove_prefix(1);
  return std::string(s);
}
}  // namespace

FieldTable::FieldTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text)
    : index_(index), tree_(tree), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Field && m.role != Role::FieldWrite) continue;
    const TSNode* name = m.part(Part::Name);
    if (!name) continue;
    // A constructor's `self.x = v` is both a @field and (by the general pattern) a @field_write.
    if (m.role == Role::FieldWrite && index.has(m.node, Role::Field)) continue;
    Field& field = fields_[field_name(*name, text)];
    ++field.writes;
    const TSNode* value = m.part(Part::Value);
    if (m.role == Role::Field && value) {
      field.value = *value;
      field.owner = class_of(m.node);
    }
  }
}

TSNode FieldTable::class_of(TSNode node) const {
  for (TSNode n = tree_.scope(node); !ts_node_is_null(n); n = tree_.scope(n)) {
    if (index_.has(n, Role::Class)) return n;
  }
  return TSNode{};
}

const TSNode* FieldTable::value_for(TSNode name, TSNode at) const {
  auto it = fields_.find(field_name(name, text_));
  if (it == fields_.end() || it->second.writes != 1 || !it->second.value) return nullptr;
  TSNode owner = class_of(at);
  if (ts_node_is_null(owner) || !ts_node_eq(owner, it->second.owner)) return nullptr;
  return &*it->second.value;
}

}  // namespace flagdebt::frontends::ts
