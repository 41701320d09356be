#include "frontends/treesitter/alias_table.h"

#include <algorithm>

namespace flagdebt::frontends::ts {

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

void AliasTable::count_write(const Write& write) {
  std::string text(node_text(write.name, text_));
  for (TSNode n = tree_.scope(write.name); !ts_node_is_null(n); n = tree_.scope(n)) writes_[{id_of(n), text}].push_back(write);
}

AliasTable::AliasTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text)
    : index_(index), tree_(tree), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Decl && m.role != Role::Write) continue;
    const TSNode* value = m.role == Role::Decl && m.all(Part::Name).size() == 1 ? m.part(Part::Value) : nullptr;
    for (TSNode name : m.all(Part::Name)) {
      count_write({m.node, name, value ? std::optional<TSNode>(*value) : std::nullopt});
    }
    if (!value) continue;
    const TSNode* name = m.part(Part::Name);
    TSNode scope = tree_.scope(*name);
    if (ts_node_is_null(scope)) continue;
    aliases_[{id_of(scope), std::string(node_text(*name, text))}] =
        Alias{ts_node_end_byte(m.node), *value, only_runs_within(m.node, scope)};
  }
  for (auto& [key, writes] : writes_) {
    std::stable_sort(writes.begin(), writes.end(), [](const Write& a, const Write& b) {
      return ts_node_start_byte(a.node) < ts_node_start_byte(b.node);
    });
  }
}

// The last write before `use` in `scope`, when it certainly runs before the use and nothing
// else can write the name in between: it is in a statement list that also holds the use (so
// every path to the use, loop iterations included, passes through it), not inside a branch or
// a short-circuit, and no nested function writes the name.
const TSNode* AliasTable::reaching(TSNode use, TSNode scope, const std::vector<Write>& writes) const {
  const Write* last = nullptr;
  for (const Write& write : writes) {
    if (node_inside(use, write.node)) return nullptr;  // `b = !b` reads the previous value
    for (TSNode s = tree_.scope(write.name); !ts_node_is_null(s) && !ts_node_eq(s, scope); s = tree_.scope(s)) {
      if (index_.has(s, Role::Scope)) return nullptr;
    }
    if (ts_node_end_byte(write.node) <= ts_node_start_byte(use)) last = &write;
  }
  if (!last) return nullptr;
  // A declaration that is also a plain @write (C `volatile`) has no value to carry.
  for (const Write& write : writes) {
    if (ts_node_eq(write.node, last->node) && !write.value) return nullptr;
  }
  TSNode statement = last->node;
  TSNode block = tree_.parent(statement);
  for (; !ts_node_is_null(block) && !index_.has(block, Role::Block); block = tree_.parent(block)) {
    if (ts_node_eq(block, scope)) return nullptr;
    statement = block;
  }
  if (ts_node_is_null(block) || !node_inside(use, block) || ts_node_eq(use, block) ||
      ts_node_start_byte(use) < ts_node_end_byte(statement)) {
    return nullptr;
  }
  if (auto within = only_runs_within(last->node, scope); within && !node_inside(use, *within)) return nullptr;
  // A later write in the statement that holds the use may reach it again around a loop
  // (`for ...: if on: ...; on = other`); one in a later statement can only loop back through
  // the write found above.
  TSNode holder = use;
  while (!ts_node_eq(tree_.parent(holder), block)) holder = tree_.parent(holder);
  for (const Write& write : writes) {
    if (ts_node_start_byte(write.node) >= ts_node_end_byte(use) && node_inside(write.node, holder)) return nullptr;
  }
  return &*last->value;
}

// The nearest scope that binds or writes the name decides; a @block_scope that does not is
// transparent (JS `{ ... }`), and so is a @closure (lambda, nested function, Ruby block) for a
// name written once in a function-like scope around it; any other @scope ends the search.
const TSNode* AliasTable::value_for(TSNode use) const {
  std::string name(node_text(use, text_));
  bool in_closure = false;
  for (TSNode scope = tree_.scope(use); !ts_node_is_null(scope); scope = tree_.scope(scope)) {
    ScopeName key{id_of(scope), name};
    auto writes = writes_.find(key);
    if (writes == writes_.end()) {
      if (index_.has(scope, Role::Scope)) {
        if (!index_.has(scope, Role::Closure)) return nullptr;
        in_closure = true;
      }
      continue;
    }
    if (in_closure && (ts_node_is_null(tree_.scope(scope)) || index_.has(scope, Role::Class))) return nullptr;
    if (writes->second.size() != 1) return in_closure ? nullptr : reaching(use, scope, writes->second);
    auto alias = aliases_.find(key);
    if (alias == aliases_.end() || ts_node_start_byte(use) < alias->second.declared_end) return nullptr;
    if (alias->second.within && !node_inside(use, *alias->second.within)) return nullptr;
    return &alias->second.value;
  }
  return nullptr;
}

// Writes are listed in every scope around them, so the nearest scope that lists the name is the
// innermost one that binds it; the file scope (no scope around it) and class bodies do not count.
bool AliasTable::bound_locally(TSNode use) const {
  std::string name(node_text(use, text_));
  for (TSNode scope = tree_.scope(use); !ts_node_is_null(scope); scope = tree_.scope(scope)) {
    if (!writes_.contains({id_of(scope), name})) continue;
    return !ts_node_is_null(tree_.scope(scope)) && !index_.has(scope, Role::Class);
  }
  return false;
}

std::optional<TSNode> AliasTable::sole_binding(TSNode use) const {
  std::string name(node_text(use, text_));
  for (TSNode scope = tree_.scope(use); !ts_node_is_null(scope); scope = tree_.scope(scope)) {
    auto writes = writes_.find({id_of(scope), name});
    if (writes == writes_.end()) {
      if (index_.has(scope, Role::Scope) && !index_.has(scope, Role::Closure)) return std::nullopt;
      continue;
    }
    if (writes->second.size() != 1) return std::nullopt;
    return writes->second.front().name;
  }
  return std::nullopt;
}

bool AliasTable::bound_below(TSNode name, TSNode outer) const {
  std::string text(node_text(name, text_));
  for (TSNode scope = tree_.scope(name); !ts_node_is_null(scope) && !ts_node_eq(scope, outer); scope = tree_.scope(scope)) {
    if (writes_.contains({id_of(scope), text})) return true;
  }
  return false;
}

}  // namespace flagdebt::frontends::ts
