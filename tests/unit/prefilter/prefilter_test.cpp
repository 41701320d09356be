// The literal prefilter (prefilter/prefilter.h): whether a file can hold a finding at all, and
// whether its first bytes say it is binary.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "prefilter/prefilter.h"

using flagdebt::prefilter::looks_binary;
using flagdebt::prefilter::Prefilter;

namespace {

Prefilter compiled(const std::vector<std::string>& literals) {
  auto prefilter = Prefilter::compile(literals);
  REQUIRE(prefilter.has_value());
  return std::move(*prefilter);
}

}  // namespace

TEST_CASE("prefilter: a literal is found at the start, in the middle and at the end of the text") {
  Prefilter p = compiled({"new_checkout", "isEnabled"});
  CHECK(p.might_match("new_checkout = 1"));
  CHECK(p.might_match("if (client.isEnabled(x)) {}"));
  CHECK(p.might_match("x = new_checkout"));
  CHECK(p.might_match("isEnabled"));
}

TEST_CASE("prefilter: text without any literal does not match") {
  Prefilter p = compiled({"new_checkout", "isEnabled"});
  CHECK_FALSE(p.might_match("new_checkou isenabled"));  // a prefix, another case
  CHECK_FALSE(p.might_match("new checkout"));
  CHECK_FALSE(p.might_match(""));
}

TEST_CASE("prefilter: an empty literal set never matches") {
  Prefilter p = compiled({});
  CHECK_FALSE(p.might_match("anything at all"));
  CHECK_FALSE(p.might_match(""));
}

TEST_CASE("prefilter: a thousand literals, each found and none invented") {
  std::vector<std::string> literals;
  for (int i = 0; i < 1000; ++i) literals.push_back("flag_key_" + std::to_string(i) + "_end");
  Prefilter p = compiled(literals);
  for (int i : {0, 1, 499, 998, 999}) CHECK(p.might_match("x = client.isEnabled(\"" + literals[i] + "\")"));
  CHECK_FALSE(p.might_match("flag_key_1000_end flag_key_12 flag_key__end"));
}

