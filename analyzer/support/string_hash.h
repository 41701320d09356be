#pragma once
// StringHash: lets unordered containers keyed by std::string be searched with a string_view
// (with std::equal_to<>), without building a std::string for every lookup.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace flagdebt::support {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace flagdebt::support
