#include "manifest/importers/import_support.h"

#include <cctype>
#include <unordered_map>

namespace flagdebt::manifest::importers {

namespace {

std::optional<int> digits(std::string_view text, size_t pos, size_t count) {
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
  auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<Date> date_from_epoch_ms(int64_t epoch_ms) {
  // 0001-01-01 and 9999-12-31T23:59:59.999 in epoch milliseconds.
  constexpr int64_t kFirst = -62135596800000, kLast = 253402300799999;
  if (epoch_ms < kFirst || epoch_ms > kLast) return std::nullopt;
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::sys_time<std::chrono::milliseconds>(
      std::chrono::milliseconds(epoch_ms)));
  return Date{days};
}

std::optional<support::Diag> find_duplicate_key(const Manifest& manifest) {
  std::unordered_map<std::string_view, const Flag*> seen;
  for (const Flag& flag : manifest.flags) {
    auto [it, inserted] = seen.emplace(flag.key, &flag);
    if (!inserted) {
      return support::make_diag(flag.where.file, flag.where.line, flag.where.column,
                                "duplicate flag key '" + flag.key + "' (first defined at line " +
                                    std::to_string(it->second->where.line) + ")");
    }
  }
  return std::nullopt;
}

}  // namespace flagdebt::manifest::importers
