#include "frontends/treesitter/call_matcher.h"

#include <cctype>

#include "frontends/treesitter/lead_not.h"
#include "frontends/treesitter/literals.h"

namespace flagdebt::frontends::ts {

std::string_view CallMatcher::text_of(TSNode node) const {
  uint32_t begin = leading_nots(index_, node).begin, end = ts_node_end_byte(node);
  return end > begin ? text_.substr(begin, end - begin) : std::string_view{};
}

std::optional<TSNode> CallMatcher::argument(TSNode args, std::optional<int> index, const std::string& name) const {
  int position = 0;
  for (uint32_t i = 0; i < ts_node_named_child_count(args); ++i) {
    TSNode arg = ts_node_named_child(args, i);
    if (ts_node_is_extra(arg)) continue;
    // A @named_arg either labels its value (key: "x") or just wraps a positional one (C#, Kotlin).
    if (const RoleMatch* named = index_.find(arg, Role::NamedArg)) {
      const TSNode* label = named->part(Part::Name);
      const TSNode* value = named->part(Part::Value);
      if (label) {
        if (!name.empty() && value && node_text(*label, text_) == name) return *value;
        continue;
      }
      if (value) arg = *value;
    }
    if (index && position == *index) return arg;
    ++position;
  }
  return std::nullopt;
}

namespace {

// The leftmost leaf of a member path: `tc` in `tc.NewGate`, `self` in `self.cfg.X`, `tc` in
// `!tc.NewGate` (past a @lead_not, whose `!` may be a named node).
TSNode first_leaf(const CaptureIndex& index, TSNode node) {
  while (ts_node_named_child_count(node) > 0) {
    const RoleMatch* negation = index.find(node, Role::LeadNot);
    node = negation && negation->part(Part::Operand) ? *negation->part(Part::Operand) : ts_node_named_child(node, 0);
  }
  return node;
}

}  // namespace

// Looks the text up, then its last segment after `.`, `::` or `->`: `features.NewGate` and
// `pkg.features.NewGate` name the alias `NewGate`, but `tc.NewGate` where `tc` is a local, a
// parameter or a loop variable (a table-driven test's row) is a field of a value.
template <typename Lookup>
const std::string* CallMatcher::by_text_or_last_segment(TSNode node, Lookup lookup) const {
  std::string_view text = text_of(node);
  if (const std::string* key = lookup(text)) return key;
  auto cut = text.find_last_of(".:>");
  if (cut == std::string_view::npos) return nullptr;
  const std::string* key = lookup(text.substr(cut + 1));
  if (key && bound_locally_ && bound_locally_(first_leaf(index_, node))) return nullptr;
  return key;
}

const std::string* CallMatcher::alias_key(TSNode node) const {
  if (const std::string* key = by_text_or_last_segment(node, [&](std::string_view t) { return input_.flags.key_of_alias(t); })) {
    return key;
  }
  return index_.has(node, Role::Member) ? input_.flags.key_of_suffix(text_of(node)) : nullptr;
}

const std::string* CallMatcher::constant_key(TSNode node) const {
  return by_text_or_last_segment(node, [&](std::string_view t) { return input_.flags.key_of_constant(t); });
}

std::optional<std::string> CallMatcher::key_of(TSNode node) const {
  if (index_.has(node, Role::String)) return string_value(node_text(node, text_), input_.language);
  if (index_.has(node, Role::Ident) || index_.has(node, Role::Member)) {
    if (const std::string* key = alias_key(node)) return *key;
    if (const std::string* key = constant_key(node)) return *key;
  }
  return std::nullopt;
}

std::optional<std::string> CallMatcher::key_named_by(TSNode node) const {
  std::string_view text = node_text(node, text_);
  while (!text.empty() && (text.front() == '.' || text.front() == ':')) text.remove_prefix(1);
  bool identifier = !text.empty();
  for (unsigned char c : text) identifier &= std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
  if (!identifier) return std::nullopt;
  const std::string* key = input_.flags.key_named_by(text);
  return key ? std::optional<std::string>(*key) : std::nullopt;
}

std::optional<std::string> CallMatcher::key_in_name(TSNode node, const support::Regex& pattern) const {
  if (!index_.has(node, Role::Ident) && !index_.has(node, Role::Member)) return std::nullopt;
  auto match = pattern.find(node_text(node, text_), 0);
  if (!match) return std::nullopt;
  auto key = match->groups.size() > 1 ? match->groups[1] : match->groups[0];
  if (!key || key->empty()) return std::nullopt;
  // `MyFeatures.NEW_UI` names the manifest's `new_ui` by its words (docs/rules.md).
  const std::string* named = input_.flags.key_named_by(*key);
  return named ? *named : std::string(*key);
}

std::optional<model::Value> CallMatcher::literal(TSNode node) const {
  if (index_.has(node, Role::True)) return model::Value{true};
  if (index_.has(node, Role::False)) return model::Value{false};
  if (index_.has(node, Role::Number)) return number_value(node_text(node, text_));
  if (index_.has(node, Role::String)) {
    if (auto s = string_value(node_text(node, text_), input_.language)) return model::Value{*s};
  }
  return std::nullopt;
}

// An enum-style check: the rule's receiver pattern holds and its key_segment is a name. The key
// is the manifest key that name names (exactly or by its words), else the name itself (an
// undeclared flag).
std::optional<MatchedCall> CallMatcher::match_segment(const sdk_rules::CallRule& rule, std::string_view receiver,
                                                      std::string_view method, TSNode at) const {
  if (!rule.receiver || !rule.receiver->search(receiver)) return std::nullopt;
  auto name = sdk_rules::receiver_segment(receiver, *rule.key_segment);
  if (!name) return std::nullopt;
  const std::string* key = input_.flags.key_named_by(*name);
  model::FlagCheck check;
  check.key = key ? *key : std::string(*name);
  check.returns = rule.returns;
  return MatchedCall{std::move(check), std::string(method), at};
}

std::optional<MatchedCall> CallMatcher::match_property(TSNode member) const {
  if (!has_property_rules_) return std::nullopt;
  std::string_view text = text_of(member);
  auto segments = sdk_rules::path_segments(text);
  if (segments.size() < 3) return std::nullopt;  // Type.key.property at least
  auto property = sdk_rules::segment_name(segments.back());
  if (!property) return std::nullopt;
  std::string_view receiver = text.substr(0, segments[segments.size() - 2].data() + segments[segments.size() - 2].size() - text.data());
  for (const sdk_rules::CallRule* rule : input_.rules.match(input_.language, *property)) {
    if (!rule->property) continue;
    if (auto matched = match_segment(*rule, receiver, *property, member)) return matched;
  }
  return std::nullopt;
}

std::optional<MatchedCall> CallMatcher::match(const RoleMatch& call) const {
  const TSNode* name = call.part(Part::Name);
  const TSNode* args = call.part(Part::Args);
  if (!name || !args) return std::nullopt;
  std::string_view method = node_text(*name, text_);
  const TSNode* receiver = call.part(Part::Receiver);
  for (const sdk_rules::CallRule* rule : input_.rules.match(input_.language, method)) {
    if (rule->property) continue;
    if (rule->key_segment) {
      if (!receiver) continue;
      if (auto matched = match_segment(*rule, text_of(*receiver), method, *receiver)) return matched;
      continue;
    }
    if (rule->receiver && receiver) {
      if (!rule->receiver->search(text_of(*receiver))) continue;
    }
    if (rule->receiver && !receiver && !rule->bare) continue;  // `getValue("email")`: not this SDK's client
    auto key_node = argument(*args, rule->key_index, rule->key_name);
    if (!key_node) continue;
    auto key = key_of(*key_node);
    if (!key && rule->key_pattern) key = key_in_name(*key_node, *rule->key_pattern);
    if (!key) continue;  // a computed key names no flag we can judge
    model::FlagCheck check;
    check.key = std::move(*key);
    check.returns = rule->returns;
    if (auto def = argument(*args, rule->default_index, rule->default_name)) check.default_value = literal(*def);
    return MatchedCall{std::move(check), std::string(method), *key_node};
  }
  return std::nullopt;
}

}  // namespace flagdebt::frontends::ts
