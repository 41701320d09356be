#pragma once
// The model passes by the names the language table uses. A plain table: one line per pass.
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/passes/model_pass.h"
#include "languages/languages.h"

namespace flagdebt::frontends::passes {

// Null for a name no pass has.
const ModelPass* pass_named(std::string_view name);

// The row's passes in its order; the error names a pass the table does not know.
std::expected<std::vector<const ModelPass*>, std::string> passes_of(const languages::Language& language);

}  // namespace flagdebt::frontends::passes
