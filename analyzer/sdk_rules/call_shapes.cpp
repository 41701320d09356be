// The prefilter's evidence for an undeclared flag: an SDK call whose key argument is a literal.
// A file that only calls a method named `isEnabled` on something (ordinary code) does not hold
// this shape; a file that calls `isEnabled("x")` does, whether or not "x" is in a manifest.
#include <cctype>
#include <cstdio>
#include <set>

#include "sdk_rules/rules.h"

namespace flagdebt::sdk_rules {
namespace {

// The method name as a Hyperscan regex: word characters as they are, anything else escaped
// (Ruby's `enabled?`).
std::string escaped(std::string_view method) {
  std::string out;
  for (unsigned char c : method) {
    if (std::isalnum(c) || c == '_') {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out;
}

// After the name: a Rust macro's `!`, type arguments (`GetValue<bool>`, `get::<bool>`,
// Go's `Get[bool]`), then the opening parenthesis.
constexpr std::string_view kOpen = R"((?:!)?(?:\s*(?:::)?<[^;(){}]*>|\[[^;(){}]*\])?\s*\()";
// The start of a literal: a quote with an optional string prefix (f"", r"", b'', @"", $"",
// u8"", L"", R"(") or a Ruby symbol (:new_ui).
constexpr std::string_view kLiteral = R"((?:[A-Za-z0-9@$]{0,3}["'`]|:\w))";
// What may come before a later or named key argument: arguments (line breaks included) with at
// most one level of parentheses (`ctx.With()`), but no statement or block boundary and no
// closing parenthesis of the call itself. Without the parenthesis rule a Go or Python file passes
// whenever such a name is followed by any string a few lines below. Unbounded: Hyperscan
// refuses bounded repeats of this size ("Pattern is too large"), and the stop characters bound
// the match in practice.
constexpr std::string_view kUpTo = R"((?:[^;{}()]|\([^;{}()]*\))*)";

}  // namespace

// Shapes, one or two per method and key position:
//   key at 0, by position:   \bisEnabled\s*\(\s*["'`]        and the parenthesis-less Ruby form
//   key later or by name:    \bvariation\s*\( then arguments (see kUpTo),
//                            then a literal: looser than the key's exact position, since counting
//                            commas in a regex is wrong for nested calls and named arguments
//                            come in any order
//   key in the receiver (key_segment): \w(\(\s*\))?[!?]*\s*\.\s*isActive\b -- a member, then the
//                            method, with or without a call (`property: true`)
//   key given by a name (key_pattern, Rust `UserFeatures::new_ui`): \bis_enabled\s*\(  -- the key
//                            is no literal, so the call itself is the evidence.
std::vector<std::string> RuleSet::call_shapes() const {
  std::set<std::string> shapes;
  for (const auto& rule : calls) {
    bool first_only = rule.key_index == 0 && rule.key_name.empty();
    for (const auto& method : rule.methods) {
      std::string name = "\\b" + escaped(method);
      if (rule.key_segment) {
        // The key is a member before the method (`X.NEW_UI.isActive(`, `x.newUi().isOn(`,
        // `Features.newUi.isEnabled`): a name, optionally an empty call, then `.method`.
        shapes.insert("\\w(?:\\(\\s*\\))?[!?]*\\s*\\.\\s*" + escaped(method) + "\\b");
        continue;
      }
      if (rule.key_pattern) {
        shapes.insert(name + std::string(kOpen));
        shapes.insert(name + "[ \\t]+\\w");
        continue;
      }
      if (first_only) {
        shapes.insert(name + std::string(kOpen) + "\\s*" + std::string(kLiteral));
        shapes.insert(name + "[ \\t]+" + std::string(kLiteral));
      } else {
        shapes.insert(name + std::string(kOpen) + std::string(kUpTo) + std::string(kLiteral));
        shapes.insert(name + "[ \\t]+[^;{}()\\n]*" + std::string(kLiteral));
      }
    }
  }
  return {shapes.begin(), shapes.end()};
}

}  // namespace flagdebt::sdk_rules
