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

HelperTable::HelperTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text)
    : index_(index), tree_(tree), text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role == Role::FieldRead && m.part(Part::Name)) {
      std::string_view object = object_text(m.node, *m.part(Part::Name), text);
      if (!object.empty()) self_receivers_.emplace(object);
    }
    if (m.role != Role::Function) continue;
    auto [entry, added] = definitions_.try_emplace(id_of(m.node));
    Definition& definition = entry->second;
    if (added) {
      TSNode owner = tree_.parent(m.node);
      while (!ts_node_is_null(owner) && !index_.has(owner, Role::Class)) owner = tree_.parent(owner);
      definition.klass = ts_node_is_null(owner) ? 0 : id_of(owner);
    }
    if (const TSNode* receiver = m.part(Part::Receiver)) definition.receiver = node_text(*receiver, text);
    if (const TSNode* owner = m.part(Part::Owner)) definition.owner = node_text(*owner, text);
    definition.bare |= m.part(Part::Bare) != nullptr;
    definition.package |= m.part(Part::Package) != nullptr;
    if ((m.part(Part::Receiver) || m.part(Part::Owner)) && !definition.method) {
      definition.method = true;
      // Without a captured owner, a method belongs to its enclosing @class (a node, not a name).
      if (definition.owner.empty()) definition.owner = "@" + std::to_string(definition.klass);
    }
    const TSNode* name = m.part(Part::Name);
    if (!name) continue;
    Helper& helper = helpers_[std::string(node_text(*name, text))];
    helper.definitions.insert(id_of(m.node));
    if (const TSNode* value = m.part(Part::Value)) helper.value = *value;
  }
}

// `this`, `self`, PHP's `self::`/`static::`: a leaf without a role that is not a name (a type or
// namespace name, `Other::IsActive()`, may be another class's method).
bool HelperTable::keyword(TSNode receiver) const {
  return ts_node_named_child_count(receiver) == 0 && !index_.has(receiver, Role::Ident) &&
         !index_.has(receiver, Role::Member) && !index_.has(receiver, Role::String) &&
         std::string_view(ts_node_type(receiver)).find("identifier") == std::string_view::npos;
}

bool HelperTable::this_object(TSNode receiver) const {
  return keyword(receiver) || self_receivers_.contains(node_text(receiver, text_));
}

// The innermost enclosing function with an explicit receiver variable (closures inside it see it).
const HelperTable::Definition* HelperTable::enclosing_method(TSNode node) const {
  for (TSNode at = tree_.parent(node); !ts_node_is_null(at); at = tree_.parent(at)) {
    auto it = definitions_.find(id_of(at));
    if (it != definitions_.end() && !it->second.receiver.empty()) return &it->second;
  }
  return nullptr;
}

bool HelperTable::inside(TSNode node, uintptr_t klass) const {
  for (TSNode at = tree_.parent(node); !ts_node_is_null(at); at = tree_.parent(at)) {
    if (id_of(at) == klass) return true;
  }
  return false;
}

bool HelperTable::callable_here(const Definition& helper, const RoleMatch& call) const {
  const TSNode* receiver = call.part(Part::Receiver);
  // `!self.f()` in a grammar that binds the `!` to `self` (lead_not.h): the receiver is `self`.
  for (const RoleMatch* negation = receiver ? index_.find(*receiver, Role::LeadNot) : nullptr;
       negation && negation->part(Part::Operand); negation = index_.find(*receiver, Role::LeadNot)) {
    receiver = negation->part(Part::Operand);
  }
  if (!helper.method) {
    if (receiver && (helper.bare || !this_object(*receiver))) return false;
    // A bare or `this.` call reaches a class's method only from inside that class (an inner class
    // or a lambda in it included): elsewhere it is another class's method of that name.
    return helper.klass == 0 || inside(call.node, helper.klass);
  }
  if (!receiver) return false;
  if (keyword(*receiver) && helper.klass != 0 && inside(call.node, helper.klass)) return true;  // JS `this.f()`
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

std::vector<std::pair<std::string, TSNode>> HelperTable::package_helpers() const {
  std::vector<std::pair<std::string, TSNode>> out;
  for (const auto& [name, helper] : helpers_) {
    if (helper.definitions.size() != 1 || !helper.value) continue;
    auto definition = definitions_.find(*helper.definitions.begin());
    if (definition != definitions_.end() && definition->second.package) out.emplace_back(name, *helper.value);
  }
  return out;
}

}  // namespace flagdebt::frontends::ts
