// The C/C++ directive scanner and flagdebt's own #if evaluation (frontends/clang/preprocessor.h).
#include <doctest/doctest.h>

#include <string>

#include "evaluate/evaluator.h"
#include "frontends/clang/preprocessor.h"

namespace {

using namespace flagdebt;
using frontends::clangfe::Conditional;
using frontends::clangfe::DirectiveKind;
using frontends::clangfe::scan_conditionals;

frontends::FlagIndex flag_index() {
  frontends::FlagIndex index;
  index.keys = {"on", "off", "live"};
  index.alias_to_key = {{"FEATURE_ON", "on"}, {"FEATURE_OFF", "off"}, {"FEATURE_LIVE", "live"}};
  return index;
}

evaluate::SettledFlags settled() {
  return {{"on", {model::Value{true}}}, {"off", {model::Value{false}}}};
}

// The dead regions of `text` as "first-last" line pairs.
std::vector<std::string> dead_lines(const std::string& text) {
  support::LineIndex lines(text);
  model::FileModel model;
  frontends::clangfe::add_preprocessor_constructs(text, scan_conditionals(text), lines, flag_index(), model);
  std::vector<std::string> out;
  for (const auto& dead : evaluate::find_dead_regions(model, settled())) {
    out.push_back(std::to_string(dead.region.begin.line) + "-" + std::to_string(dead.region.end.line));
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("directive scanner: arms, nesting, and text that only looks like a directive") {
  std::string text =
      "#if A\n"                    // 1
      "  /* #if B\n"               // 2
      "  #endif */\n"              // 3
      "# if C // comment\n"        // 4
      "  x = \"#if D\";\n"         // 5
      "#  elif E \\\n"             // 6
      "    && F\n"                 // 7
      "#endif\n"                   // 8
      "auto s = R\"x(\n"           // 9
      "#if G\n"                    // 10
      ")x\";\n"                    // 11
      "#else\n"                    // 12
      "#endif\n";                  // 13
  auto conditionals = scan_conditionals(text);
  REQUIRE(conditionals.size() == 2);
  CHECK(conditionals[0].arms.size() == 2);  // #if A ... #else (outer first)
  CHECK(conditionals[0].arms[1].kind == DirectiveKind::Else);
  CHECK(conditionals[1].arms.size() == 2);  // # if C / #elif E && F
  CHECK(conditionals[1].arms[1].kind == DirectiveKind::Elif);
  CHECK(text.substr(conditionals[1].arms[1].expr_begin,
                    conditionals[1].arms[1].end_byte - conditionals[1].arms[1].expr_begin)
            .find("&& F") != std::string::npos);
}

TEST_CASE("directive scanner: unclosed and broken conditionals are left out") {
  CHECK(scan_conditionals("#if A\nx\n").empty());
  CHECK(scan_conditionals("#endif\n#else\n").empty());
  CHECK(scan_conditionals("#if A\n#else\n#elif B\n#endif\n").empty());
  CHECK(scan_conditionals("#ifdef A\n#endif\n").size() == 1);
}

TEST_CASE("#if over flag macros: arms that are certainly not taken") {
  CHECK(dead_lines("#if FEATURE_ON\na\n#else\nb\nc\n#endif\n") == Lines{"3-5"});
  CHECK(dead_lines("#if FEATURE_OFF\na\n#else\nb\n#endif\n") == Lines{"1-2"});
  CHECK(dead_lines("#if !FEATURE_ON\na\n#elif X\nb\n#endif\n") == Lines{"1-2"});
  CHECK(dead_lines("#if X\na\n#elif FEATURE_ON\nb\n#else\nc\n#endif\n") == Lines{"5-6"});
  CHECK(dead_lines("#if FEATURE_OFF || (FEATURE_ON && !FEATURE_OFF)\na\n#else\nb\n#endif\n") == Lines{"3-4"});
  CHECK(dead_lines("#if FEATURE_ON == 1\na\n#else\nb\n#endif\n") == Lines{"3-4"});
  CHECK(dead_lines("#if FEATURE_OFF != 0\na\n#endif\n") == Lines{"1-2"});
  CHECK(dead_lines("#if FEATURE_OFF\n#else\nb\n#endif\n") == Lines{"1-1"});  // an empty arm: its line
}

TEST_CASE("#ifdef / defined(): true for a flag decided true, unknown otherwise") {
  CHECK(dead_lines("#ifdef FEATURE_ON\na\n#else\nb\n#endif\n") == Lines{"3-4"});
  CHECK(dead_lines("#ifndef FEATURE_ON\na\n#endif\n") == Lines{"1-2"});
  CHECK(dead_lines("#if defined FEATURE_ON && defined(X)\na\n#endif\n").empty());
  CHECK(dead_lines("#if defined(FEATURE_ON) || defined(X)\na\n#else\nb\n#endif\n") == Lines{"3-4"});
  CHECK(dead_lines("#ifdef FEATURE_OFF\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#ifndef FEATURE_OFF\na\n#endif\n").empty());
}

TEST_CASE("#if that is not flag debt, or not decided") {
  CHECK(dead_lines("#if 0\na\n#endif\n").empty());
  CHECK(dead_lines("#if 1\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if FEATURE_LIVE\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if UNKNOWN_MACRO\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if FEATURE_ON && UNKNOWN\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if FEATURE_ON > 0\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if FEATURE_ON(1)\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if FEATURE_ON ? 1 : 0\na\n#else\nb\n#endif\n").empty());
  CHECK(dead_lines("#if (FEATURE_ON\na\n#else\nb\n#endif\n").empty());  // malformed: unknown
  CHECK(dead_lines("#if FEATURE_ON &&\na\n#else\nb\n#endif\n").empty());
}

TEST_CASE("nested conditionals: only the outermost dead region") {
  CHECK(dead_lines("#if FEATURE_OFF\n#if FEATURE_ON\na\n#else\nb\n#endif\n#endif\n") == Lines{"1-6"});
}
