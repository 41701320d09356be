#pragma once
// Positions in a file's text: what every module that points into source code shares.
#include <cstdint>

namespace flagdebt::support {

struct Point {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in Unicode code points
};

struct Span {
  uint32_t begin_byte = 0;
  uint32_t end_byte = 0;
  Point begin;
  Point end;  // exclusive column on the end line
};

}  // namespace flagdebt::support
