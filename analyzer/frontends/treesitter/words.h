#pragma once
// Whole-word search in source text, for the checks that read a name's spellings rather than its
// resolved uses (a case's locals, an unused alias): precision first, any spelling counts.
#include <cctype>
#include <cstddef>
#include <string_view>

namespace flagdebt::frontends::ts {

inline bool word_char(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '$'; }

// How many times `word` occurs in `text` as a whole word.
inline size_t count_words(std::string_view text, std::string_view word) {
  size_t n = 0;
  for (size_t at = word.empty() ? std::string_view::npos : text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    size_t end = at + word.size();
    n += (at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]));
  }
  return n;
}

// How many times `name` occurs in `text` after and before a character that is no letter, digit or
// `_`: a field's spellings with any sigil (`this.#on`, `$on`, `@on`, `:on`). Counts more than
// count_words, which is what a check that nothing else spells a name wants.
inline size_t count_names(std::string_view text, std::string_view name) {
  auto part = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; };
  size_t n = 0;
  for (size_t at = name.empty() ? std::string_view::npos : text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    size_t end = at + name.size();
    n += (at == 0 || !part(text[at - 1])) && (end == text.size() || !part(text[end]));
  }
  return n;
}

// The name without the sigils some languages write on it (`@x`, `#x`, `$x`, `:x`), for count_names:
// PHP's `compact('x')` and Ruby's `local_variable_get(:x)` spell `$x` and `x` without them.
inline std::string_view bare_name(std::string_view name) {
  while (!name.empty() && (!word_char(name.front()) || name.front() == '$')) name.remove_prefix(1);
  return name;
}

}  // namespace flagdebt::frontends::ts
