#pragma once
// Test helper: one snippet through the public frontend API with the built-in rules and the flag
// `theme` declared, and the text a span covers.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "frontends/frontend.h"
#include "frontends/registry.h"
#include "sdk_rules/rules.h"

namespace flagdebt::test {

inline model::FileModel analyzed(std::string_view language_id, const std::string& text) {
  static const sdk_rules::RuleSet rules = *sdk_rules::builtin_rules();
  frontends::FlagIndex flags;
  flags.keys.insert("theme");
  const languages::Language* language = languages::by_id(language_id);
  REQUIRE(language != nullptr);
  auto model = frontends::frontend_for(*language)->analyze(frontends::ParseInput{"test", text, *language, rules, flags});
  REQUIRE(model.has_value());
  return std::move(*model);
}

inline std::string_view text_of(const std::string& text, const model::Span& span) {
  return std::string_view(text).substr(span.begin_byte, span.end_byte - span.begin_byte);
}

}  // namespace flagdebt::test
