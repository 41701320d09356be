// Positions and encodings of hostile sources: BOMs, lone CRs, UTF-16.
#include <doctest/doctest.h>

#include "support/line_index.h"
#include "support/utf16.h"

using namespace flagdebt::support;

TEST_CASE("line index: a UTF-8 BOM is not a column, and not part of line 1's text") {
  LineIndex lines("\xEF\xBB\xBFif x:\n  y\n");
  CHECK(lines.point_at(3).column == 1);
  CHECK(lines.point_at(6).column == 4);
  CHECK(lines.line_text(1) == "if x:");
}

TEST_CASE("line index: a lone CR ends a line, CRLF is one break") {
  LineIndex lines("a\rb\r\nc\nd");
  CHECK(lines.point_at(2).line == 2);
  CHECK(lines.point_at(5).line == 3);
  CHECK(lines.point_at(7).line == 4);
  CHECK(lines.line_text(2) == "b");
}

TEST_CASE("utf16: both byte orders decode; unpaired surrogates and an odd byte become U+FFFD") {
  CHECK(decode_utf16_with_bom(std::string("\xFF\xFEh\0i\0", 6)) == "hi");
  CHECK(decode_utf16_with_bom(std::string("\xFE\xFF\0h\0i", 6)) == "hi");
  CHECK(decode_utf16_with_bom(std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6)) == "\xF0\x9F\x98\x80");  // U+1F600
  CHECK(decode_utf16_with_bom(std::string("\xFF\xFE\x00\xD8x", 5)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK_FALSE(decode_utf16_with_bom("plain").has_value());
}

TEST_CASE("utf16: the byte order of a file whose decoding converts back byte for byte") {
  std::string little("\xFF\xFEh\0i\0", 6), big("\xFE\xFF\0h\0i", 6), unpaired("\xFF\xFE\x00\xD8x", 5);
  CHECK(round_trip_utf16_big_endian(little, *decode_utf16_with_bom(little)) == false);
  CHECK(round_trip_utf16_big_endian(big, *decode_utf16_with_bom(big)) == true);
  CHECK_FALSE(round_trip_utf16_big_endian(unpaired, *decode_utf16_with_bom(unpaired)).has_value());
  CHECK_FALSE(round_trip_utf16_big_endian("hi", "hi").has_value());
}

TEST_CASE("lone CR to LF keeps CRLF and the length") {
  std::string text = "a\rb\r\nc\r";
  lone_cr_to_lf(text);
  CHECK(text == "a\nb\r\nc\n");
}
