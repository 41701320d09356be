#pragma once
// Leading negations of a member/call chain. Kotlin and Swift apply a prefix `!` to the whole
// postfix chain after it (`!Features.newUi.isEnabled` is `!(Features.newUi.isEnabled)`), but their
// tree-sitter grammars bind it to the chain's first operand: `((!Features).newUi).isEnabled`. A
// query marks such a `!` with @lead_not (its .operand what it negates); a chain that begins with one
// is read as the negation of the chain without it: its text starts after the `!`, and its
// condition is a Not of the check that text makes.
#include <cstdint>

#include "frontends/treesitter/capture_index.h"

namespace flagdebt::frontends::ts {

struct LeadingNots {
  int count = 0;       // how many @lead_not begin the chain (`!!a.b`: 2)
  uint32_t begin = 0;  // where the chain's own text starts, past them
};

// Walks down the chain's first children that start where it starts (the postfix operands a
// grammar nests leftwards) and counts the @lead_not nodes on that path.
LeadingNots leading_nots(const CaptureIndex& index, TSNode chain);

}  // namespace flagdebt::frontends::ts
