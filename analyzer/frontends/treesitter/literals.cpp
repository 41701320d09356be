#include "frontends/treesitter/literals.h"

#include <charconv>

namespace flagdebt::frontends::ts {

std::optional<std::string> string_value(std::string_view s, const languages::Language& language) {
  bool formatted = false;
  while (!s.empty() && language.string_prefixes.find(s.front()) != std::string_view::npos) {
    formatted |= language.interpolating_prefixes.find(s.front()) != std::string_view::npos;
    s.remove_prefix(1);
  }
  for (std::string_view quote : {"\"\"\"", "'''", "\"", "'", "`"}) {
    if (s.size() >= 2 * quote.size() && s.starts_with(quote) && s.ends_with(quote)) {
      s = s.substr(quote.size(), s.size() - 2 * quote.size());
      if (s.find("${") != std::string_view::npos || s.find("#{") != std::string_view::npos) return std::nullopt;
      if (formatted && s.find('{') != std::string_view::npos) return std::nullopt;
      if (s.find('\\') != std::string_view::npos) return std::nullopt;  // escapes: not a plain key
      return std::string(s);
    }
  }
  return std::nullopt;
}

std::optional<model::Value> number_value(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c != '_' && c != '\'') digits += c;  // 1_000, 1'000
  }
  while (!digits.empty() && std::string_view("lLuUfFdDmM").find(digits.back()) != std::string_view::npos) digits.pop_back();
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return model::Value{value};
}

}  // namespace flagdebt::frontends::ts
