#include "frontends/passes/pass_context.h"

#include "frontends/clang/compile_db.h"

namespace flagdebt::frontends::passes {

std::expected<PassContext, support::Diag> PassContext::create(const PassOptions& options) {
  PassContext context;
  context.options_ = options;
  if (options.libclang == LibclangMode::Off) return context;
  auto database = clangfe::CompileDatabase::for_scan(options.compile_commands);
  if (!database) return std::unexpected(database.error());
  if (*database) context.database_ = std::make_shared<const clangfe::CompileDatabase>(std::move(**database));
  return context;
}

}  // namespace flagdebt::frontends::passes
