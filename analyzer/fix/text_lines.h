#pragma once
// Line arithmetic on source text, shared by the fix's text edits (declarations, imports, leftovers).
#include <cstddef>
#include <string_view>

namespace flagdebt::fix {

inline constexpr std::string_view kBlanks = " \t\r\n";

// `s` without the blanks (spaces, tabs, line ends) around it.
inline std::string_view trim(std::string_view s) {
  size_t first = s.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kBlanks) - first + 1);
}

// The start of the line `pos` is on.
inline size_t line_start(std::string_view text, size_t pos) {
  size_t newline = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// The start of the next line (or the end of the text).
inline size_t next_line(std::string_view text, size_t pos) {
  size_t newline = text.find('\n', pos);
  return newline == std::string_view::npos ? text.size() : newline + 1;
}

}  // namespace flagdebt::fix
