#include "yaml/yaml_util.h"

#include <yaml-cpp/depthguard.h>

#include <charconv>
#include <set>

namespace flagdebt::yaml {

support::Diag error_at(const std::string& path, const YAML::Mark& mark, const std::string& message) {
  if (mark.is_null()) return support::make_diag(path, 0, 0, message);
  return support::make_diag(path, mark.line + 1, mark.column + 1, message);
}

support::Diag error_at(const std::string& path, const YAML::Node& node, const std::string& message) {
  return error_at(path, node.Mark(), message);
}

std::expected<YAML::Node, support::Diag> load(const std::string& text, const std::string& path) {
  try {
    return YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own guard against a stack overflow says only "bad file" (its message table's
    // BAD_FILE): say what is wrong.
    return std::unexpected(error_at(path, e.mark, "invalid YAML: nested deeper than " + std::to_string(e.depth()) + " levels"));
  } catch (const YAML::Exception& e) {
    return std::unexpected(error_at(path, e.mark, "invalid YAML: " + e.msg));
  }
}

std::optional<YAML::Node> duplicate_key(const YAML::Node& map) {
  std::set<std::string> seen;
  for (const auto& entry : map) {
    if (!entry.first.IsScalar()) continue;
    if (!seen.insert(entry.first.Scalar()).second) return entry.first;
  }
  return std::nullopt;
}

std::expected<std::string, support::Diag> scalar(const std::string& path, const YAML::Node& node,
                                                 const char* what) {
  if (!node.IsScalar()) return std::unexpected(error_at(path, node, std::string(what) + " must be a text value"));
  return node.Scalar();
}

std::expected<support::Date, support::Diag> date(const std::string& path, const YAML::Node& node) {
  auto text = scalar(path, node, "a date");
  if (!text) return std::unexpected(text.error());
  auto date = support::parse_date(*text);
  if (!date) return std::unexpected(error_at(path, node, date.error()));
  return *date;
}

std::expected<model::Value, support::Diag> value(const std::string& path, const YAML::Node& node) {
  if (!node.IsScalar()) return std::unexpected(error_at(path, node, "value must be a boolean, number or string"));
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") return model::Value{text};  // quoted: always a string
  if (text == "true" || text == "True" || text == "TRUE") return model::Value{true};
  if (text == "false" || text == "False" || text == "FALSE") return model::Value{false};
  double number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec == std::errc{} && end == text.data() + text.size()) return model::Value{number};
  return model::Value{text};
}

std::expected<std::vector<std::string>, support::Diag> string_list(const std::string& path,
                                                                   const YAML::Node& node) {
  if (node.IsScalar()) return std::vector<std::string>{node.Scalar()};
  if (!node.IsSequence()) return std::unexpected(error_at(path, node, "expected a list of names"));
  std::vector<std::string> out;
  for (const auto& item : node) {
    auto text = scalar(path, item, "a list item");
    if (!text) return std::unexpected(text.error());
    out.push_back(*text);
  }
  return out;
}

std::string text_of(const YAML::Node& node) {
  if (node.IsScalar()) return node.Scalar();
  YAML::Emitter out;
  out << YAML::Flow << node;
  return out.c_str();
}

}  // namespace flagdebt::yaml
