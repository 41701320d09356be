#include "frontends/treesitter/helper_table.h"

namespace flagdebt::frontends::ts {

HelperTable::HelperTable(const CaptureIndex& index, std::string_view text) : text_(text) {
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Function) continue;
    const TSNode* name = m.part(Part::Name);
    if (!name) continue;
    Helper& helper = helpers_[std::string(node_text(*name, text))];
    helper.definitions.insert(reinterpret_cast<uintptr_t>(m.node.id));
    if (const TSNode* value = m.part(Part::Value)) helper.value = *value;
  }
}

const TSNode* HelperTable::value_for(const RoleMatch& call) const {
  const TSNode* name = call.part(Part::Name);
  if (!name || call.part(Part::Optional)) return nullptr;
  auto it = helpers_.find(std::string(node_text(*name, text_)));
  if (it == helpers_.end() || it->second.definitions.size() != 1 || !it->second.value) return nullptr;
  return &*it->second.value;
}

}  // namespace flagdebt::frontends::ts
