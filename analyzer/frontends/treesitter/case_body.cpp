// A switch case's statements (the `inner` part of its arm): what `flagdebt fix` puts in place of the
// whole switch when the case is certainly taken. Read from the query's `@arm.then` captures (one per
// statement, or one block), without the `@break` that ends the case. Precision first: no inner part
// (the fix then only deletes the dead cases) when the statements would mean something else outside
// the switch: another `@break` among them (it would leave an enclosing loop, or nothing), or a
// `@local` they declare whose name the enclosing scope also spells (two declarations in one block,
// or a shadowing that would reach the code after the switch).
#include <algorithm>

#include "frontends/treesitter/model_builder.h"
#include "frontends/treesitter/words.h"

namespace flagdebt::frontends::ts {
namespace {

// Whether `word` occurs in `text` as a whole word.
bool spells(std::string_view text, std::string_view word) { return count_words(text, word) > 0; }

std::vector<const RoleMatch*> gather(const CaptureIndex& index, Role role) {
  std::vector<const RoleMatch*> out;
  for (const RoleMatch& m : index.matches()) {
    if (m.role == role) out.push_back(&m);
  }
  std::sort(out.begin(), out.end(), [](const RoleMatch* a, const RoleMatch* b) {
    return ts_node_start_byte(a->node) < ts_node_start_byte(b->node);
  });
  return out;
}

// The matches starting in [begin, end).
std::span<const RoleMatch* const> within(const std::vector<const RoleMatch*>& sorted, uint32_t begin, uint32_t end) {
  auto by_start = [](const RoleMatch* m, uint32_t at) { return ts_node_start_byte(m->node) < at; };
  auto first = std::lower_bound(sorted.begin(), sorted.end(), begin, by_start);
  auto last = std::lower_bound(first, sorted.end(), end, by_start);
  return {first, last};
}

}  // namespace

// Comments before the first statement and after the last go with the switch, those before the
// trailing break stay (`f(); // why`); a plain `break` (no label, no level: `break 2;` leaves more
// than the switch) ends the case and goes with it.
void ModelBuilder::drop_trailing_break(std::vector<TSNode>& nodes) const {
  while (!nodes.empty() && ts_node_is_extra(nodes.back())) nodes.pop_back();
  nodes.erase(nodes.begin(), std::find_if(nodes.begin(), nodes.end(), [](TSNode n) { return !ts_node_is_extra(n); }));
  if (!nodes.empty() && index_.has(nodes.back(), Role::Break) && ts_node_named_child_count(nodes.back()) == 0) {
    nodes.pop_back();
    // Only comments left: the case does nothing.
    if (std::all_of(nodes.begin(), nodes.end(), [](TSNode n) { return ts_node_is_extra(n); })) nodes.clear();
  }
}

// Every `.then` of the arm's @arm matches, in order; a lone @block stands for its statements.
std::vector<TSNode> ModelBuilder::case_statements(TSNode arm) const {
  std::vector<TSNode> nodes;
  for (const RoleMatch* m : index_.find_all(arm, Role::Arm)) {
    for (TSNode then : m->all(Part::Then)) {
      if (std::none_of(nodes.begin(), nodes.end(), [&](TSNode n) { return ts_node_eq(n, then); })) nodes.push_back(then);
    }
  }
  std::sort(nodes.begin(), nodes.end(), [](TSNode a, TSNode b) { return ts_node_start_byte(a) < ts_node_start_byte(b); });
  drop_trailing_break(nodes);
  if (nodes.size() == 1 && index_.has(nodes[0], Role::Block)) {
    // One block (`case 1: { ... }`, Go's statement list, Ruby's `then`): its statements.
    TSNode block = nodes[0];
    nodes.clear();
    for (uint32_t i = 0, n = ts_node_named_child_count(block); i < n; ++i) nodes.push_back(ts_node_named_child(block, i));
    drop_trailing_break(nodes);
  }
  return nodes;
}

bool ModelBuilder::has_inner_break(uint32_t begin, uint32_t end) {
  if (!breaks_) breaks_ = gather(index_, Role::Break);
  return !within(*breaks_, begin, end).empty();
}

// The words a @local's name spells (a declarator more than a name, `*p`, `a[N]`: each of them).
std::vector<std::string_view> ModelBuilder::local_names(const RoleMatch& local) const {
  const TSNode* name = local.part(Part::Name);
  std::string_view text = name ? node_text(*name, text_) : std::string_view();
  std::vector<std::string_view> words;
  for (size_t at = 0; at < text.size();) {
    if (!word_char(text[at])) { ++at; continue; }
    size_t stop = at;
    while (stop < text.size() && word_char(text[stop])) ++stop;
    words.push_back(text.substr(at, stop - at));
    at = stop;
  }
  return words;
}

// A @local declared in [begin, end) whose name the scope around the arm spells outside that range,
// or one declared elsewhere in the switch (its header, a pattern, another case sharing the scope)
// whose name the range spells: either way the names would no longer meet the same declarations.
bool ModelBuilder::local_collides(TSNode arm, TSNode construct, uint32_t begin, uint32_t end) {
  if (!locals_) locals_ = gather(index_, Role::Local);
  std::string_view kept = text_.substr(begin, end - begin);
  for (auto part : {within(*locals_, ts_node_start_byte(construct), begin), within(*locals_, end, ts_node_end_byte(construct))}) {
    for (const RoleMatch* local : part) {
      for (std::string_view word : local_names(*local)) {
        if (spells(kept, word)) return true;
      }
    }
  }
  return declared_names_spelled(arm, begin, end, begin, end);
}

// Whether a @local declared in [begin, end) has a name the function (or file) around `inner`
// spells outside [skip_begin, skip_end), past the block scopes in between.
bool ModelBuilder::declared_names_spelled(TSNode inner, uint32_t begin, uint32_t end, uint32_t skip_begin, uint32_t skip_end) {
  if (!locals_) locals_ = gather(index_, Role::Local);
  auto declared = within(*locals_, begin, end);
  if (declared.empty()) return false;
  TSNode scope = tree().scope(inner);
  while (!ts_node_is_null(scope) && !index_.has(scope, Role::Scope)) scope = tree().scope(scope);
  uint32_t from = ts_node_is_null(scope) ? 0 : ts_node_start_byte(scope);
  uint32_t to = ts_node_is_null(scope) ? static_cast<uint32_t>(text_.size()) : ts_node_end_byte(scope);
  std::string_view before = text_.substr(from, skip_begin - from), after = text_.substr(skip_end, to - skip_end);
  for (const RoleMatch* local : declared) {
    std::vector<std::string_view> words = local_names(*local);
    if (words.empty()) return true;
    for (std::string_view word : words) {
      if (spells(before, word) || spells(after, word)) return true;
    }
  }
  return false;
}

model::Span ModelBuilder::switch_arm_inner(TSNode arm, TSNode construct) {
  std::vector<TSNode> statements = case_statements(arm);
  if (statements.empty()) {
    // Only a `break` (or nothing) when the query names the case's body: the case does nothing.
    bool named = false;
    for (const RoleMatch* m : index_.find_all(arm, Role::Arm)) named |= m->part(Part::Then) != nullptr;
    if (!named) return {};
    uint32_t at = ts_node_end_byte(arm);
    return lines_.span(at, at);
  }
  uint32_t begin = ts_node_start_byte(statements.front()), end = ts_node_end_byte(statements.back());
  if (has_inner_break(begin, end) || local_collides(arm, construct, begin, end)) return {};
  return lines_.span(begin, end);
}

model::Span ModelBuilder::if_arm_inner(TSNode body, TSNode construct, bool follows) {
  model::Span statements = arm_inner(body);
  if (statements.end_byte <= statements.begin_byte) return statements;
  // A name the if declares before the arm (Go's `if x := f(); c {`, `o instanceof T t`, or an
  // earlier arm's local) that the arm reads: without the if it would be undeclared. The if stays.
  if (!locals_) locals_ = gather(index_, Role::Local);
  std::string_view kept = text_.substr(statements.begin_byte, statements.end_byte - statements.begin_byte);
  for (const RoleMatch* local : within(*locals_, ts_node_start_byte(construct), statements.begin_byte)) {
    for (std::string_view word : local_names(*local)) {
      if (spells(kept, word)) return {};
    }
  }
  // The construct's other arms and condition go with it: only the code around it counts.
  if ((!(follows && ends_in_value(body)) &&
       !declared_names_spelled(body, statements.begin_byte, statements.end_byte, ts_node_start_byte(construct),
                               ts_node_end_byte(construct)))) {
    return statements;
  }
  // `if (on) { const x = 1; ... }` beside another `x`: `{ const x = 1; ... }` keeps x's scope.
  return index_.has(body, Role::Block) && input_.language.plain_block == "{" ? span(body) : model::Span{};
}

}  // namespace flagdebt::frontends::ts
