#pragma once
// What removing one key constant's declaration deletes, read from the text around the declaring
// node the frontend found (language-blind: the row's comment syntax is all it needs):
//   - the node's whole lines, when the rest of them is only modifiers before it (`export const`,
//     `public static final String`) and `;` or `,` (and a line comment) after it;
//   - the comment directly above it (line comments, or one block comment), unless that comment
//     starts the file (a licence or a file-wide directive);
//   - one of the blank lines around it when it stood between two;
//   - list punctuation: the last member of a list closed by `;` (a Java enum's constants) takes
//     the comma before it instead of the `;`; a last member without a comma of its own takes the
//     previous member's comma, so the list keeps its style.
// The reason instead when the declaration shares its lines with other code, declares several
// names, or is alone in a block that cannot be empty (Python).
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "languages/languages.h"
#include "support/span.h"

namespace flagdebt::fix {

std::expected<std::vector<std::pair<uint32_t, uint32_t>>, std::string> declaration_deletions(
    std::string_view text, const support::Span& node, const languages::Language& language);

// Whole `lines` [begin, end) to delete, with one of the blank lines around them when they stand
// between two (or between one and the file's start or end), so no double blank line is left.
std::pair<uint32_t, uint32_t> with_blank_line(std::string_view text, std::pair<uint32_t, uint32_t> lines);

}  // namespace flagdebt::fix
