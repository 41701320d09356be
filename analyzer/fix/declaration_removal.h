#pragma once
// `flagdebt fix --remove-declarations`: once the other edits are made, a retired flag's key
// constant (`export const NEW_UI = "new_ui";`, `#define FLAG_NEW_UI "new_ui"`, an enum member) that
// no scanned file uses any more goes, with the doc comment directly above it and the imports of
// it. Whether a name is still used is decided on the fixed text of every scanned code file, word
// by word (a mention in a comment or a string keeps it too): a constant used anywhere, or whose
// declaration or import has a shape this file does not handle with certainty, stays and a note
// says why. Each edited file is re-parsed like every other fix edit; a name whose edits would add
// a syntax error anywhere is given up everywhere, so no import points at a removed constant.
#include <optional>
#include <string>
#include <vector>

#include "discover/discover.h"
#include "fix/fixer.h"
#include "scan/session.h"

namespace flagdebt::fix {

// The constants bound to a key in every file, learnt before fixing, so that a check through a
// constant declared in another file is fixed as the scan reports it (the scan's second pass).
std::optional<support::Diag> learn_key_constants(scan::Session& session, const std::vector<discover::DiscoveredFile>& files,
                                                 uint64_t max_file_bytes);

// Adds the declaration and import removals to `result` (its changes hold the fixed texts).
void remove_declarations(const scan::Session& session, const std::vector<discover::DiscoveredFile>& files,
                         const FixOptions& options, FixResult& result);

}  // namespace flagdebt::fix
