#include <doctest/doctest.h>

#include <string>

#include "support/regex.h"

using flagdebt::support::Regex;

TEST_CASE("regex: search, case-insensitive search and groups") {
  auto receiver = Regex::compile("client|ld", {.case_sensitive = false});
  REQUIRE(receiver.has_value());
  CHECK(receiver->search("LDClient"));
  CHECK_FALSE(receiver->search("flags"));
  auto registry = Regex::compile(R"re(Key: "([^"]+)"(, Default: (true|false))?)re");
  REQUIRE(registry.has_value());
  CHECK(registry->group_count() == 3);
  const std::string text = "x\n{Key: \"a\"}\n{Key: \"b\", Default: true}";
  auto first = registry->find(text, 0);
  REQUIRE(first.has_value());
  CHECK(first->offset == 3);
  CHECK(*first->groups[1] == "a");
  CHECK_FALSE(first->groups[3].has_value());  // the optional group took no part
  auto second = registry->find(text, first->offset + first->groups[0]->size());
  REQUIRE(second.has_value());
  CHECK(*second->groups[1] == "b");
  CHECK(*second->groups[3] == "true");
  CHECK_FALSE(registry->find(text, second->offset + 1).has_value());
}

TEST_CASE("regex: a pattern RE2 rejects is an error with RE2's message") {
  auto bad = Regex::compile("(unclosed");
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().find("missing )") != std::string::npos);
  CHECK_FALSE(Regex::compile(R"((a)\1)").has_value());  // backreferences: not linear, not accepted
}

// std::regex backtracks for minutes here; RE2 is linear. No timing assertion: ctest's timeout
// catches a hang.
TEST_CASE("regex: (a+)+$ against 100,000 a's and a '!' completes") {
  auto evil = Regex::compile("(a+)+$");
  REQUIRE(evil.has_value());
  const std::string text = std::string(100000, 'a') + "!";
  CHECK_FALSE(evil->search(text));
  CHECK_FALSE(evil->find(text, 0).has_value());
}

// std::regex recursed once per character and overflowed the stack on long lines.
TEST_CASE("regex: a 1 MB line matches") {
  std::string line(1 << 20, 'x');
  line += "Key: \"late_flag\"";
  auto registry = Regex::compile(R"re(Key: "([^"]+)")re");
  REQUIRE(registry.has_value());
  auto match = registry->find(line, 0);
  REQUIRE(match.has_value());
  CHECK(*match->groups[1] == "late_flag");
  auto any = Regex::compile("(x|y)*z");
  REQUIRE(any.has_value());
  CHECK_FALSE(any->search(line));
}

TEST_CASE("regex: matches_at is anchored at the offset; bytes mode reads text that is not UTF-8") {
  auto call = Regex::compile(R"(\(\s*')");
  REQUIRE(call.has_value());
  const std::string text = "isEnabled('x') || other ('y')";
  CHECK(call->matches_at(text, 9));
  CHECK_FALSE(call->matches_at(text, 8));       // not a search: `d(` does not start with `(`
  CHECK(call->matches_at(text, 24));
  CHECK_FALSE(call->matches_at(text, 99));      // past the end
  auto args = Regex::compile(R"(\([^;)]*')", {.bytes = true});
  auto utf8 = Regex::compile(R"(\([^;)]*')");
  REQUIRE(args.has_value());
  REQUIRE(utf8.has_value());
  const std::string latin1 = "(\xff\xfe, 'k')";
  CHECK(args->matches_at(latin1, 0));
  CHECK_FALSE(utf8->matches_at(latin1, 0));     // why the prefilter asks for bytes
}
