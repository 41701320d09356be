#pragma once
// The frontend registry: the frontend that turns a language's files into the model, built from the
// language table's row (grammar, query folder, passes).
#include "frontends/frontend.h"
#include "languages/languages.h"

namespace flagdebt::frontends {

// Null for a language without a code model (a configuration format).
const Frontend* frontend_for(const languages::Language& language);

}  // namespace flagdebt::frontends
