#pragma once
// The "goto-labels" model pass (C, C++): the rest of a block after an always-exiting branch is not
// dead when it holds a label (`fail:`), since a `goto` from before the branch may still reach it.
#include "frontends/passes/model_pass.h"

namespace flagdebt::frontends::clangfe {

class GotoLabelsPass final : public passes::ModelPass {
 public:
  void after(const ParseInput& input, const passes::FileFacts& facts, model::FileModel& model) const override;
};

}  // namespace flagdebt::frontends::clangfe
