#pragma once
// The "preprocessor" model pass (C, C++): #if/#ifdef/#elif arms over flag macros, evaluated by
// flagdebt itself (preprocessor.h), become if-chain constructs of the model; tree-sitter constructs
// parsed across an #if/#else are dropped. Where a compiler pass ran first (libclang), its skipped
// ranges cross-check the directive scanner.
#include "frontends/passes/model_pass.h"

namespace flagdebt::frontends::clangfe {

class PreprocessorPass final : public passes::ModelPass {
 public:
  void after(const ParseInput& input, const passes::FileFacts& facts, model::FileModel& model) const override;
};

}  // namespace flagdebt::frontends::clangfe
