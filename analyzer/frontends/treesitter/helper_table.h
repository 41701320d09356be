#pragma once
// HelperTable: functions whose whole body returns one expression (`boolean useNewFlow() { return
// flags.isOn("new_flow"); }`): a call to one stands for that expression (its arguments do not
// matter: a parameter read in it is unknown). Only when the file defines exactly one function of
// that name (@function without .value counts too: an overload or a same-named method of another
// class makes the call ambiguous) and the body is that single return (a helper that logs or counts
// first is not matched by the query).
// Who may call it, by what the query says of the definition:
// - a method reached only through a receiver (@function.receiver: Go's `s` in `func (s *S)`,
//   Python's `self`; @function.owner: the receiver's type or class name, else the enclosing
//   @class): through the calling method's own receiver variable, in a method of the same owner
//   (`s.fastPathEnabled()` in `func (s *S) run()`), or through `this` inside its class (JS
//   methods); never by its bare name;
// - a function only ever called by its bare name (@function.bare: Go functions, Python module
//   functions): never through a receiver (`other.enabled()` is a method of something else);
// - otherwise (implicit `this`): a bare call, or one whose receiver is this object: a keyword leaf
//   without a role (`this`, `self`, `Self`), or the object the file's @field_reads read through
//   (`$this`); from inside the helper's @class when it has one. `feature.isActive()` calls another
//   object's method that happens to share the helper's name (defined in another file): unknown.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

class HelperTable {
 public:
  HelperTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text);

  // The expression a @call stands for, if it calls a helper. A @call without .args is a bare name
  // the query says is a call (Ruby `new_flow?`); the caller checks no local of that name hides it.
  const TSNode* value_for(const RoleMatch& call) const;
  // Whether the file defines a function of that name (then no other file's helper is meant).
  bool defines(std::string_view name) const { return helpers_.contains(std::string(name)); }
  // The helpers other files of the package may call by their bare name (@function.package):
  // defined once here, with a value.
  std::vector<std::pair<std::string, TSNode>> package_helpers() const;

 private:
  struct Helper {
    std::set<uintptr_t> definitions;  // function nodes (a query may match one twice)
    std::optional<TSNode> value;
  };
  // A function's receiver facts, merged over every @function match on its node.
  struct Definition {
    std::string receiver;  // the explicit receiver variable's text, "" when none
    std::string owner;     // @function.owner's text, or the enclosing @class
    bool method = false;   // has an explicit receiver (.receiver or .owner)
    bool bare = false;     // @function.bare
    bool package = false;  // @function.package
    uintptr_t klass = 0;   // the enclosing @class node, 0 when none
  };

  bool keyword(TSNode receiver) const;
  bool this_object(TSNode receiver) const;
  bool callable_here(const Definition& helper, const RoleMatch& call) const;
  const Definition* enclosing_method(TSNode node) const;
  bool inside(TSNode node, uintptr_t klass) const;

  const CaptureIndex& index_;
  const TreeIndex& tree_;
  std::string_view text_;
  std::map<std::string, Helper> helpers_;
  std::unordered_map<uintptr_t, Definition> definitions_;  // function node id -> its facts
  std::set<std::string, std::less<>> self_receivers_;  // object texts of @field_read nodes
};

}  // namespace flagdebt::frontends::ts
