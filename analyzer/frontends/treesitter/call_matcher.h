#pragma once
// CallMatcher: decides whether a @call is a flag check under the SDK rules, and with which key.
#include <algorithm>
#include <functional>
#include <optional>
#include <string>

#include "frontends/frontend.h"
#include "frontends/treesitter/capture_index.h"

namespace flagdebt::frontends::ts {

struct MatchedCall {
  model::FlagCheck check;
  std::string via;  // the method name
  TSNode key_node;
};

class CallMatcher {
 public:
  CallMatcher(const CaptureIndex& index, std::string_view text, const ParseInput& input)
      : index_(index), text_(text), input_(input),
        has_property_rules_(std::ranges::any_of(input.rules.calls, [](const auto& r) { return r.property; })) {}

  std::optional<MatchedCall> match(const RoleMatch& call) const;
  // A member path read as an enum-style property check (`Features.newUi.isEnabled`), under a
  // rule with `property: true`.
  std::optional<MatchedCall> match_property(TSNode member) const;
  // Member paths whose first segment is a local, parameter or loop variable are not matched by
  // their last segment once this is set: `bound_locally` answers for the file's locals
  // (AliasTable::bound_locally, built after the matcher and only when a last segment names a flag).
  void set_locals(std::function<bool(TSNode)> bound_locally) { bound_locally_ = std::move(bound_locally); }
  // The key a node names: a plain string literal, or an identifier/member that is a manifest alias.
  std::optional<std::string> key_of(TSNode node) const;
  // The flag whose value an identifier or member path stands for (full text, or last segment).
  const std::string* alias_key(TSNode node) const;
  // The key an identifier names by its own text, without quotes (an enum case, a leading `.` or
  // `:` dropped): the key itself or the one key with the same words (FlagIndex::key_named_by).
  std::optional<std::string> key_named_by(TSNode node) const;
  // The key a constant in code names (full text, or last segment: `Flags.NEW_UI`).
  const std::string* constant_key(TSNode node) const;

 private:
  // A node's text, past the negations a grammar binds to a chain's first operand (lead_not.h).
  std::string_view text_of(TSNode node) const;
  std::optional<TSNode> argument(TSNode args, std::optional<int> index, const std::string& name) const;
  std::optional<model::Value> literal(TSNode node) const;
  std::optional<MatchedCall> match_segment(const sdk_rules::CallRule& rule, std::string_view receiver,
                                          std::string_view method, TSNode at) const;
  // Looks a node's text up, then its last segment unless the path starts at a local.
  template <typename Lookup>
  const std::string* by_text_or_last_segment(TSNode node, Lookup lookup) const;
  // A rule's key_pattern applied to a name/path argument (`UserFeatures::new_ui` -> new_ui).
  std::optional<std::string> key_in_name(TSNode node, const support::Regex& pattern) const;

  const CaptureIndex& index_;
  std::string_view text_;
  const ParseInput& input_;
  bool has_property_rules_ = false;
  std::function<bool(TSNode)> bound_locally_;
};

}  // namespace flagdebt::frontends::ts
