#pragma once
// HelperTable: functions whose whole body returns one expression (`boolean useNewFlow() { return
// flags.isOn("new_flow"); }`): a call to one stands for that expression (its arguments do not matter: a parameter read in it
// is unknown). Only
// when the file defines exactly one function of that name (@function without .value counts too:
// an overload or a same-named method of another class makes the call ambiguous) and the body is
// that single return (a helper that logs or counts first is not matched by the query).
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

  std::string_view text_;
  std::map<std::string, Helper> helpers_;
};

}  // namespace flagdebt::frontends::ts
