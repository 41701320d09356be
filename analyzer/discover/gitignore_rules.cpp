#include "discover/gitignore_rules.h"

#include <algorithm>
#include <optional>

#include "discover/glob_match.h"

namespace flagdebt::discover {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Trailing blanks not preceded by an odd number of backslashes.
size_t trimmed_length(std::string_view s) {
  size_t n = s.size();
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) {
    size_t backslashes = 0;
    while (backslashes + 1 < n && s[n - 2 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2) break;
    --n;
  }
  return n;
}

// `\ ` stands for a space inside a pattern; other escapes stay for the glob matcher.
std::string unescape_spaces(std::string_view s) {
  std::string out;
  bool escaped = false;
  for (char c : s) {
    if (!escaped && c == '\\') {
      escaped = true;
      continue;
    }
    if (escaped && !space(c)) out += '\\';
    out += c;
    escaped = false;
  }
  // A lone trailing backslash stays, and the pattern never matches (git). libgit2 1.5 instead
  // reads the escaped newline into the pattern, swallowing the next line.
  if (escaped) out += '\\';
  return out;
}

bool has_glob(std::string_view s) { return s.find_first_of("*?[\\") != std::string_view::npos; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool same(std::string_view a, std::string_view b, bool fold_case) {
  if (!fold_case) return a == b;
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

struct Parsed {
  std::string text;
  bool negative = false;
  bool directory_only = false;
  bool anchored = false;
};

// One line (without its '\n'); nothing for blanks, comments and empty patterns.
std::optional<Parsed> parse_line(std::string_view line) {
  if (line.empty() || line[0] == '#' || line == "\r") return std::nullopt;
  Parsed out;
  size_t begin = 0;
  if (line[0] == '!') {
    out.negative = true;
    begin = 1;
  }
  // A pattern ends at an unescaped vertical tab or form feed (spaces, tabs and CRs belong to it).
  size_t end = begin;
  int slashes = 0;
  bool escaped = false;
  for (; end < line.size(); ++end) {
    const char c = line[end];
    if (c == '\\' && !escaped) {
      escaped = true;
      continue;
    }
    if (space(c) && !escaped) {
      if (c != ' ' && c != '\t' && c != '\r') break;
    } else if (c == '/') {
      out.anchored = true;
      if (++slashes == 1 && end == begin) ++begin;  // a leading slash anchors, it is not matched
    }
    escaped = false;
  }
  std::string_view pattern = line.substr(begin, end - begin);
  if (pattern.empty()) return std::nullopt;
  if (pattern.back() == '\r') pattern.remove_suffix(1);  // CRLF files
  pattern = pattern.substr(0, trimmed_length(pattern));
  if (pattern.empty()) return std::nullopt;
  if (pattern.back() == '/') {
    pattern.remove_suffix(1);
    out.directory_only = true;
    if (--slashes <= 0) out.anchored = false;  // `dir/` still matches at any depth
  }
  out.text = unescape_spaces(pattern);
  return out;
}

}  // namespace

void GitignoreRules::add(std::string_view text) {
  text = text.substr(0, text.find('\0'));  // libgit2 reads the file as a C string
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = std::min(text.find('\n', begin), text.size());
    if (auto parsed = parse_line(text.substr(begin, end - begin))) {
      Pattern p{std::move(parsed->text), parsed->negative, parsed->directory_only, parsed->anchored, Shape::glob};
      if (!has_glob(p.text)) {
        p.shape = Shape::literal;
      } else if (!p.anchored && p.text.size() > 1 && p.text[0] == '*' && !has_glob(std::string_view(p.text).substr(1))) {
        p.shape = Shape::suffix;  // `*.log`: the most common shape by far
      }
      patterns_.push_back(std::move(p));
    }
    begin = end + 1;
  }
}

bool GitignoreRules::matches(const Pattern& pattern, std::string_view relative, std::string_view basename) const {
  const std::string_view subject = pattern.anchored ? relative : basename;
  switch (pattern.shape) {
    case Shape::literal:
      return same(pattern.text, subject, fold_case_);
    case Shape::suffix: {
      const std::string_view tail = std::string_view(pattern.text).substr(1);
      return subject.size() >= tail.size() && same(tail, subject.substr(subject.size() - tail.size()), fold_case_);
    }
    case Shape::glob:
      break;
  }
  return glob_matches(pattern.text, subject, {.pathname = pattern.anchored, .fold_case = fold_case_});
}

IgnoreVerdict GitignoreRules::verdict(std::string_view relative, std::string_view basename, bool is_directory) const {
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    if (it->directory_only && !is_directory) continue;
    if (matches(*it, relative, basename)) return it->negative ? IgnoreVerdict::included : IgnoreVerdict::ignored;
  }
  return IgnoreVerdict::none;
}

}  // namespace flagdebt::discover
