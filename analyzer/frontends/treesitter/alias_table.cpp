#include "frontends/treesitter/alias_table.h"

namespace flagdebt::frontends::ts {

namespace {
uintptr_t id_of(TSNode node) { return reinterpret_cast<uintptr_t>(node.id); }
}  // namespace

TSNode AliasTable::nearest_scope(TSNode node) const {
  for (TSNode n = ts_node_parent(node); !ts_node_is_null(n); n = ts_node_parent(n)) {
    if (index_.has(n, Role::Scope)) return n;
  }
  return TSNode{};
}

void AliasTable::count_write(TSNode name) {
  std::string text(node_text(name, text_));
  for (TSNode n = ts_node_parent(name); !ts_node_is_null(n); n = ts_node_parent(n)) {
    if (index_.has(n, Role::Scope)) ++writes_[{id_of(n), text}];
  }
}

AliasTable::AliasTable(const CaptureIndex& index, std::string_view text) : index_(index), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Decl && m.role != Role::Write) continue;
    for (TSNode name : m.all(Part::Name)) count_write(name);
    if (m.role != Role::Decl) continue;
    const TSNode* name = m.part(Part::Name);
    const TSNode* value = m.part(Part::Value);
    if (!name || !value || m.all(Part::Name).size() != 1) continue;
    TSNode scope = nearest_scope(*name);
    if (ts_node_is_null(scope)) continue;
    aliases_[{id_of(scope), std::string(node_text(*name, text))}] = Alias{ts_node_end_byte(m.node), *value};
  }
}

const TSNode* AliasTable::value_for(TSNode use) const {
  TSNode scope = nearest_scope(use);
  if (ts_node_is_null(scope)) return nullptr;
  ScopeName key{id_of(scope), std::string(node_text(use, text_))};
  auto alias = aliases_.find(key);
  if (alias == aliases_.end() || ts_node_start_byte(use) < alias->second.declared_end) return nullptr;
  auto writes = writes_.find(key);
  if (writes == writes_.end() || writes->second != 1) return nullptr;
  return &alias->second.value;
}

}  // namespace flagdebt::frontends::ts
