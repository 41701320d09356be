#pragma once
// Where the elements of a JSON document's top-level array begin: nlohmann::json keeps no source
// positions, and an error about one compile_commands.json entry should name its line.
#include <cstdint>
#include <string_view>
#include <vector>

namespace flagdebt::frontends::clangfe {

// Byte offsets of the top-level array's elements, in order. Meant for text that parsed as JSON;
// on other text the answer is a best guess, never out of range.
std::vector<uint32_t> element_offsets(std::string_view json);

}  // namespace flagdebt::frontends::clangfe
