#pragma once
// AliasTable: local variables that stand for an expression at a read.
// - Written exactly once in their scope (`const on = isEnabled("x")`): the value everywhere after
//   the declaration, also inside closures (lambdas, nested functions) below that scope, since a
//   never-reassigned name cannot change before the closure runs. Not across a @class body (Python
//   methods do not see class-level names) nor from the file scope into functions (another module
//   may rebind a module-level name before the function runs).
// - Written several times: the assignment that reaches the read in straight-line code, i.e. the
//   last write before it, in a statement list (@block) that also holds the read, with no write of
//   the name inside a nested function (which could run at any time). Reads inside closures never
//   use this rule: the closure may run after a later write.
// A declaration that runs only on some paths (an if/else arm, a loop body, a ternary arm, the right
// side of && / ||) stands for its value only inside that path. Precision first: otherwise unknown.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

class AliasTable {
 public:
  AliasTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text);

  // The expression an identifier use stands for, if a write of a local reaches it as above.
  const TSNode* value_for(TSNode use) const;
  // Whether a local or parameter spelled like `name` is written in a scope between it and `outer`
  // (a parameter `on` shadows a field `on`).
  bool bound_below(TSNode name, TSNode outer) const;
  // Whether the name at `use` is bound inside a function-like scope (a local, a parameter, a loop
  // variable, a test-table row), not by the file (a package, an import, a module-level name) or
  // a class body: then `tc.NewGate` is a field of a value, not the constant `features.NewGate`.
  bool bound_locally(TSNode use) const;
  // The name node of the only write that binds `use` (a parameter never reassigned), found by the
  // same scope walk as value_for; nullopt when the binding is written more than once.
  std::optional<TSNode> sole_binding(TSNode use) const;

 private:
  struct Alias {
    uint32_t declared_end = 0;
    TSNode value;
    std::optional<TSNode> within;  // set when the declaration runs only inside this body
  };
  struct Write {
    TSNode node;                  // the whole @decl/@write
    TSNode name;
    std::optional<TSNode> value;  // @decl only
  };
  using ScopeName = std::pair<uintptr_t, std::string>;

  std::optional<TSNode> only_runs_within(TSNode decl, TSNode scope) const;
  void count_write(const Write& write);
  bool closure_may_see(TSNode scope) const;
  const TSNode* reaching(TSNode use, TSNode scope, const std::vector<Write>& writes) const;

  const CaptureIndex& index_;
  const TreeIndex& tree_;
  std::string_view text_;
  std::map<ScopeName, std::vector<Write>> writes_;  // writes per (scope, name), in every enclosing scope
  std::map<ScopeName, Alias> aliases_;
};

}  // namespace flagdebt::frontends::ts
