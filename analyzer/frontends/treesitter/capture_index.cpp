#include "frontends/treesitter/capture_index.h"

#include <algorithm>
#include <array>
#include <memory>

namespace flagdebt::frontends::ts {
namespace {

constexpr std::array<std::pair<std::string_view, Role>, 42> kRoles = {{
    {"call", Role::Call}, {"named_arg", Role::NamedArg}, {"string", Role::String}, {"ident", Role::Ident},
    {"member", Role::Member}, {"if", Role::If}, {"arm", Role::Arm}, {"ternary", Role::Ternary},
    {"guard", Role::Guard}, {"loop", Role::Loop}, {"not", Role::Not}, {"and", Role::And}, {"or", Role::Or},
    {"eq", Role::Eq}, {"ne", Role::Ne}, {"paren", Role::Paren}, {"true", Role::True}, {"false", Role::False},
    {"number", Role::Number}, {"decl", Role::Decl}, {"write", Role::Write}, {"scope", Role::Scope},
    {"block", Role::Block}, {"exit", Role::Exit}, {"constant", Role::Constant}, {"check", Role::Check},
    {"block_scope", Role::BlockScope}, {"switch", Role::Switch}, {"match", Role::Match},
    {"fallthrough", Role::Fallthrough}, {"closure", Role::Closure}, {"class", Role::Class}, {"field", Role::Field},
    {"field_write", Role::FieldWrite}, {"field_read", Role::FieldRead}, {"function", Role::Function},
    {"break", Role::Break}, {"local", Role::Local}, {"lead_not", Role::LeadNot}, {"typed", Role::Typed},
    {"bare_decl", Role::BareDecl}, {"private_field", Role::PrivateField},
}};

constexpr std::array<std::pair<std::string_view, Part>, 20> kParts = {{
    {"name", Part::Name}, {"receiver", Part::Receiver}, {"args", Part::Args}, {"value", Part::Value},
    {"cond", Part::Cond}, {"then", Part::Then}, {"else", Part::Else}, {"operand", Part::Operand},
    {"left", Part::Left}, {"right", Part::Right}, {"key", Part::Key}, {"optional", Part::Optional}, {"param", Part::Param}, {"bare", Part::Bare},
    {"inner", Part::Inner}, {"owner", Part::Owner}, {"label", Part::Label}, {"package", Part::Package},
    {"result", Part::Result}, {"declares", Part::Declares},
}};

template <typename Table>
auto lookup(const Table& table, std::string_view name) -> decltype(&table[0].second) {
  for (const auto& [key, value] : table) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::expected<CompiledQuery::CaptureMeaning, std::string> meaning_of(std::string_view name) {
  CompiledQuery::CaptureMeaning meaning;
  if (name.starts_with("_")) {
    meaning.ignored = true;
    return meaning;
  }
  auto dot = name.find('.');
  auto role = lookup(kRoles, name.substr(0, dot));
  if (!role) return std::unexpected("unknown capture @" + std::string(name));
  meaning.role = *role;
  if (dot == std::string_view::npos) {
    meaning.is_head = true;
    return meaning;
  }
  auto part = lookup(kParts, name.substr(dot + 1));
  if (!part) return std::unexpected("unknown capture part @" + std::string(name));
  meaning.part = *part;
  return meaning;
}

const char* query_error_name(TSQueryError error) {
  switch (error) {
    case TSQueryErrorSyntax: return "syntax error";
    case TSQueryErrorNodeType: return "unknown node type";
    case TSQueryErrorField: return "unknown field";
    case TSQueryErrorCapture: return "unknown capture";
    case TSQueryErrorStructure: return "impossible pattern";
    case TSQueryErrorLanguage: return "incompatible language";
    default: return "error";
  }
}

}  // namespace

std::string_view node_text(TSNode node, std::string_view text) {
  uint32_t begin = ts_node_start_byte(node), end = ts_node_end_byte(node);
  if (begin >= text.size()) return {};
  return text.substr(begin, std::min<size_t>(end, text.size()) - begin);
}

bool node_inside(TSNode node, TSNode outer) {
  return ts_node_start_byte(node) >= ts_node_start_byte(outer) && ts_node_end_byte(node) <= ts_node_end_byte(outer);
}

std::expected<CompiledQuery*, std::string> CompiledQuery::compile(const TSLanguage* language, std::string_view source,
                                                                  Analysis analysis) {
  uint32_t error_offset = 0;
  TSQueryError error = TSQueryErrorNone;
  auto make = analysis == Analysis::Full ? ts_query_new : ts_query_new_unanalyzed;
  TSQuery* query = make(language, source.data(), static_cast<uint32_t>(source.size()), &error_offset, &error);
  if (!query) {
    auto line = 1 + std::count(source.begin(), source.begin() + std::min<size_t>(error_offset, source.size()), '\n');
    return std::unexpected("line " + std::to_string(line) + ": " + query_error_name(error));
  }
  auto compiled = std::make_unique<CompiledQuery>();
  compiled->query_ = query;
  for (uint32_t i = 0; i < ts_query_capture_count(query); ++i) {
    uint32_t length = 0;
    const char* name = ts_query_capture_name_for_id(query, i, &length);
    auto meaning = meaning_of({name, length});
    if (!meaning) return std::unexpected(meaning.error());
    compiled->captures_.push_back(*meaning);
  }
  for (uint32_t p = 0; p < ts_query_pattern_count(query); ++p) {
    uint32_t steps = 0;
    const TSQueryPredicateStep* step = ts_query_predicates_for_pattern(query, p, &steps);
    std::vector<Predicate> predicates;
    for (uint32_t i = 0; i < steps;) {
      uint32_t end = i;
      while (end < steps && step[end].type != TSQueryPredicateStepTypeDone) ++end;
      uint32_t length = 0;
      std::string op = ts_query_string_value_for_id(query, step[i].value_id, &length);
      Predicate predicate{op == "eq?"       ? Predicate::Eq
                          : op == "not-eq?" ? Predicate::NotEq
                          : op == "match?"  ? Predicate::Match
                                            : Predicate::AnyOf,
                          step[i + 1].value_id, {}, std::nullopt};
      if (op != "eq?" && op != "not-eq?" && op != "any-of?" && op != "match?") {
        return std::unexpected("unsupported predicate #" + op);
      }
      for (uint32_t k = i + 2; k < end; ++k) predicate.values.push_back(ts_query_string_value_for_id(query, step[k].value_id, &length));
      if (predicate.kind == Predicate::Match) {
        auto regex = predicate.values.size() == 1 ? support::Regex::compile(predicate.values[0])
                                                  : std::unexpected(std::string("#match? takes one pattern"));
        if (!regex) return std::unexpected("#match?: " + regex.error());
        predicate.regex = std::move(*regex);
      }
      predicates.push_back(std::move(predicate));
      i = end + 1;
    }
    compiled->predicates_.push_back(std::move(predicates));
  }
  return compiled.release();
}

CompiledQuery::~CompiledQuery() { ts_query_delete(query_); }

namespace {

bool predicates_hold(const CompiledQuery& query, const TSQueryMatch& match, std::string_view text) {
  for (const auto& predicate : query.predicates(match.pattern_index)) {
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      if (match.captures[i].index != predicate.capture) continue;
      auto value = node_text(match.captures[i].node, text);
      if (predicate.kind == CompiledQuery::Predicate::Match) {
        if (!predicate.regex->search(value)) return false;
        continue;
      }
      bool any = std::find(predicate.values.begin(), predicate.values.end(), value) != predicate.values.end();
      if ((predicate.kind == CompiledQuery::Predicate::NotEq) == any) return false;
    }
  }
  return true;
}

}  // namespace

CaptureIndex::CaptureIndex(const CompiledQuery& query, TSNode root, std::string_view text,
                           const TSQueryCursorOptions* options, uint32_t max_start_depth) {
  add(query, root, text, -1, options, max_start_depth);
}

void CaptureIndex::add(const CompiledQuery& query, TSNode root, std::string_view text, int tag,
                       const TSQueryCursorOptions* options, uint32_t max_start_depth) {
  std::unique_ptr<TSQueryCursor, decltype(&ts_query_cursor_delete)> cursor(ts_query_cursor_new(),
                                                                          ts_query_cursor_delete);
  // A match in progress waits at its start depth while the cursor walks everything below it:
  // without a bound, 10,000 nested blocks keep 10,000 waiting states per node (quadratic).
  ts_query_cursor_set_max_start_depth(cursor.get(), max_start_depth);
  ts_query_cursor_exec_with_options(cursor.get(), query.query(), root, options);
  TSQueryMatch match;
  std::vector<std::pair<Part, TSNode>> parts;
  while (ts_query_cursor_next_match(cursor.get(), &match)) {
    if (!predicates_hold(query, match, text)) continue;
    RoleMatch role_match{};
    role_match.tag = static_cast<int16_t>(tag);
    bool has_head = false;
    parts.clear();
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      const auto& meaning = query.meaning(match.captures[i].index);
      if (meaning.ignored) continue;
      if (meaning.is_head) {
        role_match.role = meaning.role;
        role_match.node = match.captures[i].node;
        has_head = true;
      } else {
        parts.emplace_back(meaning.part, match.captures[i].node);
      }
    }
    if (!has_head || parts.size() > UINT8_MAX) continue;
    // Grouped by part, each part's nodes in capture order: RoleMatch::all is one slice.
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    first_part_.push_back(static_cast<uint32_t>(part_kinds_.size()));
    for (const auto& [part, node] : parts) {
      part_kinds_.push_back(part);
      part_nodes_.push_back(node);
    }
    role_match.part_count = static_cast<uint8_t>(parts.size());
    auto index = static_cast<uint32_t>(matches_.size());
    uint32_t first = by_node_.emplace(role_match.node, index);
    last_on_node_.push_back(index);
    if (first != index) {  // the head already has matches: append to its chain, keeping their order
      matches_[last_on_node_[first]].next_on_node = index;
      last_on_node_[first] = index;
    }
    matches_.push_back(role_match);
  }
  link_parts();
}

void CaptureIndex::link_parts() {
  for (size_t i = 0; i < matches_.size(); ++i) {
    matches_[i].part_kinds = part_kinds_.data() + first_part_[i];
    matches_[i].part_nodes = part_nodes_.data() + first_part_[i];
  }
}

const RoleMatch* CaptureIndex::find(TSNode node, Role role) const {
  const uint32_t* first = by_node_.find(node);
  for (uint32_t i = first ? *first : UINT32_MAX; i != UINT32_MAX; i = matches_[i].next_on_node) {
    if (matches_[i].role == role) return &matches_[i];
  }
  return nullptr;
}

}  // namespace flagdebt::frontends::ts

namespace flagdebt::frontends::ts {

std::vector<const RoleMatch*> CaptureIndex::find_all(TSNode node, Role role) const {
  std::vector<const RoleMatch*> found;
  const uint32_t* first = by_node_.find(node);
  for (uint32_t i = first ? *first : UINT32_MAX; i != UINT32_MAX; i = matches_[i].next_on_node) {
    if (matches_[i].role == role) found.push_back(&matches_[i]);
  }
  return found;
}

}  // namespace flagdebt::frontends::ts
