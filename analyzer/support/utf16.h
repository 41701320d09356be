#pragma once
// UTF-16 sources (Visual Studio still writes C# and C++ files that way) are text, not binary.
#include <optional>
#include <string>
#include <string_view>

namespace flagdebt::support {

// `bytes` decoded to UTF-8 when it starts with a UTF-16 byte order mark (FF FE little endian,
// FE FF big endian), the mark dropped; nullopt otherwise. Unpaired surrogates and an odd last byte
// become U+FFFD, so the result is always valid UTF-8.
std::optional<std::string> decode_utf16_with_bom(std::string_view bytes);

}  // namespace flagdebt::support
