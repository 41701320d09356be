#pragma once
// ParamTable: parameters of file-private functions (the query gives @function.param only where no
// other file can call the function) and the calls that fill them. A parameter never reassigned
// reads the argument every call passes in its position, when all calls pass the same check
// (ModelBuilder compares them). Any other use of the function's name (a callback, an export),
// a labelled or missing argument, or a second definition leaves it unknown. A parameter with an
// argument label every call must write (@function.label: Swift's `useNew` in `useNew enabled:
// Bool`, or `enabled` in `enabled: Bool`) reads the argument with that label; the others, by
// position, the unlabelled arguments.
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/treesitter/capture_index.h"

namespace flagdebt::frontends::ts {

class ParamTable {
 public:
  ParamTable(const CaptureIndex& index, std::string_view text);

  struct Param {
    std::string function;
    size_t position = 0;  // among the function's parameters without a label
    std::optional<std::string> label;
  };
  // The parameter a binding name node declares, if it is one of a file-private function's.
  const Param* param_of(TSNode name) const;
  // The argument node in `position` of every call to `function`; nullopt when some call has no
  // plain positional argument there or the function escapes (is named other than in calls).
  std::optional<std::vector<TSNode>> arguments(const Param& param) const;

 private:
  // `labels`: the function declares labelled parameters, so labelled arguments are theirs.
  std::optional<TSNode> positional(const RoleMatch& call, size_t position, bool labels) const;
  std::optional<TSNode> labelled(const RoleMatch& call, const std::string& label) const;

  const CaptureIndex& index_;
  std::string_view text_;
  std::unordered_map<uintptr_t, Param> params_;                    // param name node -> param
  std::map<std::string, int> definitions_;                        // function name -> @function count
  std::map<std::string, std::vector<const RoleMatch*>> calls_;    // function name -> calls
  std::map<std::string, bool> escapes_;                           // named outside a call's callee
  std::map<std::string, bool> labelled_;                          // declares labelled parameters
};

}  // namespace flagdebt::frontends::ts
