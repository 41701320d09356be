#include "fix/import_forms.h"

#include <algorithm>

#include "fix/text_lines.h"
#include "support/regex.h"

namespace flagdebt::fix {
namespace {

// One statement shape: a pattern matching the whole statement from its line's start to its line's
// end, whose group 1 holds the imported name (`list`: a comma-separated list of names). Only the
// plain forms: an alias (`as`), a wildcard or a re-export (`pub use`, `export {}`) is not matched,
// so the name stays a use and the constant is kept.
struct ImportForm {
  std::vector<std::string_view> languages;
  std::string_view pattern;
  bool list = false;
};

struct CompiledForm {
  std::vector<std::string_view> languages;
  support::Regex regex;
  bool list = false;
};

constexpr std::string_view kEnd = R"([ \t]*;?[ \t\r]*$)";

const std::vector<CompiledForm>& forms() {
  static const std::vector<ImportForm> table = {
      {{"javascript", "typescript", "tsx"},
       R"((?m)^[ \t]*import[ \t]+(?:type[ \t]+)?\{([^{}]*)\}[ \t]*from[ \t]*(?:"[^"\n]*"|'[^'\n]*'))", true},
      {{"python"}, R"((?m)^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+([^()\n#;\\]*[^()\n#;\\ \t\r]))", true},
      {{"python"}, R"((?m)^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]*\(([^()#]*)\))", true},
      {{"java"}, R"((?m)^[ \t]*import[ \t]+static[ \t]+[\w.]+\.(\w+))", false},
      {{"kotlin"}, R"((?m)^[ \t]*import[ \t]+[\w.]+\.(\w+))", false},
      {{"rust"}, R"((?m)^[ \t]*use[ \t]+[\w:]+::(\w+))", false},
      {{"rust"}, R"((?m)^[ \t]*use[ \t]+[\w:]+::\{([^{}]*)\})", true},
      {{"php"}, R"((?m)^[ \t]*use[ \t]+const[ \t]+[\w\\]+\\(\w+))", false},
  };
  // Compiled once; a pattern RE2 rejected would be a bug here, caught by the unit tests.
  static const std::vector<CompiledForm> compiled = [] {
    std::vector<CompiledForm> out;
    for (const auto& form : table) {
      if (auto regex = support::Regex::compile(std::string(form.pattern) + std::string(kEnd))) {
        out.push_back({form.languages, std::move(*regex), form.list});
      }
    }
    return out;
  }();
  return compiled;
}

struct ListLayout {
  std::vector<std::string_view> entries;  // trimmed
  bool trailing_comma = false;
  bool multiline = false;
  std::string_view newline = "\n", indent, lead, trail;  // trail: before the closing delimiter
};

std::optional<ListLayout> layout_of(std::string_view list) {
  ListLayout layout;
  size_t start = 0;
  std::vector<std::string_view> pieces;
  for (size_t comma = list.find(','); ; comma = list.find(',', start)) {
    pieces.push_back(list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  layout.trailing_comma = pieces.size() > 1 && trim(pieces.back()).empty();
  if (layout.trailing_comma) pieces.pop_back();
  for (auto piece : pieces) {
    if (trim(piece).empty()) return std::nullopt;
    layout.entries.push_back(trim(piece));
  }
  layout.multiline = list.find('\n') != std::string_view::npos;
  if (list.find("\r\n") != std::string_view::npos) layout.newline = "\r\n";
  size_t first = list.find_first_not_of(" \t\r\n");
  layout.lead = list.substr(0, first);
  layout.trail = list.substr(list.find_last_not_of(" \t\r\n") + 1);
  if (layout.multiline) {
    size_t line = layout.lead.rfind('\n');
    layout.indent = line == std::string_view::npos ? std::string_view() : layout.lead.substr(line + 1);
    size_t close = layout.trail.rfind('\n');
    layout.trail = close == std::string_view::npos ? layout.trail : layout.trail.substr(close + 1);
  }
  return layout;
}

// The list as its layout writes it: `{ A, B }` on one line, or one entry a line.
std::string render(const ListLayout& layout, const std::vector<std::string_view>& entries) {
  std::string out;
  if (!layout.multiline) {
    out = layout.lead;
    for (size_t i = 0; i < entries.size(); ++i) out += (i ? ", " : "") + std::string(entries[i]);
    return out + (layout.trailing_comma ? "," : "") + std::string(layout.trail);
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    out += std::string(layout.newline) + std::string(layout.indent) + std::string(entries[i]);
    if (i + 1 < entries.size() || layout.trailing_comma) out += ",";
  }
  return out + std::string(layout.newline) + std::string(layout.trail);
}

// `NAME`, or `type NAME` (a TypeScript type-only import of the same name).
bool entry_is(std::string_view entry, std::string_view name) {
  if (entry.starts_with("type ")) entry = trim(entry.substr(5));
  return entry == name;
}

}  // namespace

std::vector<ImportStatement> find_imports(std::string_view language_id, std::string_view text) {
  std::vector<ImportStatement> found;
  for (const auto& form : forms()) {
    if (std::find(form.languages.begin(), form.languages.end(), language_id) == form.languages.end()) continue;
    const auto& regex = form.regex;
    for (auto match = regex.find(text, 0); match; match = regex.find(text, match->offset + 1)) {
      auto names = *match->groups[1];
      ImportStatement statement;
      statement.begin = static_cast<uint32_t>(match->offset);
      size_t end = match->offset + match->groups[0]->size();
      statement.end = static_cast<uint32_t>(end < text.size() && text[end] == '\n' ? end + 1 : end);
      statement.names_begin = static_cast<uint32_t>(names.data() - text.data());
      statement.names_end = static_cast<uint32_t>(statement.names_begin + names.size());
      statement.list = form.list;
      auto layout = form.list ? layout_of(names) : std::nullopt;
      statement.understood = !form.list || (layout && render(*layout, layout->entries) == names);
      found.push_back(statement);
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return found;
}

bool imports_name(const ImportStatement& statement, std::string_view text, std::string_view name) {
  std::string_view names = text.substr(statement.names_begin, statement.names_end - statement.names_begin);
  if (!statement.list) return names == name;
  auto layout = statement.understood ? layout_of(names) : std::nullopt;
  return layout && std::any_of(layout->entries.begin(), layout->entries.end(), [&](auto e) { return entry_is(e, name); });
}

std::optional<std::string> without_names(std::string_view list, const std::vector<std::string>& names) {
  auto layout = layout_of(list);
  if (!layout || render(*layout, layout->entries) != list) return std::nullopt;
  std::vector<std::string_view> kept;
  for (auto entry : layout->entries) {
    if (std::none_of(names.begin(), names.end(), [&](const auto& n) { return entry_is(entry, n); })) kept.push_back(entry);
  }
  if (kept.empty()) return std::string();
  return render(*layout, kept);
}

}  // namespace flagdebt::fix
