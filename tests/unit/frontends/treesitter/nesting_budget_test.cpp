// deeper_than (frontends/treesitter/nesting_budget.h) skips subtrees too small to pass the limit:
// it must still agree with the height a walk of every node measures, right at the boundary.
#include <doctest/doctest.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <memory>
#include <string>

#include "frontends/treesitter/nesting_budget.h"
#include "languages/languages.h"

using namespace flagdebt;
using namespace flagdebt::frontends::ts;

namespace {

// How many levels the deepest node lies below `root`, from a walk of every node.
uint32_t height_of(TSNode root) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  uint32_t height = 0;
  for (bool more = true; more;) {
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      height = std::max(height, ts_tree_cursor_current_depth(&cursor));
      continue;
    }
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor)) && ts_tree_cursor_goto_parent(&cursor)) {
    }
  }
  ts_tree_cursor_delete(&cursor);
  return height;
}

void check_boundary(std::string_view language, const std::string& text) {
  std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  ts_parser_set_language(parser.get(), languages::by_id(language)->grammar());
  std::unique_ptr<TSTree, decltype(&ts_tree_delete)> tree(
      ts_parser_parse_string(parser.get(), nullptr, text.data(), static_cast<uint32_t>(text.size())), ts_tree_delete);
  TSNode root = ts_tree_root_node(tree.get());
  uint32_t height = height_of(root);
  REQUIRE(height > 3);
  for (uint32_t limit = 0; limit <= height + 2; ++limit) {
    CAPTURE(limit);
    CHECK(deeper_than(root, limit) == (height > limit));
  }
}

}  // namespace

TEST_CASE("nesting budget: deeper_than agrees with the measured height at every limit") {
  check_boundary("javascript", "f([[[[[1, [2]]]]], g(h(i(j(k)))), {a: {b: {c: 1}}}]);\nlet x = 1;\n");
  check_boundary("python", "def f():\n    if a:\n        while b:\n            return [[c]]\nx = 1\n");
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "if (a) {\n";
  check_boundary("javascript", deep + std::string(300, '}') + "\n");
}
