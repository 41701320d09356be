#pragma once
// Small helpers shared by the YAML loaders: positions, typed scalars, unknown-key checks.
#include <yaml-cpp/yaml.h>

#include <expected>
#include <initializer_list>
#include <optional>
#include <string>

#include "model/value.h"
#include "support/date.h"
#include "support/diag.h"

namespace flagdebt::yaml {

support::Diag error_at(const std::string& path, const YAML::Node& node, const std::string& message);
support::Diag error_at(const std::string& path, const YAML::Mark& mark, const std::string& message);

// Parses the whole text; a syntax error becomes a Diag with the parser's position.
std::expected<YAML::Node, support::Diag> load(const std::string& text, const std::string& path);

// The first key of `map` that occurs twice, if any (yaml-cpp keeps both silently).
std::optional<YAML::Node> duplicate_key(const YAML::Node& map);

std::expected<std::string, support::Diag> scalar(const std::string& path, const YAML::Node& node,
                                                 const char* what);
std::expected<support::Date, support::Diag> date(const std::string& path, const YAML::Node& node);
std::expected<model::Value, support::Diag> value(const std::string& path, const YAML::Node& node);
std::expected<std::vector<std::string>, support::Diag> string_list(const std::string& path,
                                                                   const YAML::Node& node);
// Moves a parsed value into `field`, or hands back its error: `return assign(flag.owner, scalar(...))`.
template <typename T, typename F>
std::optional<support::Diag> assign(F& field, std::expected<T, support::Diag> result) {
  if (!result) return result.error();
  field = std::move(*result);
  return std::nullopt;
}

// A scalar's text as written, for keeping unknown fields.
std::string text_of(const YAML::Node& node);

}  // namespace flagdebt::yaml
