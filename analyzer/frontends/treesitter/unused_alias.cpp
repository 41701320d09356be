// Local aliases of a flag check that nothing reads (model::UnusedAlias): what `flagdebt fix` deletes
// once the reads of an alias have gone with the branches they decided. Precision first, read from
// the text rather than from resolved reads: the name must be spelled nowhere else in the scope it is
// declared in (not read, not written again, not in a string or a comment), the value must be one
// flag check and nothing else that could have an effect (one call: no `(` but its own), the
// declaration must be a statement of its own in a @block (`let a = 1, on = ...` stays), and the
// name a function's local (not a file's or a class's: other files may read those).
#include <algorithm>

#include "frontends/treesitter/model_builder.h"
#include "frontends/treesitter/words.h"

namespace flagdebt::frontends::ts {
namespace {

// Opening parentheses outside string literals (quotes of either kind, backslash escapes).
size_t calls_in(std::string_view text) {
  size_t n = 0;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (quote) {
      if (ch == '\\') ++i;
      else if (ch == quote) quote = 0;
    } else if (ch == '"' || ch == '\'' || ch == '`') {
      quote = ch;
    } else {
      n += ch == '(';
    }
  }
  return n;
}

}  // namespace

// The statement that is the declaration and nothing more: the @decl node, or the nodes around it
// that hold nothing after it (`const x = v` around the declarator, Python's expression statement
// around the assignment, C#'s `var` before it), when that statement stands in a @block. Another
// declarator before it is found by declares_another.
std::optional<model::Span> ModelBuilder::declaration_statement(TSNode decl) const {
  TSNode statement = decl;
  for (int depth = 0; depth < 4; ++depth) {
    TSNode parent = tree_.parent(statement);
    if (ts_node_is_null(parent)) return std::nullopt;
    if (index_.has(parent, Role::Block)) return span(statement);
    // Only a type or modifiers before it (`var` in C#'s variable_declaration): nothing after it.
    for (uint32_t i = 0, n = ts_node_named_child_count(parent); i < n; ++i) {
      TSNode child = ts_node_named_child(parent, i);
      if (!ts_node_is_extra(child) && ts_node_start_byte(child) >= ts_node_end_byte(statement)) return std::nullopt;
    }
    statement = parent;
  }
  return std::nullopt;
}

// Whether the statement also writes a name other than `name` (`on, err := ...`): deleting it
// would take that one too. The blank `_` does not count.
bool ModelBuilder::declares_another(const model::Span& statement, std::string_view name) const {
  for (const RoleMatch& m : index_.matches()) {
    const TSNode* other = m.part(Part::Name);
    if ((m.role != Role::Decl && m.role != Role::Write) || !other || ts_node_start_byte(*other) < statement.begin_byte ||
        ts_node_end_byte(*other) > statement.end_byte) {
      continue;
    }
    std::string_view text = node_text(*other, text_);
    if (text != name && text.find_first_not_of('_') != std::string_view::npos) return true;
  }
  return false;
}

void ModelBuilder::extract_unused_aliases() {
  for (const RoleMatch& m : index_.matches()) {
    if (m.role != Role::Decl) continue;
    const TSNode* name = m.part(Part::Name);
    const TSNode* value = m.part(Part::Value);
    if (!name || !value) continue;
    TSNode call = *value;
    while (const RoleMatch* paren = index_.find(call, Role::Paren)) {  // `await`, parentheses
      if (!paren->part(Part::Operand)) break;
      call = *paren->part(Part::Operand);
    }
    auto check = check_of_call_.find(reinterpret_cast<uintptr_t>(call.id));
    if (check == check_of_call_.end() || calls_in(node_text(*value, text_)) != 1) continue;
    auto statement = declaration_statement(m.node);
    if (!statement || declares_another(*statement, node_text(*name, text_))) continue;
    TSNode scope = tree_.scope(m.node);
    // Only a function's local: a name declared at the top of a file or in a class may be read from
    // other files (an import, `Config.fast`), which no text here shows.
    TSNode owner = scope;
    while (!ts_node_is_null(owner) && !index_.has(owner, Role::Scope) && !index_.has(owner, Role::Class)) owner = tree_.scope(owner);
    if (ts_node_is_null(owner) || index_.has(owner, Role::Class) || ts_node_is_null(tree_.parent(owner))) continue;
    std::string_view within = ts_node_is_null(scope) ? text_ : node_text(scope, text_);
    std::string_view word = node_text(*name, text_);
    if (word.empty() || !word_char(word.front()) || count_words(within, word) != 1) continue;
    model_.unused_aliases.push_back({model_.checks[check->second].key, *statement});
  }
}

}  // namespace flagdebt::frontends::ts
