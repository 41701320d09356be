#include "edits/empty_block.h"

#include <optional>

namespace flagdebt::edits {
namespace {

// The indentation of the line [begin, end), or nullopt when it holds no code.
std::optional<size_t> code_indent(std::string_view line, const std::vector<std::string_view>& line_comments) {
  size_t indent = line.find_first_not_of(" \t");
  if (indent == std::string_view::npos || line[indent] == '\r' || line[indent] == '\n') return std::nullopt;
  for (auto marker : line_comments) {
    if (!marker.empty() && line.substr(indent).starts_with(marker)) return std::nullopt;
  }
  return indent;
}

}  // namespace

bool empties_block(std::string_view text, size_t begin, size_t end, const std::vector<std::string_view>& line_comments) {
  size_t first_end = text.find('\n', begin);
  auto own = code_indent(text.substr(begin, first_end == std::string_view::npos ? text.npos : first_end - begin), line_comments);
  if (!own || *own == 0) return false;
  std::optional<size_t> before;
  // Each earlier line is [start, line_end), line_end just past its break.
  for (size_t line_end = begin; line_end > 0 && !before;) {
    size_t start = line_end >= 2 ? text.rfind('\n', line_end - 2) : std::string_view::npos;
    start = start == std::string_view::npos ? 0 : start + 1;
    before = code_indent(text.substr(start, line_end - start), line_comments);
    line_end = start;
  }
  if (!before || *before >= *own) return false;
  for (size_t start = end; start < text.size();) {
    size_t nl = text.find('\n', start);
    size_t stop = nl == std::string_view::npos ? text.size() : nl + 1;
    if (auto after = code_indent(text.substr(start, stop - start), line_comments)) return *after < *own;
    start = stop;
  }
  return true;
}

}  // namespace flagdebt::edits
