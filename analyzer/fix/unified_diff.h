#pragma once
// A unified diff of one file's two texts, as `git apply` reads it: `--- a/path`, `+++ b/path`,
// hunks with three lines of context, "\ No newline at end of file" where a text ends without one.
// Lines keep their own terminators, so a CRLF file's diff carries its CRs.
#include <string>
#include <string_view>

namespace flagdebt::fix {

// Empty when the texts are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace flagdebt::fix
