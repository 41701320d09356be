#pragma once
// HelperTable: functions whose whole body returns one expression (`boolean useNewFlow() { return
// flags.isOn("new_flow"); }`): a call to one stands for that expression (its arguments do not matter: a parameter read in it
// is unknown). Only
// when the file defines exactly one function of that name (@function without .value counts too:
// an overload or a same-named method of another class makes the call ambiguous) and the body is
// that single return (a helper that logs or counts first is not matched by the query).
// A call with a receiver is a helper call only when the receiver is this object: a keyword leaf
// without a role (`this`, `self`, `Self`), or the object the file's @field_reads read through
// (`self`, `$this`, Go's receiver names). `feature.isActive()` calls another object's method
// that happens to share the helper's name (defined in another file): unknown.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "frontends/treesitter/capture_index.h"

namespace flagdebt::frontends::ts {

class HelperTable {
 public:
  HelperTable(const CaptureIndex& index, std::string_view text);

  // The expression a @call stands for, if it calls a helper. A @call without .args is a bare name
  // the query says is a call (Ruby `new_flow?`); the caller checks no local of that name hides it.
  const TSNode* value_for(const RoleMatch& call) const;

 private:
  struct Helper {
    std::set<uintptr_t> definitions;  // function nodes (a query may match one twice)
    std::optional<TSNode> value;
  };

  bool this_object(TSNode receiver) const;

  const CaptureIndex& index_;
  std::string_view text_;
  std::map<std::string, Helper> helpers_;
  std::set<std::string, std::less<>> self_receivers_;  // object texts of @field_read nodes
};

}  // namespace flagdebt::frontends::ts
