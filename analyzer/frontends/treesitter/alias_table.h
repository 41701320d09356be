#pragma once
// AliasTable: local variables that stand for an expression because they are written exactly once
// in their scope (`const on = isEnabled("x")`, `enabled := ...`). Any second write, declaration or
// parameter of the same name anywhere inside that scope (closures included) disqualifies the name:
// precision first. A declaration that runs only on some paths (an if/else arm, a loop body, a
// ternary arm, the right side of && / ||) stands for its value only inside that path.
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

class AliasTable {
 public:
  AliasTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text);

  // The expression an identifier use stands for, if it reads a single-assignment local declared
  // before it in the same scope.
  const TSNode* value_for(TSNode use) const;

 private:
  struct Alias {
    uint32_t declared_end = 0;
    TSNode value;
    std::optional<TSNode> within;  // set when the declaration runs only inside this body
  };
  using ScopeName = std::pair<uintptr_t, std::string>;

  std::optional<TSNode> only_runs_within(TSNode decl, TSNode scope) const;
  void count_write(TSNode name);

  const CaptureIndex& index_;
  const TreeIndex& tree_;
  std::string_view text_;
  std::map<ScopeName, int> writes_;  // writes per (scope, name), counted in every enclosing scope
  std::map<ScopeName, Alias> aliases_;
};

}  // namespace flagdebt::frontends::ts
