// The keyword of an arm that continues an if-chain, read from text alone.
#include <doctest/doctest.h>

#include <string_view>

#include "edits/chain_text.h"

using namespace flagdebt::edits;

TEST_CASE("chain text: elif, elsif, elseif and if continue a chain opened by if") {
  std::string_view py = "    elif x:";
  CHECK(continuing_keyword_end(py, 0, std::nullopt, "if") == 8);
  CHECK(continuing_keyword_end("elsif x", 0, std::nullopt, "if") == 5);
  CHECK(continuing_keyword_end("elseif ($x)", 0, std::nullopt, "if") == 6);
  CHECK(continuing_keyword_end("if (x)", 0, std::nullopt, "if") == 2);
}

TEST_CASE("chain text: an else whose body is an if on the same line continues; a block starting with one does not") {
  std::string_view js = "else if (x) {";
  CHECK(continuing_keyword_end(js, 0, 5, "if") == 7);
  std::string_view py = "else:\n        if x:";
  CHECK_FALSE(continuing_keyword_end(py, 0, 14, "if"));
  std::string_view braced = "else { if (x) {";
  CHECK_FALSE(continuing_keyword_end(braced, 0, 7, "if"));
}

TEST_CASE("chain text: else, a word ending otherwise, or an unless chain never continue") {
  CHECK_FALSE(continuing_keyword_end("else\n  y", 0, 0, "if"));
  CHECK_FALSE(continuing_keyword_end("user.isAdmin -> x", 0, std::nullopt, "when"));
  CHECK_FALSE(continuing_keyword_end("elsif x", 0, std::nullopt, "unless"));
  CHECK(word_at("xif", 1).empty());  // not a word start
}

TEST_CASE("chain text: an arm read from its else keyword continues with the if after it, on the same line") {
  CHECK(continuing_keyword_end("else if user.dark {", 0, std::nullopt, "if") == 7);
  CHECK_FALSE(continuing_keyword_end("else\n    if x {", 0, std::nullopt, "if"));
  CHECK_FALSE(continuing_keyword_end("else { if x {", 0, std::nullopt, "if"));
}
