// The prefilter's evidence for an undeclared flag: an SDK call whose key argument is a literal.
// A file that only calls a method named `isEnabled` on something (ordinary code) does not hold
// this shape; a file that calls `isEnabled("x")` does, whether or not "x" is in a manifest.
// A shape is the method name (a literal to Hyperscan) and an RE2 regex for what follows it: as
// ~770 whole Hyperscan regexes the built-in packs' shapes took ~0.6 s of CPU to compile, paid by
// every run without a cache; as ~300 literals and 5 distinct RE2 regexes, ~7 ms (prefilter.h).
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "sdk_rules/rules.h"

namespace flagdebt::sdk_rules {
namespace {

// `\s` as Hyperscan reads it (the shapes were Hyperscan regexes): RE2's lacks the vertical tab.
constexpr std::string_view kSpace = R"([\t\n\v\f\r ])";
// After the name: a Rust macro's `!`, type arguments (`GetValue<bool>`, `get::<bool>`,
// Go's `Get[bool]`), then the opening parenthesis (kSpace written out).
constexpr std::string_view kOpen = R"((?:!)?(?:[\t\n\v\f\r ]*(?:::)?<[^;(){}]*>|\[[^;(){}]*\])?[\t\n\v\f\r ]*\()";
// The start of a literal: a quote with an optional string prefix (f"", r"", b'', @"", $"",
// u8"", L"", R"(") or a Ruby symbol (:new_ui).
constexpr std::string_view kLiteral = R"((?:[A-Za-z0-9@$]{0,3}["'`]|:\w))";
// What may come before a later or named key argument: arguments (line breaks included) with at
// most one level of parentheses (`ctx.With()`), but no statement or block boundary and no
// closing parenthesis of the call itself. Without the parenthesis rule a Go or Python file passes
// whenever such a name is followed by any string a few lines below. Unbounded: the stop
// characters bound the match in practice.
constexpr std::string_view kUpTo = R"((?:[^;{}()]|\([^;{}()]*\))*)";

std::string joined(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto part : parts) out += part;
  return out;
}

}  // namespace

// Shapes, one or two per method and key position (no `after` holds `;`, `{` or `}`: prefilter.h) (each the method at a word start, then):
//   key at 0, by position:   \s*\(\s*["'`]   (isEnabled("x")) and the parenthesis-less Ruby form
//   key later or by name:    \s*\( then arguments (see kUpTo), then a literal: looser than the
//                            key's exact position, since counting commas in a regex is wrong for
//                            nested calls and named arguments come in any order
//   key in the receiver (key_segment): \w(\(\s*\))?[!?]*\s*\.\s*isActive\b -- a member, then the
//                            method, with or without a call (`property: true`)
//   key given by a name (key_pattern, Rust `UserFeatures::new_ui`): \s*\(  -- the key is no
//                            literal, so the call itself is the evidence.
std::vector<prefilter::CallShape> RuleSet::call_shapes() const {
  std::set<std::tuple<std::string, std::string, bool>> shapes;
  for (const auto& rule : calls) {
    bool first_only = rule.key_index == 0 && rule.key_name.empty();
    for (const auto& method : rule.methods) {
      if (rule.key_segment) {
        // The key is a member before the method (`X.NEW_UI.isActive(`, `x.newUi().isOn(`,
        // `Features.newUi.isEnabled`): a name, optionally an empty call, then `.method`.
        shapes.emplace(method, "", true);
      } else if (rule.key_pattern) {
        shapes.emplace(method, std::string(kOpen), false);
        shapes.emplace(method, R"([ \t]+\w)", false);
      } else if (first_only) {
        shapes.emplace(method, joined({kOpen, kSpace, "*", kLiteral}), false);
        shapes.emplace(method, joined({R"([ \t]+)", kLiteral}), false);
      } else {
        shapes.emplace(method, joined({kOpen, kUpTo, kLiteral}), false);
        shapes.emplace(method, joined({R"([ \t]+[^;{}()\n]*)", kLiteral}), false);
      }
    }
  }
  std::vector<prefilter::CallShape> out;
  for (const auto& [method, after, member_before] : shapes) out.push_back({method, after, member_before});
  return out;
}

}  // namespace flagdebt::sdk_rules
