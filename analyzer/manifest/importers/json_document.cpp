#include "manifest/importers/json_document.h"

#include <algorithm>
#include <functional>
#include <unordered_set>
#include <vector>

#include "support/line_index.h"

namespace flagdebt::manifest::importers {

using nlohmann::json;

std::string pointer_token(std::string_view token) {
  std::string out = "/";
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer_token(size_t index) {
  std::string out = "/";  // not "/" + to_string(): GCC 12 -O3 warns falsely (-Wrestrict) on that
  out += std::to_string(index);
  return out;
}

namespace {

// Walks valid JSON text once, noting the byte offset and JSON Pointer of each member and element.
class PositionScanner {
 public:
  PositionScanner(std::string_view text, size_t max_depth) : text_(text), max_depth_(max_depth) {}

  std::unordered_map<std::string, size_t> run() {
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':') {
        ++i_;
      } else if (c == ',') {
        if (!stack_.empty() && stack_.back().is_object) stack_.back().expecting_key = true;
        ++i_;
      } else if (c == '}' || c == ']') {
        if (!stack_.empty()) stack_.pop_back();
        ++i_;
      } else if (c == '"' && !stack_.empty() && stack_.back().is_object && stack_.back().expecting_key) {
        read_key();
      } else {
        read_value();
      }
    }
    return std::move(out_);
  }

 private:
  struct Frame {
    bool is_object = false;
    bool expecting_key = false;
    size_t next_index = 0;
    std::string pointer;
    std::string member_pointer;  // objects: the pointer of the value after the current key
  };

  bool recording() const { return stack_.size() <= max_depth_; }

  void read_key() {
    size_t at = i_;
    std::string_view raw = scan_string();
    Frame& top = stack_.back();
    top.expecting_key = false;
    if (!recording()) return;
    top.member_pointer = top.pointer + pointer_token(decode(raw));
    out_.insert_or_assign(top.member_pointer, at);  // a repeated key: the last one wins, as in nlohmann
  }

  void read_value() {
    std::string pointer;
    if (!stack_.empty() && recording()) {
      Frame& top = stack_.back();
      if (top.is_object) {
        pointer = top.member_pointer;
      } else {
        pointer = top.pointer + pointer_token(top.next_index++);
        out_.emplace(pointer, i_);
      }
    }
    char c = text_[i_];
    if (c == '{' || c == '[') {
      stack_.push_back(Frame{c == '{', c == '{', 0, std::move(pointer), {}});
      ++i_;
    } else if (c == '"') {
      scan_string();
    } else {
      while (i_ < text_.size() && std::string_view(",}] \t\r\n").find(text_[i_]) == std::string_view::npos) ++i_;
    }
  }

  // Consumes a string token (valid JSON: no raw newlines inside) and returns it with its quotes.
  std::string_view scan_string() {
    size_t begin = i_++;
    while (i_ < text_.size() && text_[i_] != '"') i_ += (text_[i_] == '\\') ? 2 : 1;
    ++i_;
    return text_.substr(begin, std::min(i_, text_.size()) - begin);
  }

  static std::string decode(std::string_view raw) {
    if (raw.size() >= 2 && raw.find('\\') == std::string_view::npos) return std::string(raw.substr(1, raw.size() - 2));
    json decoded = json::parse(raw, nullptr, false);
    return decoded.is_string() ? decoded.get<std::string>() : std::string(raw);
  }

  std::string_view text_;
  size_t max_depth_;
  size_t i_ = 0;
  std::vector<Frame> stack_;
  std::unordered_map<std::string, size_t> out_;
};

}  // namespace

JsonPositions JsonPositions::index(std::string_view text, size_t max_depth) {
  const support::LineIndex lines(text);
  JsonPositions result;
  for (const auto& [pointer, offset] : PositionScanner(text, max_depth).run()) {
    result.positions_.emplace(pointer, lines.point_at(static_cast<uint32_t>(offset)));
  }
  return result;
}

