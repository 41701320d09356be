// Local aliases of a flag check that nothing reads (model::UnusedAlias): what `flagdebt fix` deletes
// once the reads of an alias have gone with the branches they decided. Precision first, read from
// the text rather than from resolved reads: the name must be spelled nowhere else in the outermost
// function it is declared in (not read, not written again, not in a string or a comment) but in
// the statements that go with it (a bare declaration `let on;`, another plain assignment of the same
// check), each value must be one flag check and nothing else that could have an effect (one call:
// no `(` but its own), each statement must be a statement of its own in a @block (`let a = 1, on =
// ...` stays), and the name a function's local (not a file's or a class's: other files may read
// those).
#include <algorithm>
#include <map>

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
    TSNode parent = tree().parent(statement);
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

// The check a declared value is, when it is one flag check and nothing else that could have an
// effect (one call: no `(` but its own); `await` and parentheses around it are looked through.
std::optional<int> ModelBuilder::alias_check(TSNode value) const {
  TSNode call = value;
  while (const RoleMatch* paren = index_.find(call, Role::Paren)) {
    if (!paren->part(Part::Operand)) break;
    call = *paren->part(Part::Operand);
  }
  auto check = check_of_call_.find(id_of(call));
  if (check == check_of_call_.end() || calls_in(node_text(value, text_)) != 1) return std::nullopt;
  return check->second;
}

// The outermost function around a local (its body): where its name is counted. Only a function's local: a
// name declared at the top of a file or in a class may be read from other files (an import,
// `Config.fast`), which no text here shows. The outermost, not the nearest: a nested block or
// closure may assign a name declared around it (`let on; { on = check(); } use(on)`).
std::optional<TSNode> ModelBuilder::function_root(TSNode node) const {
  TSNode owner = tree().scope(node);
  while (!ts_node_is_null(owner) && !index_.has(owner, Role::Scope) && !index_.has(owner, Role::Class)) owner = tree().scope(owner);
  if (ts_node_is_null(owner) || index_.has(owner, Role::Class) || ts_node_is_null(tree().parent(owner))) return std::nullopt;
  for (TSNode up = tree().scope(owner); !ts_node_is_null(up); up = tree().scope(up)) {
    if (index_.has(up, Role::Class) || ts_node_is_null(tree().parent(up))) break;
    if (index_.has(up, Role::Scope)) owner = up;
  }
  // Its body when that is a scope of its own (a block): the function's name and parameters are
  // not spellings of a local (`func theme() { theme := ... }`).
  TSNode body = owner;
  for (TSNode up = tree().scope(node); !ts_node_is_null(up) && !ts_node_eq(up, owner); up = tree().scope(up)) body = up;
  return body;
}

// The statements that go when they hold every spelling of `word` in `within` (none overlapping).
std::optional<model::UnusedAlias> ModelBuilder::alias_of(std::string key, std::vector<model::Span> statements,
                                                         std::string_view within, std::string_view word,
                                                         Counter count) const {
  std::sort(statements.begin(), statements.end(), [](const model::Span& a, const model::Span& b) { return a.begin_byte < b.begin_byte; });
  statements.erase(std::unique(statements.begin(), statements.end(),
                               [](const model::Span& a, const model::Span& b) { return a.begin_byte == b.begin_byte && a.end_byte == b.end_byte; }),
                   statements.end());
  if (statements.empty()) return std::nullopt;
  size_t spelled = 0;
  for (size_t i = 0; i < statements.size(); ++i) {
    if (i > 0 && statements[i].begin_byte < statements[i - 1].end_byte) return std::nullopt;
    spelled += count(text_.substr(statements[i].begin_byte, statements[i].end_byte - statements[i].begin_byte), word);
  }
  if (spelled == 0 || spelled != count(within, word)) return std::nullopt;
  model::UnusedAlias alias{std::move(key), statements.front(), {}};
  alias.also.assign(statements.begin() + 1, statements.end());
  return alias;
}

// A name is an unused alias when every spelling of it in its function is in statements that go
// together: declarations and plain assignments whose value is the same flag check (`on =
// check()` twice), and bare declarations (@bare_decl: `let on;`, `var on bool`) of it; one of them
// must declare it there (@bare_decl, or a @decl with `.declares`).
void ModelBuilder::extract_unused_aliases() {
  struct Group {
    std::string key;
    bool mixed = false;
    bool declared = false;  // a statement of the group declares the name (not a field's or a file's)
    TSNode root{};
    std::vector<model::Span> statements;
  };
  std::map<std::pair<uint32_t, std::string_view>, Group> groups;  // (function start, name)
  auto statement_of = [&](const RoleMatch& m, std::string_view word) -> std::optional<model::Span> {
    auto statement = declaration_statement(m.node);
    if (!statement || declares_another(*statement, word)) return std::nullopt;
    return statement;
  };
  for (const RoleMatch& m : index_.matches()) {
    const TSNode* name = m.part(Part::Name);
    const TSNode* value = m.part(Part::Value);
    if (m.role != Role::Decl || !name || !value) continue;
    std::string_view word = node_text(*name, text_);
    auto check = alias_check(*value);
    auto root = check ? function_root(m.node) : std::nullopt;
    auto statement = root ? statement_of(m, word) : std::nullopt;
    if (!statement || word.empty() || !word_char(word.front())) continue;
    Group& group = groups[{ts_node_start_byte(*root), word}];
    const std::string& key = model_.checks[*check].key;
    group.mixed |= !group.key.empty() && group.key != key;
    group.key = key;
    group.root = *root;
    group.declared |= m.part(Part::Declares) != nullptr;
    group.statements.push_back(*statement);
  }
  for (const RoleMatch& m : index_.matches()) {
    const TSNode* name = m.part(Part::Name);
    if (m.role != Role::BareDecl || !name) continue;
    auto root = function_root(m.node);
    auto group = root ? groups.find({ts_node_start_byte(*root), node_text(*name, text_)}) : groups.end();
    if (group == groups.end()) continue;
    auto statement = statement_of(m, group->first.second);
    if (!statement) continue;
    group->second.statements.push_back(*statement);
    group->second.declared = true;
  }
  for (auto& [at, group] : groups) {
    // A plain assignment alone may set a field (`fast = v` in a Java method) or a file's variable.
    if (group.mixed || !group.declared) continue;
    if (auto alias = alias_of(group.key, group.statements, node_text(group.root, text_), bare_name(at.second), count_names)) {
      model_.unused_aliases.push_back(std::move(*alias));
    }
  }
}

}  // namespace flagdebt::frontends::ts
