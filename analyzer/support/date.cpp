#include "support/date.h"

#include <charconv>

namespace flagdebt::support {
namespace {

// Exactly `width` ASCII digits at text[at, at + width).
bool digits(std::string_view text, size_t at, size_t width, unsigned& out) {
  out = 0;
  for (size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + static_cast<unsigned>(text[i] - '0');
  }
  return true;
}

}  // namespace

std::expected<Date, std::string> parse_date(std::string_view text) {
  unsigned y = 0, m = 0, d = 0;
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text, 0, 4, y) &&
                digits(text, 5, 2, m) && digits(text, 8, 2, d);
  if (!shaped) return std::unexpected("malformed date '" + std::string(text) + "' (expected YYYY-MM-DD)");
  Date date{std::chrono::year{static_cast<int>(y)}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) return std::unexpected("no such date '" + std::string(text) + "'");
  return date;
}

}  // namespace flagdebt::support
