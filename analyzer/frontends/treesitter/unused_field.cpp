// Private fields that only hold a flag check nothing reads any more (model::UnusedAlias): once the
// branches a field decided have gone, `flagdebt fix` deletes the field's declaration and the
// statement that set it. Precision first, read from the text: the field must be declared or named
// private (@private_field: `private`, `#x`, Python's `self._x`, Ruby's `@x`; another file cannot
// read it), its one value must be one flag check and nothing else that could have an effect, and
// its name must be spelled nowhere else in the file (not read, not written, not in a string or a
// comment, with any sigil: `this.#x`, `$x`, `:x`), the whole file rather than the class because a
// nested class may read its outer class's private fields and the other way round. A field of a
// type (`.owner`, Go) is another package's business: left alone.
#include "frontends/treesitter/model_builder.h"
#include "frontends/treesitter/words.h"

namespace flagdebt::frontends::ts {
// An element of a comma-separated list (a Rust struct's field, a literal's `name: value`) with the
// comma after it, so that the list stays well formed; none without one (the last element).
std::optional<model::Span> ModelBuilder::list_item(TSNode node) const {
  TSNode next = ts_node_next_sibling(node);
  if (ts_node_is_null(next) || ts_node_is_named(next) || node_text(next, text_) != ",") return std::nullopt;
  return lines_.span(ts_node_start_byte(node), ts_node_end_byte(next));
}

// What goes with a @private_field: a list element with its comma, a member of the class (its parent is the @class or sits in it
// before any @block) as it is, an assignment statement in a method as the statement around it.
std::optional<model::Span> ModelBuilder::member_statement(TSNode head) const {
  if (auto item = list_item(head)) return item;
  for (TSNode up = tree().parent(head); !ts_node_is_null(up); up = tree().parent(up)) {
    if (index_.has(up, Role::Class)) {
      // With the `;` that ends it when the grammar leaves that to the class body (JS's `#on;`).
      TSNode next = ts_node_next_sibling(head);
      uint32_t end = ts_node_end_byte(head);
      if (!ts_node_is_null(next) && !ts_node_is_named(next) && node_text(next, text_) == ";") end = ts_node_end_byte(next);
      return lines_.span(ts_node_start_byte(head), end);
    }
    if (index_.has(up, Role::Block)) break;
  }
  return declaration_statement(head);
}

void ModelBuilder::extract_unused_fields() {
  std::vector<const RoleMatch*> privates;
  for (const RoleMatch& m : index_.matches()) {
    if (m.role == Role::PrivateField && m.part(Part::Name)) privates.push_back(&m);
  }
  if (privates.empty()) return;
  std::set<std::pair<uintptr_t, std::string_view>> seen;  // (class, name): one alias per field
  for (const RoleMatch& m : index_.matches()) {
    const TSNode* name = m.part(Part::Name);
    const TSNode* value = m.part(Part::Value);
    if (m.role != Role::Field || !name || !value || m.part(Part::Owner)) continue;
    auto check = alias_check(*value);
    std::string_view spelled = node_text(*name, text_);
    TSNode owner = fields().class_of(m.node);
    if (!check || ts_node_is_null(owner) || !seen.insert({reinterpret_cast<uintptr_t>(owner.id), spelled}).second) continue;
    std::vector<model::Span> statements;
    bool holds_field = false, clear = true;
    for (const RoleMatch* p : privates) {
      // In the field's class, or a type of the file's own (a Rust struct, outside its impl).
      TSNode declared_in = fields().class_of(p->node);
      if (node_text(*p->part(Part::Name), text_) != spelled || (!ts_node_is_null(declared_in) && !ts_node_eq(declared_in, owner))) continue;
      bool own = node_inside(m.node, p->node);
      holds_field |= own;
      // One field per declaration (`private boolean a, on;` stays), and nothing else it runs.
      std::string_view head = node_text(p->node, text_);
      clear &= index_.find_all(p->node, Role::PrivateField).size() == 1 && (own || head.find('(') == std::string_view::npos);
      auto statement = member_statement(p->node);
      clear &= statement.has_value();
      if (statement) statements.push_back(*statement);
    }
    if (!clear || statements.empty()) continue;
    if (!holds_field) {
      auto statement = declaration_statement(m.node);
      if (!statement) statement = list_item(m.node);
      if (!statement || declares_another(*statement, spelled)) continue;
      statements.push_back(*statement);
    }
    if (auto alias = alias_of(model_.checks[*check].key, statements, text_, bare_name(spelled), count_names)) {
      model_.unused_aliases.push_back(std::move(*alias));
    }
  }
}

}  // namespace flagdebt::frontends::ts
