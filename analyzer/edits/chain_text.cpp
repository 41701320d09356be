#include "edits/chain_text.h"

#include <cctype>

namespace flagdebt::edits {
namespace {

bool word_char(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; }

size_t skip_blanks(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

}  // namespace

std::string_view word_at(std::string_view text, size_t at) {
  if (at >= text.size() || (at > 0 && word_char(text[at - 1]))) return {};
  size_t end = at;
  while (end < text.size() && word_char(text[end])) ++end;
  return text.substr(at, end - at);
}

std::optional<size_t> continuing_keyword_end(std::string_view text, size_t from, std::optional<size_t> body,
                                             std::string_view opening) {
  size_t at = skip_blanks(text, from);
  if (body && at != *body) {
    // One word (the `else`) and blanks lead to the body: a line break, a brace or a colon between
    // them means the body is a block that merely starts with an if.
    at = skip_blanks(text, at + word_at(text, at).size());
    if (at != *body) return std::nullopt;
  }
  std::string_view word = word_at(text, at);
  if (!body && !opening.empty() && !word.empty() && !word.ends_with(opening)) {
    // An arm whose clause starts at a two-word keyword (`} else if c {` read as one arm): the
    // second word, on the same line.
    at = skip_blanks(text, at + word.size());
    word = word_at(text, at);
  }
  if (opening.empty() || !word.ends_with(opening)) return std::nullopt;
  return at + word.size();
}

}  // namespace flagdebt::edits
