#include "frontends/treesitter/helper_table.h"

namespace flagdebt::frontends::ts {

namespace {
// The object part of a field read `self.x` / `$this->x` / `s.x`: its text before the name, without
// the member operator.
std::string_view object_text(TSNode read, TSNode name, std::string_view text) {
  uint32_t begin = ts_node_start_byte(read), end = ts_node_start_byte(name);
  std::string_view object = end > begin ? text.substr(begin, end - begin) : std::string_view{};
  while (!object.empty() && std::string_view(".->?:! \t\n").find(object.back()) != std::string_view::npos) {
    object.remove_suffix(1);
  }
  return object;
}
}  // namespace

HelperTable::HelperTable(const CaptureIndex& index, std::string_view text) : index_(index), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role == Role::FieldRead && m.part(Part::Name)) {
      std::string_view object = object_text(m.node, *m.part(Part::Name), text);
      if (!object.empty()) self_receivers_.emplace(object);
    }
    if (m.role != Role::Function) continue;
    const TSNode* name = m.part(Part::Name);
    if (!name) continue;
    Helper& helper = helpers_[std::string(node_text(*name, text))];
    helper.definitions.insert(reinterpret_cast<uintptr_t>(m.node.id));
    if (const TSNode* value = m.part(Part::Value)) helper.value = *value;
  }
}

bool HelperTable::this_object(TSNode receiver) const {
  // `this`, `self`, PHP's `self::`/`static::`: a leaf without a role that is not a name (a type or
  // namespace name, `Other::IsActive()`, may be another class's method).
  bool keyword = ts_node_named_child_count(receiver) == 0 && !index_.has(receiver, Role::Ident) &&
                 !index_.has(receiver, Role::Member) && !index_.has(receiver, Role::String) &&
                 std::string_view(ts_node_type(receiver)).find("identifier") == std::string_view::npos;
  return keyword || self_receivers_.contains(node_text(receiver, text_));
}

const TSNode* HelperTable::value_for(const RoleMatch& call) const {
  const TSNode* name = call.part(Part::Name);
  if (!name || call.part(Part::Optional)) return nullptr;
  if (const TSNode* receiver = call.part(Part::Receiver); receiver && !this_object(*receiver)) return nullptr;
  auto it = helpers_.find(std::string(node_text(*name, text_)));
  if (it == helpers_.end() || it->second.definitions.size() != 1 || !it->second.value) return nullptr;
  return &*it->second.value;
}

}  // namespace flagdebt::frontends::ts
