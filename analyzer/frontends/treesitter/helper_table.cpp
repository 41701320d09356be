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

uintptr_t id_of(TSNode node) { return reinterpret_cast<uintptr_t>(node.id); }
}  // namespace

HelperTable::HelperTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text)
    : index_(index), tree_(tree), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role == Role::FieldRead && m.part(Part::Name)) {
      std::string_view object = object_text(m.node, *m.part(Part::Name), text);
      if (!object.empty()) self_receivers_.emplace(object);
    }
    if (m.role != Role::Function) continue;
    Definition& definition = definitions_[id_of(m.node)];
    if (const TSNode* receiver = m.part(Part::Receiver)) definition.receiver = node_text(*receiver, text);
    if (const TSNode* owner = m.part(Part::Owner)) definition.owner = node_text(*owner, text);
    definition.bare |= m.part(Part::Bare) != nullptr;
    if ((m.part(Part::Receiver) || m.part(Part::Owner)) && !definition.method) {
      definition.method = true;
      // Without a captured owner, a method belongs to its enclosing @class (a node, not a name).
      if (definition.owner.empty()) {
        TSNode owner = tree_.parent(m.node);
        while (!ts_node_is_null(owner) && !index_.has(owner, Role::Class)) owner = tree_.parent(owner);
        definition.owner = "@" + std::to_string(ts_node_is_null(owner) ? 0 : id_of(owner));
      }
    }
    const TSNode* name = m.part(Part::Name);
    if (!name) continue;
    Helper& helper = helpers_[std::string(node_text(*name, text))];
    helper.definitions.insert(id_of(m.node));
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

// The innermost enclosing function with an explicit receiver variable (closures inside it see it).
const HelperTable::Definition* HelperTable::enclosing_method(TSNode node) const {
  for (TSNode at = tree_.parent(node); !ts_node_is_null(at); at = tree_.parent(at)) {
    auto it = definitions_.find(id_of(at));
    if (it != definitions_.end() && !it->second.receiver.empty()) return &it->second;
  }
  return nullptr;
}

bool HelperTable::callable_here(const Definition& helper, const RoleMatch& call) const {
  const TSNode* receiver = call.part(Part::Receiver);
  if (!receiver) return !helper.method;
  if (helper.bare) return false;
  if (!helper.method) return this_object(*receiver);
  const Definition* caller = enclosing_method(call.node);
  return caller && node_text(*receiver, text_) == caller->receiver && caller->owner == helper.owner;
}

const TSNode* HelperTable::value_for(const RoleMatch& call) const {
  const TSNode* name = call.part(Part::Name);
  if (!name || call.part(Part::Optional)) return nullptr;
  auto it = helpers_.find(std::string(node_text(*name, text_)));
  if (it == helpers_.end() || it->second.definitions.size() != 1 || !it->second.value) return nullptr;
  auto definition = definitions_.find(*it->second.definitions.begin());
  if (definition == definitions_.end() || !callable_here(definition->second, call)) return nullptr;
  return &*it->second.value;
}

}  // namespace flagdebt::frontends::ts
