#include "frontends/treesitter/field_table.h"

#include <vector>

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
  std::vector<std::pair<TSNode, TSNode>> typed_by_call;  // binding name, the called function's name
  std::map<std::string_view, std::string_view> results;   // function name -> its result type
  for (const RoleMatch& m : index.matches()) {
    const TSNode* owner = m.part(Part::Owner);
    if (m.role == Role::Typed) {
      if (const TSNode* name = m.part(Part::Name); name && owner) typed_[id_of(*name)] = node_text(*owner, text);
      if (const TSNode* name = m.part(Part::Name); name && !owner && m.part(Part::Value)) {
        typed_by_call.emplace_back(*name, *m.part(Part::Value));
      }
      continue;
    }
    // A function's declared result type: `s := NewServer(...)` binds s to it. Two functions of
    // that name (build-tagged variants) disagree: none.
    if (m.role == Role::Function && m.part(Part::Name) && m.part(Part::Result)) {
      auto [at, added] = results.emplace(node_text(*m.part(Part::Name), text), node_text(*m.part(Part::Result), text));
      if (!added && at->second != node_text(*m.part(Part::Result), text)) at->second = {};
    }
    if (m.role != Role::Field && m.role != Role::FieldWrite) continue;
    const TSNode* name = m.part(Part::Name);
    // A @field_write with an .owner and no .name builds a value of that type (a literal, a zero
    // value): every field of the type it does not name is set by it too.
    if (m.role == Role::FieldWrite && owner && !name) constructions_[std::string(node_text(*owner, text))].insert(id_of(m.node));
    if (!name) continue;
    // A constructor's `self.x = v` is both a @field and (by the general pattern) a @field_write.
    if (m.role == Role::FieldWrite && index.has(m.node, Role::Field)) continue;
    Field& field = fields_[field_name(*name, text)];
    ++field.writes;
    const TSNode* value = m.part(Part::Value);
    if (m.role == Role::Field && value) {
      field.value = *value;
      field.owner = class_of(m.node);
      if (owner) field.type = node_text(*owner, text);
    }
  }
  for (const auto& [name, callee] : typed_by_call) {
    auto result = results.find(node_text(callee, text));
    if (result != results.end() && !result->second.empty()) typed_[id_of(name)] = result->second;
  }
}

TSNode FieldTable::class_of(TSNode node) const {
  for (TSNode n = tree_.scope(node); !ts_node_is_null(n); n = tree_.scope(n)) {
    if (index_.has(n, Role::Class)) return n;
  }
  return TSNode{};
}

const TSNode* FieldTable::value_for(TSNode name, TSNode at, std::optional<TSNode> receiver_binding) const {
  auto it = fields_.find(field_name(name, text_));
  if (it == fields_.end() || it->second.writes != 1 || !it->second.value) return nullptr;
  if (!it->second.type.empty() && !of_type(receiver_binding, it->second.type)) return nullptr;
  TSNode owner = class_of(at);
  if (ts_node_is_null(owner) || !ts_node_eq(owner, it->second.owner)) return nullptr;
  return &*it->second.value;
}

// A typed field is read only through a binding declared with its type, not at file level (another
// file may rebind a package variable), and only when the file builds that type exactly once.
bool FieldTable::of_type(std::optional<TSNode> binding, std::string_view type) const {
  if (!binding) return false;
  auto typed = typed_.find(id_of(*binding));
  if (typed == typed_.end() || typed->second != type) return false;
  TSNode scope = tree_.scope(*binding);
  if (ts_node_is_null(scope) || ts_node_is_null(ts_node_parent(scope))) return false;
  auto built = constructions_.find(std::string(type));
  return built != constructions_.end() && built->second.size() == 1;
}

}  // namespace flagdebt::frontends::ts
