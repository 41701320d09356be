#pragma once
// The "libclang" model pass (C, C++): where libclang parses the translation unit, it adds what
// tree-sitter cannot see, flag checks that come out of macro expansion (libclang_pass.h). Before the
// model is built it hands the builder the invocations that stand for a check (`if
// (FEATURE_ON(new_ui))`), and the preprocessor pass its skipped ranges; after, every macro check
// is a reference. A libclang failure never removes a finding: the model still comes from tree-sitter.
#include "frontends/passes/model_pass.h"

namespace flagdebt::frontends::clangfe {

class LibclangPass final : public passes::ModelPass {
 public:
  void before(const ParseInput& input, passes::FileFacts& facts) const override;
  void after(const ParseInput& input, const passes::FileFacts& facts, model::FileModel& model) const override;
};

// Whether the text holds a macro-like call (`FEATURE_ON(new_ui)`, `IS_ENABLED("x")`) with a flag
// key or alias among its arguments: the files where libclang's cost may buy a check (mode auto).
bool wants_libclang(std::string_view text, const FlagIndex& flags);

}  // namespace flagdebt::frontends::clangfe
