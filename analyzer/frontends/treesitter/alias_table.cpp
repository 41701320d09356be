#include "frontends/treesitter/alias_table.h"

namespace flagdebt::frontends::ts {

namespace {
uintptr_t id_of(TSNode node) { return reinterpret_cast<uintptr_t>(node.id); }

}  // namespace

// The innermost conditionally-run body around a declaration, below its scope. After
// `if (x) { $on = check(); }` a later `$on` is unset when x is false (PHP null, Ruby nil,
// Python NameError), so only uses inside that body read the check.
std::optional<TSNode> AliasTable::only_runs_within(TSNode decl, TSNode scope) const {
  for (TSNode n = tree_.parent(decl); !ts_node_is_null(n) && !ts_node_eq(n, scope); n = tree_.parent(n)) {
    for (Role role : {Role::If, Role::Arm, Role::Loop, Role::Ternary, Role::Guard}) {
      const RoleMatch* m = index_.find(n, role);
      if (!m) continue;
      for (Part part : {Part::Then, Part::Else}) {
        for (TSNode body : m->all(part)) {
          if (node_inside(decl, body)) return body;
        }
      }
    }
    for (Role role : {Role::And, Role::Or}) {
      const RoleMatch* m = index_.find(n, role);
      if (m && m->part(Part::Right) && node_inside(decl, *m->part(Part::Right))) return *m->part(Part::Right);
    }
  }
  return std::nullopt;
}

void AliasTable::count_write(TSNode name) {
  std::string text(node_text(name, text_));
  for (TSNode n = tree_.scope(name); !ts_node_is_null(n); n = tree_.scope(n)) ++writes_[{id_of(n), text}];
}

AliasTable::AliasTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text)
    : index_(index), tree_(tree), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Decl && m.role != Role::Write) continue;
    for (TSNode name : m.all(Part::Name)) count_write(name);
    if (m.role != Role::Decl) continue;
    const TSNode* name = m.part(Part::Name);
    const TSNode* value = m.part(Part::Value);
    if (!name || !value || m.all(Part::Name).size() != 1) continue;
    TSNode scope = tree_.scope(*name);
    if (ts_node_is_null(scope)) continue;
    aliases_[{id_of(scope), std::string(node_text(*name, text))}] =
        Alias{ts_node_end_byte(m.node), *value, only_runs_within(m.node, scope)};
  }
}

// The nearest scope that binds or writes the name decides; a @block_scope that does not is
// transparent (JS `{ ... }`), a function or lambda (@scope) never is.
const TSNode* AliasTable::value_for(TSNode use) const {
  std::string name(node_text(use, text_));
  for (TSNode scope = tree_.scope(use); !ts_node_is_null(scope); scope = tree_.scope(scope)) {
    ScopeName key{id_of(scope), name};
    auto writes = writes_.find(key);
    if (writes == writes_.end()) {
      if (index_.has(scope, Role::Scope)) return nullptr;
      continue;
    }
    auto alias = aliases_.find(key);
    if (alias == aliases_.end() || ts_node_start_byte(use) < alias->second.declared_end) return nullptr;
    if (alias->second.within && !node_inside(use, *alias->second.within)) return nullptr;
    if (writes->second != 1) return nullptr;
    return &alias->second.value;
  }
  return nullptr;
}

}  // namespace flagdebt::frontends::ts
