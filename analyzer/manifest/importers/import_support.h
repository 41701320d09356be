#pragma once
// Small helpers every importer shares: dates as the sources spell them, the exception guard and the
// duplicate-key check.
#include <cstdint>
#include <exception>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "manifest/manifest.h"
#include "support/diag.h"

namespace flagdebt::manifest::importers {

// "2023-01-28" or an ISO-8601 timestamp ("2023-01-28T15:21:39.975Z"): its calendar date (UTC as
// written). nullopt when the text is not such a date.
std::optional<Date> parse_iso_date(std::string_view text);
// Unix epoch milliseconds (LaunchDarkly's creationDate) as a UTC calendar date; nullopt outside
// the years 1..9999 (std::chrono::year would wrap: INT64_MIN gave year 10850).
std::optional<Date> date_from_epoch_ms(int64_t epoch_ms);

// Runs an importer's body; an exception escaping it (out of memory, a library surprise) becomes a Diag.
template <typename Body>
std::expected<Manifest, support::Diag> guarded_import(const std::string& path, Body&& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return std::unexpected(support::make_diag(path, 0, 0, std::string("cannot import: ") + e.what()));
  }
}

// The first flag whose key an earlier flag already has, as an error at its location.
std::optional<support::Diag> find_duplicate_key(const Manifest& manifest);

}  // namespace flagdebt::manifest::importers
