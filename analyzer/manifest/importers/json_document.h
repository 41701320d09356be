#pragma once
// JsonDocument: parsed JSON plus where its members sit in the text (nlohmann::json keeps no
// positions), so importers can give every flag a file:line. Internal to the importers.
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "manifest/manifest.h"
#include "support/span.h"
#include "model/value.h"
#include "support/diag.h"

namespace flagdebt::manifest::importers {

// Start of every object member (its key's opening quote) and array element, by JSON Pointer
// ("/items/0/key"), down to `max_depth` levels. The text must be valid JSON.
class JsonPositions {
 public:
  static JsonPositions index(std::string_view text, size_t max_depth = 6);
  // The position of `pointer`, else of its closest recorded ancestor, else line 1.
  support::Point at(std::string_view pointer) const;

 private:
  std::unordered_map<std::string, support::Point> positions_;
};

// "/" + the token escaped as RFC 6901 says (~ -> ~0, / -> ~1).
std::string pointer_token(std::string_view token);
std::string pointer_token(size_t index);

struct JsonDocument {
  std::string path;
  nlohmann::json root;
  JsonPositions positions;

  Location where(std::string_view pointer) const;
  support::Diag error(std::string_view pointer, std::string message) const;
};

// Parses `text`; a syntax error becomes a Diag at its line and column. Never throws.
std::expected<JsonDocument, support::Diag> parse_json_document(const std::string& text, const std::string& path);

// Typed, non-throwing member access: nullptr / nullopt / "" when absent or of another type.
const nlohmann::json* member(const nlohmann::json& object, std::string_view key);
std::optional<bool> bool_member(const nlohmann::json& object, std::string_view key);
std::string string_member(const nlohmann::json& object, std::string_view key);
// Absent, null, {} and [] count as empty.
bool is_empty_member(const nlohmann::json& object, std::string_view key);

// A JSON scalar as a flag value (bool, number, string); objects, arrays and null have none.
std::optional<model::Value> to_flag_value(const nlohmann::json& value);

}  // namespace flagdebt::manifest::importers
