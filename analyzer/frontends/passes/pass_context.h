#pragma once
// What the model passes share during one scan: the user's pass options and what they name, loaded
// once before any source file is read (the compilation database). Made per scan, read by every
// thread, never changed afterwards; no process-wide state.
#include <expected>
#include <memory>

#include "frontends/passes/pass_options.h"
#include "support/diag.h"

namespace flagdebt::frontends::clangfe {
class CompileDatabase;
}

namespace flagdebt::frontends::passes {

class PassContext {
 public:
  // Loads the compilation database the options name or the scan root (the current folder) holds;
  // a malformed one is an error with file:line. With libclang off, none is read.
  static std::expected<PassContext, support::Diag> create(const PassOptions& options);

  const PassOptions& options() const { return options_; }
  // Null when the scan has none.
  const clangfe::CompileDatabase* compile_database() const { return database_.get(); }

 private:
  PassOptions options_;
  std::shared_ptr<const clangfe::CompileDatabase> database_;
};

}  // namespace flagdebt::frontends::passes
