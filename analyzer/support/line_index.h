#pragma once
// LineIndex: byte offsets <-> 1-based line and code-point column, and line texts, for one file.
#include <cstdint>
#include <string_view>
#include <vector>

#include "support/span.h"

namespace flagdebt::support {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  Point point_at(uint32_t byte) const;
  Span span(uint32_t begin_byte, uint32_t end_byte) const;
  // The text of 1-based `line`, without its line break.
  std::string_view line_text(uint32_t line) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;  // byte offset of each line's first byte
};

}  // namespace flagdebt::support
