#include "frontends/clang/json_positions.h"

namespace flagdebt::frontends::clangfe {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<uint32_t> element_offsets(std::string_view json) {
  std::vector<uint32_t> out;
  int depth = 0;
  bool in_string = false;
  bool expecting = false;  // at depth 1, after '[' or ',': the next non-space byte starts an element
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (is_space(c)) continue;
    if (expecting && c != ']') out.push_back(static_cast<uint32_t>(i));
    expecting = false;
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      expecting = ++depth == 1 && c == '[';
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == ',' && depth == 1) {
      expecting = true;
    }
  }
  return out;
}

}  // namespace flagdebt::frontends::clangfe
