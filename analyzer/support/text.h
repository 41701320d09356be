#pragma once
// Text taken from scanned files and file names is untrusted bytes: these make it safe for writers.
#include <string>
#include <string_view>

namespace flagdebt::support {

// The text with every byte that is not part of a well-formed UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);
// The offset of the first byte that is not well-formed UTF-8, or npos.
size_t invalid_utf8_at(std::string_view text);

// Valid UTF-8 with control characters (newline, ESC, ...) written as \n, \t, \x1b: one finding
// stays one line of a text report, and a file name cannot paint the terminal.
std::string printable(std::string_view text);

// A relative path as an RFC 3986 URI reference: '/' kept, unreserved characters kept, every other
// byte (space, '%', non-ASCII, invalid UTF-8) percent-encoded. Lossless.
std::string uri_of_path(std::string_view path);

// Valid UTF-8 safe as HTML text or a quoted attribute value: & < > " ' become entities, control
// characters (but \n and \t) become U+FFFD. `</script>` or a stray quote cannot end an element or
// an attribute; the output never holds a raw '<'.
std::string html_escape(std::string_view text);

// Valid UTF-8 safe as literal text in a markdown table cell or paragraph (GitHub flavour): every
// ASCII punctuation markdown gives a meaning to is backslash-escaped, '<' '>' '&' become entities
// (GitHub renders some HTML), and line breaks become spaces so a cell stays one row.
std::string markdown_escape(std::string_view text);

}  // namespace flagdebt::support
