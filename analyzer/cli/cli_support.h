#pragma once
// What every command shares: exit codes, the one-line error, checked writes to stdout, --today.
#include <expected>
#include <string>
#include <string_view>

#include "support/date.h"

namespace flagdebt::cli {

constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Prints "flagdebt: <message>" (control characters escaped) on stderr; returns kExitError.
int fail(const std::string& message);

// Every byte reaches stdout or the call fails (errno set): a closed stdout or a full disk must not
// leave a truncated report behind an exit status that says all went well.
bool write_stdout(std::string_view text);
// write_stdout, or the failure as `fail` reports it.
int write_stdout_or_fail(std::string_view text);

// --today YYYY-MM-DD, or the clock when empty.
std::expected<support::Date, std::string> parse_today(const std::string& text);

}  // namespace flagdebt::cli
