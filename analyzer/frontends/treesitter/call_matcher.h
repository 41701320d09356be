#pragma once
// CallMatcher: decides whether a @call is a flag check under the SDK rules, and with which key.
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
      : index_(index), text_(text), input_(input) {}

  std::optional<MatchedCall> match(const RoleMatch& call) const;
  // The key a node names: a plain string literal, or an identifier/member that is a manifest alias.
  std::optional<std::string> key_of(TSNode node) const;
  // The flag whose value an identifier or member path stands for (full text, or last segment).
  const std::string* alias_key(TSNode node) const;
  // The key a constant in code names (full text, or last segment: `Flags.NEW_UI`).
  const std::string* constant_key(TSNode node) const;

 private:
  std::optional<TSNode> argument(TSNode args, std::optional<int> index, const std::string& name) const;
  std::optional<model::Value> literal(TSNode node) const;
  // A rule's key_pattern applied to a name/path argument (`UserFeatures::new_ui` -> new_ui).
  std::optional<std::string> key_in_name(TSNode node, const support::Regex& pattern) const;

  const CaptureIndex& index_;
  std::string_view text_;
  const ParseInput& input_;
};

}  // namespace flagdebt::frontends::ts
