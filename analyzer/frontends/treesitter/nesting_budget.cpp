#include "frontends/treesitter/nesting_budget.h"

#include <string>

namespace flagdebt::frontends::ts {

std::optional<support::Diag> nesting_note(uint32_t height, std::string_view path) {
  if (height <= kMaxQueryDepth) return std::nullopt;
  support::Diag diag = support::make_diag(std::string(path), 0, 0,
                                          "nesting deeper than " + std::to_string(kMaxQueryDepth) +
                                              " syntax levels: not analysed past that depth");
  diag.severity = support::Severity::Note;
  return diag;
}

}  // namespace flagdebt::frontends::ts
