#include "yaml/yaml_util.h"

#include <charconv>
#include <set>

namespace flagdebt::yaml {

namespace {

// Flow text of unknown fields is kept for reports; aliases may repeat a node many times.
constexpr size_t kMaxFlowText = 64 * 1024;

void append_scalar(const Node& node, std::string& out) {
  if (!node.quoted()) {
    out += node.is_null() && node.scalar().empty() ? "~" : node.scalar();
    return;
  }
  out += '"';
  for (char c : node.scalar()) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

void append_flow(const Node& node, std::string& out) {
  if (out.size() > kMaxFlowText) return;
  if (node.is_sequence()) {
    out += '[';
    const char* separator = "";
    for (const Node& item : node.items()) {
      out += std::exchange(separator, ", ");
      append_flow(item, out);
    }
    out += ']';
  } else if (node.is_map()) {
    out += '{';
    const char* separator = "";
    for (const auto& [key, value] : node.entries()) {
      out += std::exchange(separator, ", ");
      append_flow(key, out);
      out += ": ";
      append_flow(value, out);
    }
    out += '}';
  } else {
    append_scalar(node, out);
  }
}

}  // namespace

support::Diag error_at(const std::string& path, const Node& node, const std::string& message) {
  Mark mark = node.mark();
  return support::make_diag(path, mark.line, mark.column, message);
}

std::optional<Node> duplicate_key(const Node& map) {
  std::set<std::string_view> seen;
  for (const auto& [key, value] : map.entries()) {
    if (!key.is_scalar() && !key.is_null()) continue;
    if (!seen.insert(key.scalar()).second) return key;
  }
  return std::nullopt;
}

std::expected<std::string, support::Diag> scalar(const std::string& path, const Node& node, const char* what) {
  if (!node.is_scalar()) return std::unexpected(error_at(path, node, std::string(what) + " must be a text value"));
  return node.scalar();
}

std::expected<support::Date, support::Diag> date(const std::string& path, const Node& node) {
  auto text = scalar(path, node, "a date");
  if (!text) return std::unexpected(text.error());
  auto date = support::parse_date(*text);
  if (!date) return std::unexpected(error_at(path, node, date.error()));
  return *date;
}

model::Value plain_value(const std::string& text) {
  if (text == "true" || text == "True" || text == "TRUE") return model::Value{true};
  if (text == "false" || text == "False" || text == "FALSE") return model::Value{false};
  double number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec == std::errc{} && end == text.data() + text.size()) return model::Value{number};
  return model::Value{text};
}

std::expected<model::Value, support::Diag> value(const std::string& path, const Node& node) {
  if (!node.is_scalar()) return std::unexpected(error_at(path, node, "value must be a boolean, number or string"));
  if (node.quoted()) return model::Value{node.scalar()};  // quoted: always a string
  return plain_value(node.scalar());
}

std::optional<bool> boolean(const Node& node) {
  if (!node.is_scalar() || node.quoted()) return std::nullopt;
  static const std::set<std::string_view> yes = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
  static const std::set<std::string_view> no = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
  if (yes.contains(node.scalar())) return true;
  if (no.contains(node.scalar())) return false;
  return std::nullopt;
}

std::expected<std::vector<std::string>, support::Diag> string_list(const std::string& path, const Node& node) {
  if (node.is_scalar()) return std::vector<std::string>{node.scalar()};
  if (!node.is_sequence()) return std::unexpected(error_at(path, node, "expected a list of names"));
  std::vector<std::string> out;
  for (const Node& item : node.items()) {
    auto text = scalar(path, item, "a list item");
    if (!text) return std::unexpected(text.error());
    out.push_back(*text);
  }
  return out;
}

std::string text_of(const Node& node) {
  if (node.is_scalar()) return node.scalar();
  std::string out;
  append_flow(node, out);
  return out;
}

}  // namespace flagdebt::yaml
