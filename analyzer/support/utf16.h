#pragma once
// Source encodings we normalise before parsing: UTF-16 sources (Visual Studio still writes C# and
// C++ files that way) are text, not binary; classic Mac OS line ends are line ends.
#include <optional>
#include <string>
#include <string_view>

namespace flagdebt::support {

// `bytes` decoded to UTF-8 when it starts with a UTF-16 byte order mark (FF FE little endian,
// FE FF big endian), the mark dropped; nullopt otherwise. Unpaired surrogates and an odd last byte
// become U+FFFD, so the result is always valid UTF-8.
std::optional<std::string> decode_utf16_with_bom(std::string_view bytes);

// Every CR not followed by LF becomes LF, in place (CRLF stays): same length, same offsets.
void lone_cr_to_lf(std::string& text);

}  // namespace flagdebt::support
