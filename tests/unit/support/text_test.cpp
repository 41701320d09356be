#include <doctest/doctest.h>

#include "support/text.h"

using namespace flagdebt::support;

TEST_CASE("valid_utf8 keeps well-formed text and replaces every invalid byte") {
  CHECK(valid_utf8("café ✓ 😀") == "café ✓ 😀");
  CHECK(valid_utf8("caf\xe9") == "caf\xEF\xBF\xBD");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong '/'
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(valid_utf8("\xF4\x90\x80\x80").find('\xF4') == std::string::npos);  // above U+10FFFF
  CHECK(valid_utf8("ab\xE2\x82") == "ab\xEF\xBF\xBD\xEF\xBF\xBD");      // truncated at the end
}

TEST_CASE("invalid_utf8_at points at the first bad byte") {
  CHECK(invalid_utf8_at("plain") == std::string_view::npos);
  CHECK(invalid_utf8_at("ok\xff rest") == 2);
}

TEST_CASE("printable escapes control characters and keeps the rest") {
  CHECK(printable("a\nb\tc\x1b[31m") == "a\\nb\\tc\\x1b[31m");
  CHECK(printable("naïve") == "naïve");
  CHECK(printable("caf\xe9") == "caf\xEF\xBF\xBD");  // no control character, still made valid
}

TEST_CASE("uri_of_path percent-encodes all but unreserved characters and '/'") {
  CHECK(uri_of_path("src/café space.ts") == "src/caf%C3%A9%20space.ts");
  CHECK(uri_of_path("a%b#c?d") == "a%25b%23c%3Fd");
  CHECK(uri_of_path("caf\xe9.py") == "caf%E9.py");
}

TEST_CASE("html_escape: scanned text cannot close a script, an element or an attribute") {
  CHECK(html_escape("</script><script>alert(1)</script>") ==
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("a\"b' & c") == "a&quot;b&#39; &amp; c");
  CHECK(html_escape("flag_ok-1") == "flag_ok-1");
  CHECK(html_escape("caf\xe9\x01") == "caf\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(html_escape("naïve\nline") == "naïve\nline");
}

TEST_CASE("markdown_escape: scanned text stays literal, one table cell, no raw HTML") {
  CHECK(markdown_escape("new_ui|*x*") == "new\\_ui\\|\\*x\\*");
  CHECK(markdown_escape("[click](http://e)") == "\\[click\\]\\(http://e\\)");
  CHECK(markdown_escape("<img src=x onerror=y>") == "&lt;img src=x onerror=y&gt;");
  CHECK(markdown_escape("a\nb") == "a b");
  CHECK(markdown_escape("`code`") == "\\`code\\`");
}
