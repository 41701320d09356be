#pragma once
// Small helpers shared by the YAML loaders: positions, typed scalars, unknown-key checks.
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"
#include "support/date.h"
#include "support/diag.h"
#include "yaml/document.h"

namespace flagdebt::yaml {

support::Diag error_at(const std::string& path, const Node& node, const std::string& message);

// The first key of `map` that occurs twice, if any.
std::optional<Node> duplicate_key(const Node& map);

std::expected<std::string, support::Diag> scalar(const std::string& path, const Node& node, const char* what);
std::expected<support::Date, support::Diag> date(const std::string& path, const Node& node);
std::expected<model::Value, support::Diag> value(const std::string& path, const Node& node);
// An unquoted scalar's value: a boolean, a number, else the text.
model::Value plain_value(const std::string& text);
// YAML 1.1 booleans as yaml-cpp read them (true/false, yes/no, on/off, y/n; lower, Upper or UPPER case).
std::optional<bool> boolean(const Node& node);
std::expected<std::vector<std::string>, support::Diag> string_list(const std::string& path, const Node& node);
// Moves a parsed value into `field`, or hands back its error: `return assign(flag.owner, scalar(...))`.
template <typename T, typename F>
std::optional<support::Diag> assign(F& field, std::expected<T, support::Diag> result) {
  if (!result) return result.error();
  field = std::move(*result);
  return std::nullopt;
}

// A node's text as written (a scalar) or in flow style (`[a, b]`, `{k: v}`), for keeping unknown fields.
std::string text_of(const Node& node);

}  // namespace flagdebt::yaml