TEST_CASE("prefilter: one Prefilter used from several threads gives every thread the same answers") {
  Prefilter p = compiled({"alpha", "omega"});
  Prefilter other = compiled({"beta"});  // a second database alternating on the same threads
  std::vector<std::string> texts = {"xx alpha xx", "nothing here", "omega", "beta", "alphabet", "alph omeg"};
  std::vector<bool> expected;
  for (const auto& t : texts) expected.push_back(p.might_match(t));
  CHECK(expected == std::vector<bool>{true, false, true, false, true, false});
  std::vector<int> mismatches(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 2000; ++round) {
        size_t i = static_cast<size_t>(round + t) % texts.size();
        if (p.might_match(texts[i]) != expected[i]) ++mismatches[t];
        if (other.might_match(texts[i]) != (texts[i] == "beta")) ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(mismatches == std::vector<int>(8, 0));
}

TEST_CASE("prefilter: a moved-from-and-destroyed Prefilter leaves a new one working on the same thread") {
  {
    Prefilter first = compiled({"gamma"});
    CHECK(first.might_match("gamma"));
  }
  Prefilter second = compiled({"delta"});
  CHECK(second.might_match("delta"));
  CHECK_FALSE(second.might_match("gamma"));
}

TEST_CASE("looks_binary: a NUL in the first 8 KB, not after") {
  CHECK_FALSE(looks_binary(""));
  CHECK_FALSE(looks_binary("plain text\n"));
  CHECK(looks_binary(std::string("\0abc", 4)));
  std::string text(8192, 'a');
  text[8191] = '\0';
  CHECK(looks_binary(text));
  text[8191] = 'a';
  text += std::string(1, '\0');  // byte 8193: past the window
  CHECK_FALSE(looks_binary(text));
}

TEST_CASE("prefilter: a 20 KB literal (a registry key from a scanned repository) compiles and still matches") {
  const std::string key(20480, 'k');
  Prefilter p = compiled({key, "isEnabled"});
  CHECK(p.might_match("x = \"" + key + "\""));
  CHECK_FALSE(p.might_match("kkkk"));
}

namespace {

using flagdebt::prefilter::CallShape;
using flagdebt::prefilter::Patterns;

Prefilter with_calls(const std::vector<std::string>& literals, const std::vector<CallShape>& calls) {
  auto prefilter = Prefilter::compile(Patterns{literals, calls});
  REQUIRE(prefilter.has_value());
  return std::move(*prefilter);
}

const std::string kQuoteAfterParen = R"(\s*\(\s*["'])";

}  // namespace

TEST_CASE("prefilter: a call shape is its method at a word start and its `after` right behind it") {
  Prefilter p = with_calls({}, {{"isEnabled", kQuoteAfterParen}});
  CHECK(p.might_match("if (client.isEnabled('new_ui')) {}"));
  CHECK(p.might_match("isEnabled (\n  \"new_ui\")"));
  CHECK_FALSE(p.might_match("if (client.isEnabled(key)) {}"));    // no literal where the key goes
  CHECK_FALSE(p.might_match("if (myisEnabled('new_ui')) {}"));    // not at a word start
  CHECK_FALSE(p.might_match("if (isEnabledNow('new_ui')) {}"));   // another name
  CHECK_FALSE(p.might_match("isEnabled"));
  // Every occurrence is checked, not only the first.
  CHECK(p.might_match("isEnabled(a) || isEnabled(b) || isEnabled(\"c\")"));
}

TEST_CASE("prefilter: shapes of one method are alternatives, and literals share the database") {
  Prefilter p = with_calls({"retired-model"}, {{"variation", kQuoteAfterParen}, {"variation", R"([ \t]+:\w)"}});
  CHECK(p.might_match("variation('k', false)"));
  CHECK(p.might_match("variation :new_ui"));
  CHECK_FALSE(p.might_match("variation(k, false)"));
  CHECK(p.might_match("model = 'retired-model'"));
  Prefilter method_as_literal = with_calls({"variation"}, {{"variation", kQuoteAfterParen}});
  CHECK(method_as_literal.might_match("variation(k)"));  // the literal alone is evidence
}

TEST_CASE("prefilter: a call's `after` reads bytes, so text that is not UTF-8 still matches") {
  Prefilter p = with_calls({}, {{"variation", R"(\((?:[^;{}()])*["'])"}});
  CHECK(p.might_match("variation(\xff\xfe ctx, \"k\")"));
  CHECK(p.might_match("variation(\xc3, 'k')"));
  CHECK_FALSE(p.might_match("variation(\xff; \"k\")"));
}

TEST_CASE("prefilter: a member before the method (key_segment), exactly \\w(\\(\\s*\\))?[!?]*\\s*\\.\\s*method\\b") {
  CallShape shape{"isOn", "", true};
  Prefilter p = with_calls({}, {shape});
  CHECK(p.might_match("Features.NEW_UI.isOn()"));
  CHECK(p.might_match("features.newUi( )!! . isOn"));
  CHECK_FALSE(p.might_match("features.newUi( ) !! . isOn"));  // no space before the `!!`
  CHECK(p.might_match("x.newUi()\n  .isOn"));
  CHECK(p.might_match("newUi?.isOn"));
  CHECK_FALSE(p.might_match(".isOn()"));          // no member before it
  CHECK_FALSE(p.might_match("f(1).isOn()"));      // a call with arguments is no member name
  CHECK_FALSE(p.might_match("x.isOnly()"));       // not at a word end
  CHECK_FALSE(p.might_match("isOn(\"new_ui\")")); // no `after`: the call form is no evidence here
}

TEST_CASE("prefilter: a method longer than Hyperscan's literal limit is matched in full") {
  const std::string method(2000, 'm');
  Prefilter p = with_calls({}, {{method, kQuoteAfterParen}});
  CHECK(p.might_match(method + "('k')"));
  CHECK_FALSE(p.might_match(method.substr(0, 1500) + "('k')"));
  CHECK_FALSE(p.might_match(method + "m('k')"));
}

// A hostile file: a 1 MB line of method names, none followed by a literal. Each occurrence's
// `after` may read to the end of the line, so checking each in full would read ~50 GB.
TEST_CASE("prefilter: a long line full of method names comes back at once, and a literal at its end is found") {
  std::string line;
  while (line.size() < (1u << 20)) line += "variation ";
  Prefilter p = with_calls({}, {{"variation", R"([ \t]+[^;{}()\n]*["'])"}});
  auto start = std::chrono::steady_clock::now();
  (void)p.might_match(line);  // either answer keeps the prefilter a superset
  CHECK(p.might_match(line + "'k'"));
  CHECK(p.might_match("variation " + std::string(300, 'x') + " 'k'"));  // past the first window
  CHECK_FALSE(p.might_match("variation " + std::string(300, 'x') + "\n'k'"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("prefilter: a call undecided in its window decides the rest of the file with every shape at once") {
  const std::string ruby_later = R"([ \t]+[^;{}()\n]*(?:["']|:\w))";
  const std::string args(300, 'x');  // longer than the window, no stop character
  Prefilter p = with_calls({"new_ui_key"}, {{"enabled?", ruby_later}, {"on?", ruby_later}, {"isOn", "", true}});
  CHECK(p.might_match("enabled? " + args + " :new_ui"));                      // a method that is no word
  CHECK(p.might_match("enabled? " + args + "\nfeatures.newUi.isOn"));         // another shape, later
  CHECK(p.might_match("enabled? " + args + "\nnew_ui_key"));                  // literals still count
  CHECK_FALSE(p.might_match("enabled? " + args + "\nenabled? x\non? y\nisOn()"));  // names alone are no shape
  CHECK(p.might_match("enabled? " + args + "\non? 'k'"));
  // A `;`, `{` or `}` ends every shape: the window decides, the rest is still read call by call.
  CHECK_FALSE(p.might_match("enabled? x; 'k'"));
  CHECK(p.might_match("enabled? x; enabled? 'k'"));
}
