#include "frontends/treesitter/call_matcher.h"

#include "frontends/treesitter/literals.h"

namespace flagdebt::frontends::ts {

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

// Looks `text` up, then its last segment after `.`, `::` or `->`.
template <typename Lookup>
const std::string* by_text_or_last_segment(std::string_view text, Lookup lookup) {
  if (const std::string* key = lookup(text)) return key;
  auto cut = text.find_last_of(".:>");
  return cut == std::string_view::npos ? nullptr : lookup(text.substr(cut + 1));
}

}  // namespace

const std::string* CallMatcher::alias_key(TSNode node) const {
  return by_text_or_last_segment(node_text(node, text_), [&](std::string_view t) { return input_.flags.key_of_alias(t); });
}

const std::string* CallMatcher::constant_key(TSNode node) const {
  return by_text_or_last_segment(node_text(node, text_),
                                 [&](std::string_view t) { return input_.flags.key_of_constant(t); });
}

std::optional<std::string> CallMatcher::key_of(TSNode node) const {
  if (index_.has(node, Role::String)) return string_value(node_text(node, text_), input_.language);
  if (index_.has(node, Role::Ident) || index_.has(node, Role::Member)) {
    if (const std::string* key = alias_key(node)) return *key;
    if (const std::string* key = constant_key(node)) return *key;
  }
  return std::nullopt;
}

std::optional<std::string> CallMatcher::key_in_name(TSNode node, const support::Regex& pattern) const {
  if (!index_.has(node, Role::Ident) && !index_.has(node, Role::Member)) return std::nullopt;
  auto match = pattern.find(node_text(node, text_), 0);
  if (!match) return std::nullopt;
  auto key = match->groups.size() > 1 ? match->groups[1] : match->groups[0];
  if (!key || key->empty()) return std::nullopt;
  return std::string(*key);
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

std::optional<MatchedCall> CallMatcher::match(const RoleMatch& call) const {
  const TSNode* name = call.part(Part::Name);
  const TSNode* args = call.part(Part::Args);
  if (!name || !args) return std::nullopt;
  std::string_view method = node_text(*name, text_);
  const TSNode* receiver = call.part(Part::Receiver);
  for (const sdk_rules::CallRule* rule : input_.rules.match(input_.language, method)) {
    if (rule->receiver && receiver) {
      if (!rule->receiver->search(node_text(*receiver, text_))) continue;
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
