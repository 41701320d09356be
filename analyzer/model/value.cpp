#include "model/value.h"

#include <cmath>
#include <fmt/format.h>

namespace flagdebt::model {

std::string to_plain(const Value& value) {
  if (auto b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (auto d = std::get_if<double>(&value)) {
    if (std::floor(*d) == *d && std::fabs(*d) < 1e15) return fmt::format("{}", static_cast<long long>(*d));
    return fmt::format("{}", *d);
  }
  return std::get<std::string>(value);
}

std::string to_display(const Value& value) {
  if (std::holds_alternative<std::string>(value)) return "\"" + std::get<std::string>(value) + "\"";
  return to_plain(value);
}

std::optional<bool> truth(const Value& value) {
  if (auto b = std::get_if<bool>(&value)) return *b;
  return std::nullopt;
}

std::optional<bool> equals(const Value& a, const Value& b) {
  if (a.index() != b.index()) return std::nullopt;
  return a == b;
}

}  // namespace flagdebt::model