support::Point JsonPositions::at(std::string_view pointer) const {
  while (!pointer.empty()) {
    if (auto it = positions_.find(std::string(pointer)); it != positions_.end()) return it->second;
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
  return {1, 1};
}

Location JsonDocument::where(std::string_view pointer) const {
  support::Point pos = positions.at(pointer);
  return Location{path, pos.line, pos.column};
}

support::Diag JsonDocument::error(std::string_view pointer, std::string message) const {
  support::Point pos = positions.at(pointer);
  return support::make_diag(path, pos.line, pos.column, std::move(message));
}

namespace {

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
std::string parse_error_reason(const std::string& what) {
  size_t at = what.find("parse error");
  size_t colon = what.find(": ", at == std::string::npos ? 0 : at);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// Watches the parse for a key given twice in one object: nlohmann::json keeps the last silently,
// so a second `"new_ui": {...}` in a flagd file would quietly replace the first definition.
class DuplicateKeys {
 public:
  bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
    using E = json::parse_event_t;
    switch (event) {
      case E::object_start:
      case E::array_start:
        frames_.push_back({event == E::object_start, {}, 0, element_pointer(), {}});
        break;
      case E::object_end:
      case E::array_end:
        if (!frames_.empty()) frames_.pop_back();
        break;
      case E::key:
        if (!frames_.empty() && parsed.is_string()) {
          Frame& frame = frames_.back();
          frame.key = parsed.get<std::string>();
          if (!frame.keys.insert(frame.key).second && !duplicate) duplicate = {frame.key, frame.pointer + pointer_token(frame.key)};
        }
        break;
      case E::value:
        (void)element_pointer();  // a scalar array element takes an index
        break;
    }
    return true;
  }

  std::optional<std::pair<std::string, std::string>> duplicate;  // key, its JSON Pointer

 private:
  struct Frame {
    bool object;
    std::unordered_set<std::string> keys;
    size_t next_index;
    std::string pointer;
    std::string key;  // the member being read
  };

  // The pointer of the value starting now (advances the enclosing array's index).
  std::string element_pointer() {
    if (frames_.empty()) return "";
    Frame& parent = frames_.back();
    return parent.pointer + (parent.object ? pointer_token(parent.key) : pointer_token(parent.next_index++));
  }

  std::vector<Frame> frames_;
};

// No flag format nests deeper than a dozen levels. Deeper JSON is refused before parsing: the
// duplicate-key watch keeps a JSON Pointer per level (quadratic at 200,000 levels) and nlohmann's
// recursive dump of `extra` fields would overflow the stack.
constexpr size_t kMaxJsonDepth = 256;

// The offset of the first bracket nested deeper than `limit`, outside strings; npos if none.
size_t too_deep_at(std::string_view text, size_t limit) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > limit) return i;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::expected<JsonDocument, support::Diag> parse_json_document(const std::string& text, const std::string& path) {
  if (size_t at = too_deep_at(text, kMaxJsonDepth); at != std::string_view::npos) {
    support::Point pos = support::LineIndex(text).point_at(static_cast<uint32_t>(at));
    return std::unexpected(support::make_diag(path, pos.line, pos.column,
                                              "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"));
  }
  try {
    DuplicateKeys duplicates;
    JsonDocument doc{path, json::parse(text, std::ref(duplicates)), {}};
    doc.positions = JsonPositions::index(text);
    if (duplicates.duplicate) {
      return std::unexpected(doc.error(duplicates.duplicate->second, "duplicate key \"" + duplicates.duplicate->first +
                                                                         "\": JSON keeps only one of them"));
    }
    return doc;
  } catch (const json::parse_error& e) {
    support::Point pos = support::LineIndex(text).point_at(static_cast<uint32_t>(e.byte == 0 ? 0 : e.byte - 1));
    return std::unexpected(support::make_diag(path, pos.line, pos.column, "malformed JSON: " + parse_error_reason(e.what())));
  } catch (const std::exception& e) {
    return std::unexpected(support::make_diag(path, 0, 0, std::string("cannot read JSON: ") + e.what()));
  }
}

const json* member(const json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::optional<bool> bool_member(const json& object, std::string_view key) {
  const json* value = member(object, key);
  if (value == nullptr || !value->is_boolean()) return std::nullopt;
  return value->get<bool>();
}

std::string string_member(const json& object, std::string_view key) {
  const json* value = member(object, key);
  return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}

bool is_empty_member(const json& object, std::string_view key) {
  const json* value = member(object, key);
  return value == nullptr || value->is_null() || ((value->is_object() || value->is_array()) && value->empty());
}

std::optional<model::Value> to_flag_value(const json& value) {
  if (value.is_boolean()) return model::Value{value.get<bool>()};
  if (value.is_number()) return model::Value{value.get<double>()};
  if (value.is_string()) return model::Value{value.get<std::string>()};
  return std::nullopt;
}

}  // namespace flagdebt::manifest::importers
