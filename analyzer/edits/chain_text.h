#pragma once
// Reading an if-chain's keywords from its text, without knowing the language: the chain opens with
// a word (`if`), and an arm that continues it (`elif`, `elsif`, `elseif`, `else if`) names a word
// that ends with that one. What `flagdebt fix` needs to turn the first live arm of a chain whose
// earlier arms are dead into the chain's opening arm.
#include <cstddef>
#include <optional>
#include <string_view>

namespace flagdebt::edits {

// The identifier starting at `at` (letters, digits, `_`); empty when none starts there.
std::string_view word_at(std::string_view text, size_t at);

// Where the continuing keyword of an arm ends: the first word of the arm's text at `from`, or,
// when the arm is an else whose body is itself an if (`} else if (c) {`, JS and C else_clause),
// the first word of the body at `body` after exactly one word and blanks on the same line; without
// a body, also the second word when the first does not end with `opening` (`else if c` as one arm).
// Only a word ending with `opening` counts (so `if`, `elif`, `elsif`, `elseif`, never `else`).
std::optional<size_t> continuing_keyword_end(std::string_view text, size_t from, std::optional<size_t> body,
                                             std::string_view opening);

}  // namespace flagdebt::edits
