#include "fix/left_unused.h"

#include <algorithm>
#include <cctype>

#include "fix/declaration_span.h"
#include "fix/text_lines.h"
#include "frontends/registry.h"
#include "languages/languages.h"

namespace flagdebt::fix {
namespace {

using frontends::TidyFacts;
using Range = TidyFacts::Range;

// One round removes one thing and reads the file again: a group's last import, or a local that
// fed the removed one (`y := x`), is seen in the next round.
constexpr int kMaxRounds = 64;

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool identifier(std::string_view s) {
  return !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0])) && std::all_of(s.begin(), s.end(), word_char);
}

bool version(std::string_view s) {
  return s.size() > 1 && s[0] == 'v' && std::all_of(s.begin() + 1, s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The names code may call an imported package by: the alias, else what the path's last element
// says (a major version element `v2` names the element before it, but may be the name itself, as
// `k8s.io/api/core/v1`: both count; gopkg.in's `yaml.v3` is `yaml`). Empty when the name cannot
// be told (`_`, `.`, `go-foo`).
std::vector<std::string> package_names(const TidyFacts::Import& import) {
  if (!import.alias.empty()) return identifier(import.alias) && import.alias != "_" ? std::vector<std::string>{import.alias} : std::vector<std::string>{};
  std::string_view path = import.path;
  if (path.size() < 2) return {};
  path = path.substr(1, path.size() - 2);
  std::vector<std::string_view> elements;
  for (size_t at = 0; at <= path.size();) {
    size_t slash = std::min(path.find('/', at), path.size());
    elements.push_back(path.substr(at, slash - at));
    at = slash + 1;
  }
  std::vector<std::string> names;
  std::string_view last = elements.back();
  if (version(last) && elements.size() > 1) {
    if (identifier(elements[elements.size() - 2])) names.emplace_back(elements[elements.size() - 2]);
    names.emplace_back(last);
    return names.size() == 2 ? names : std::vector<std::string>{};
  }
  if (size_t dot = last.rfind('.'); dot != std::string_view::npos && version(last.substr(dot + 1))) last = last.substr(0, dot);
  if (identifier(last)) names.emplace_back(last);
  return names;
}

bool opaque_at(const std::vector<Range>& opaque, size_t at) {
  auto it = std::upper_bound(opaque.begin(), opaque.end(), Range{static_cast<uint32_t>(at), UINT32_MAX});
  return it != opaque.begin() && at < std::prev(it)->second;
}

// How often code in [begin, end) spells `name` as a word (as a qualifier, `name.`, when `qualifier`),
// outside comments and strings and not as a member (`x.name`).
size_t spellings(std::string_view text, const std::vector<Range>& opaque, std::string_view name, size_t begin, size_t end,
                 bool qualifier) {
  size_t n = 0;
  for (size_t at = text.find(name, begin); at != std::string_view::npos && at + name.size() <= end; at = text.find(name, at + 1)) {
    size_t past = at + name.size();
    if ((at > 0 && word_char(text[at - 1])) || (past < text.size() && word_char(text[past])) || opaque_at(opaque, at)) continue;
    size_t before = at;
    while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1]))) --before;
    if (before > 0 && text[before - 1] == '.') continue;
    size_t after = past;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    n += !qualifier || (after < text.size() && text[after] == '.');
  }
  return n;
}

// The whole lines of `r`, when nothing but blanks (and a `//` comment after it) shares them, with a
// blank line left alone between an opening and a closing line, or doubled, taken along.
std::optional<Range> whole_lines(std::string_view text, Range r) {
  size_t begin = line_start(text, r.first);
  if (!trim(text.substr(begin, r.first - begin)).empty()) return std::nullopt;
  size_t end = next_line(text, r.second);
  std::string_view rest = trim(text.substr(r.second, end - r.second));
  if (!rest.empty() && !rest.starts_with("//")) return std::nullopt;
  auto lines = with_blank_line(text, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  // `"a"\n\n"b"\n)` without "b": the blank line before the closing one goes too.
  size_t next_end = std::min(text.find('\n', lines.second), text.size());
  std::string_view next = trim(text.substr(lines.second, next_end - lines.second));
  if (lines.first == begin && begin > 0 && (next == ")" || next == "}")) {
    size_t above = line_start(text, begin - 1);
    if (trim(text.substr(above, begin - above)).empty()) lines.first = static_cast<uint32_t>(above);
  }
  return Range{lines.first, lines.second};
}

// Whether the file imported the package before the edits and spelled one of its names.
bool used_before(const TidyFacts& before, std::string_view text, const TidyFacts::Import& import, const std::vector<std::string>& names) {
  return std::any_of(before.imports.begin(), before.imports.end(), [&](const TidyFacts::Import& old) {
    return old.path == import.path && old.alias == import.alias;
  }) && std::any_of(names.begin(), names.end(), [&](const auto& n) { return spellings(text, before.opaque, n, 0, text.size(), true) > 0; });
}

bool read_before(const TidyFacts& before, std::string_view old_text, const TidyFacts::Local& local, std::string_view statement) {
  return std::any_of(before.locals.begin(), before.locals.end(), [&](const TidyFacts::Local& old) {
    return old.name == local.name && old_text.substr(old.statement.first, old.statement.second - old.statement.first) == statement &&
           spellings(old_text, before.opaque, old.name, old.statement.second, old.scope.second, false) > 0;
  });
}

// The last thing (in the text) the edits left unused, as the bytes to delete.
std::optional<Range> next_removal(const TidyFacts& before, std::string_view old_text, const TidyFacts& now, std::string_view text) {
  std::optional<Range> last;
  auto consider = [&](Range r) {
    if (auto lines = whole_lines(text, r); lines && (!last || lines->first > last->first)) last = lines;
  };
  for (const auto& import : now.imports) {
    auto names = package_names(import);
    if (names.empty() || !used_before(before, old_text, import, names)) continue;
    if (std::any_of(names.begin(), names.end(), [&](const auto& n) { return spellings(text, now.opaque, n, 0, text.size(), true) > 0; })) continue;
    size_t siblings = std::count_if(now.imports.begin(), now.imports.end(), [&](const auto& i) { return i.declaration == import.declaration; });
    consider(siblings == 1 ? import.declaration : import.spec);
  }
  for (const auto& local : now.locals) {
    std::string_view statement = text.substr(local.statement.first, local.statement.second - local.statement.first);
    if (spellings(text, now.opaque, local.name, local.statement.second, local.scope.second, false) > 0) continue;
    if (read_before(before, old_text, local, statement)) consider(local.statement);
  }
  return last;
}

void tidy(FileChange& change) {
  const languages::Language* language = languages::detect(change.path, std::string_view(change.after).substr(0, 256));
  const frontends::Frontend* frontend = language ? frontends::frontend_for(*language) : nullptr;
  if (!frontend) return;
  auto before = frontend->tidy_facts(change.before);
  if (!before || (before->imports.empty() && before->locals.empty())) return;
  std::string text = change.after;
  for (int round = 0; round < kMaxRounds; ++round) {
    auto now = frontend->tidy_facts(text);
    auto cut = now ? next_removal(*before, change.before, *now, text) : std::nullopt;
    if (!cut) break;
    text.erase(cut->first, cut->second - cut->first);
  }
  if (text == change.after) return;
  auto errors = frontend->syntax_errors(change.after), after = frontend->syntax_errors(text);
  if (errors && after && after->size() <= errors->size()) change.after = std::move(text);
}

}  // namespace

void remove_left_unused(FixResult& result) {
  for (auto& change : result.changes) tidy(change);
}

}  // namespace flagdebt::fix
