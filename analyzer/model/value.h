#pragma once
// Value: what a flag evaluation returns (bool, number or string variant).
#include <optional>
#include <string>
#include <variant>

namespace flagdebt::model {

using Value = std::variant<bool, double, std::string>;

// The value as the manifest and reports spell it: true, 42, "treatment_b".
std::string to_display(const Value& value);
// JSON-ish literal without quotes for strings, for messages: true, 42, treatment_b.
std::string to_plain(const Value& value);

// Truthiness used by conditions: only booleans have a certain truth value (precision first).
std::optional<bool> truth(const Value& value);

// Equality across the same type; values of different types compare as unknown.
std::optional<bool> equals(const Value& a, const Value& b);

}  // namespace flagdebt::model
