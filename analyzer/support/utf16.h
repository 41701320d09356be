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

// UTF-8 text as UTF-16 with a byte order mark (what `flagdebt fix` writes back to a UTF-16 file).
// Invalid UTF-8 sequences become U+FFFD.
std::string encode_utf16_with_bom(std::string_view utf8, bool big_endian);
// The byte order (true: big endian) of `bytes`, UTF-16 with a mark whose decoding `decoded`
// (decode_utf16_with_bom's) re-encodes to the same bytes (no unpaired surrogate, no odd byte):
// only then can an edit leave the rest of the file byte-identical. Nullopt otherwise.
std::optional<bool> round_trip_utf16_big_endian(std::string_view bytes, std::string_view decoded);

// Every CR not followed by LF becomes LF, in place (CRLF stays): same length, same offsets.
void lone_cr_to_lf(std::string& text);

}  // namespace flagdebt::support
