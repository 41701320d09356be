#include "fix/declaration_span.h"

#include "fix/text_lines.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace flagdebt::fix {
namespace {

constexpr size_t kMaxCommentLines = 200;


// The line before the one starting at `start` (which must not be 0), without its line break.
std::string_view line_before(std::string_view text, size_t start) {
  size_t begin = line_start(text, start - 1);
  return text.substr(begin, start - 1 - begin);
}

// `export const `, `public static final String `, `constexpr const char`: words only.
bool modifiers_only(std::string_view prefix) {
  return std::all_of(prefix.begin(), prefix.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == ' ' || c == '\t';
  });
}

bool is_line_comment(std::string_view line, const languages::Language& language) {
  return !line.starts_with("#!") && std::any_of(language.line_comments.begin(), language.line_comments.end(),
                                                [&](auto marker) { return line.starts_with(marker); });
}

// The start of the block comment ending on the line at `begin` (that line's text is `line`), when
// it is one comment from its first line's start to this line's end.
std::optional<size_t> block_comment_start(std::string_view text, size_t begin, std::string_view line,
                                          const languages::Language& language) {
  if (language.block_comment.size() != 2 || !line.ends_with(language.block_comment[1])) return std::nullopt;
  std::string_view open = language.block_comment[0], close = language.block_comment[1];
  size_t end = static_cast<size_t>(line.data() - text.data()) + line.size();
  for (size_t l = begin, count = 0; count < kMaxCommentLines; l = line_start(text, l - 1), ++count) {
    std::string_view here = trim(text.substr(l, next_line(text, l) - l));
    if (here.starts_with(open)) {
      size_t open_at = here.data() - text.data();
      std::string_view block = text.substr(open_at, end - open_at);
      if (block.find(close, open.size()) != block.size() - close.size()) return std::nullopt;
      return l;
    }
    if (l == 0) break;
  }
  return std::nullopt;
}

// The start of the comment lines directly above the line at `start`; `start` when there are none.
size_t comment_above(std::string_view text, size_t start, const languages::Language& language) {
  size_t top = start;
  while (top > 0) {
    size_t begin = line_start(text, top - 1);
    std::string_view line = trim(line_before(text, top));
    if (line.empty()) break;
    if (is_line_comment(line, language)) {
      top = begin;
    } else if (auto block = block_comment_start(text, begin, line, language)) {
      top = *block;
    } else {
      break;
    }
  }
  // A comment opening the file is the file's (a licence, a directive), unless it is a doc comment.
  std::string_view opening = trim(text.substr(0, next_line(text, 0)));
  bool doc = opening.starts_with("/**") || opening.starts_with("///");
  return top == 0 && !doc ? start : top;
}

// Where a block is its indentation and cannot be empty (Python): whether the lines [start, end),
// indented by `indent`, are all of a block (the code line above is less indented, and so is the
// code line below, if any). Removing them would leave the block header without a body.
bool alone_in_indented_block(std::string_view text, size_t start, size_t end, size_t indent, const languages::Language& language) {
  if (language.empty_statement.empty()) return false;
  auto indent_of = [](std::string_view line) { return line.find_first_not_of(" \t"); };
  size_t above = start;
  while (above > 0 && trim(line_before(text, above)).empty()) above = line_start(text, above - 1);
  bool opens = above > 0 && indent_of(line_before(text, above)) < indent;
  size_t below = end;
  while (below < text.size() && trim(text.substr(below, next_line(text, below) - below)).empty()) below = next_line(text, below);
  bool closes = below >= text.size() || indent_of(text.substr(below, next_line(text, below) - below)) < indent;
  return opens && closes;
}

}  // namespace

std::expected<std::vector<std::pair<uint32_t, uint32_t>>, std::string> declaration_deletions(
    std::string_view text, const support::Span& node, const languages::Language& language) {
  size_t b = node.begin_byte, e = std::min<size_t>(node.end_byte, text.size());
  while (e > b && (text[e - 1] == '\n' || text[e - 1] == '\r')) --e;  // a #define ends with its line break
  const std::unexpected<std::string> shared("other code shares its lines");
  if (b >= e || text.substr(b, e - b).find(',') != std::string_view::npos) return shared;
  size_t first = line_start(text, b);
  if (!modifiers_only(text.substr(first, b - first))) return shared;
  size_t end = next_line(text, e);
  std::string_view suffix = trim(text.substr(e, end - e));
  char punct = !suffix.empty() && (suffix[0] == ';' || suffix[0] == ',') ? suffix[0] : 0;
  if (punct) suffix = trim(suffix.substr(1));
  if (!suffix.empty() && !is_line_comment(suffix, language)) return shared;

  size_t start = comment_above(text, first, language);
  if (alone_in_indented_block(text, start, end, b - first, language)) return std::unexpected("it is alone in its block");
  size_t before = start == 0 ? std::string_view::npos : text.find_last_not_of(kBlanks, start - 1);
  bool after_comma = before != std::string_view::npos && text[before] == ',';
  auto at = [](size_t a, size_t z) { return std::pair{static_cast<uint32_t>(a), static_cast<uint32_t>(z)}; };
  // `A("a"),\n NEW_UI("new_ui");`: the `;` closes the list and stays; the comma before goes.
  if (punct == ';' && after_comma) return std::vector{at(before, e)};
  std::vector<std::pair<uint32_t, uint32_t>> out;
  size_t following = text.find_first_not_of(kBlanks, end);
  bool closes_list = following != std::string_view::npos && std::string_view("})]").find(text[following]) != std::string_view::npos;
  if (punct == 0 && after_comma && closes_list) out.push_back(at(before, before + 1));
  out.push_back(with_blank_line(text, at(start, end)));
  return out;
}

std::pair<uint32_t, uint32_t> with_blank_line(std::string_view text, std::pair<uint32_t, uint32_t> lines) {
  auto [start, end] = lines;
  // Right after a line opening a block, a blank line left first in the block goes too.
  std::string_view above = start == 0 ? std::string_view() : trim(line_before(text, start));
  bool blank_before = above.empty() || std::string_view("{([").find(above.back()) != std::string_view::npos;
  if (blank_before && end < text.size() && trim(text.substr(end, next_line(text, end) - end)).empty()) {
    end = static_cast<uint32_t>(next_line(text, end));
  } else if (end >= text.size() && start > 0 && trim(line_before(text, start)).empty()) {
    start = static_cast<uint32_t>(line_start(text, start - 1));
  }
  return {start, end};
}

}  // namespace flagdebt::fix
