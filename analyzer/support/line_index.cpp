#include "support/line_index.h"

#include <algorithm>

namespace flagdebt::support {

namespace {

// A UTF-8 byte order mark is not a column: editors put line 1's first character in column 1.
uint32_t bom_size(std::string_view text) { return text.starts_with("\xEF\xBB\xBF") ? 3 : 0; }

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  // Line breaks: LF, CRLF (one break) and a lone CR (classic Mac OS files; editors count it too).
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) starts_.push_back(i + 1);
  }
}

Point LineIndex::point_at(uint32_t byte) const {
  byte = std::min<uint32_t>(byte, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte);
  uint32_t line = static_cast<uint32_t>(it - starts_.begin());  // 1-based
  uint32_t column = 1;
  for (uint32_t i = line == 1 ? std::min(bom_size(text_), byte) : starts_[line - 1]; i < byte; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

Span LineIndex::span(uint32_t begin_byte, uint32_t end_byte) const {
  // Some grammars end a node after the line break that closes it (tree-sitter-swift's `statements`
  // take the implicit `;` up to the `}`): a span never ends in whitespace.
  end_byte = std::min<uint32_t>(end_byte, static_cast<uint32_t>(text_.size()));
  while (end_byte > begin_byte && std::string_view(" \t\r\n").find(text_[end_byte - 1]) != std::string_view::npos) {
    --end_byte;
  }
  return {begin_byte, end_byte, point_at(begin_byte), point_at(end_byte)};
}

std::string_view LineIndex::line_text(uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  uint32_t begin = line == 1 ? bom_size(text_) : starts_[line - 1];
  uint32_t end = line < starts_.size() ? starts_[line] : static_cast<uint32_t>(text_.size());
  std::string_view out = text_.substr(begin, end - begin);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.remove_suffix(1);
  return out;
}

}  // namespace flagdebt::support
