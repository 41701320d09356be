#pragma once
// Calendar dates as manifests and the command line write them: YYYY-MM-DD, nothing else.
#include <chrono>
#include <expected>
#include <string>
#include <string_view>

namespace flagdebt::support {

using Date = std::chrono::year_month_day;

// The error says what is wrong: "malformed date 'x' (expected YYYY-MM-DD)", "no such date 'x'".
std::expected<Date, std::string> parse_date(std::string_view text);

}  // namespace flagdebt::support
