#pragma once
// The nesting budget: how far below a file's root query patterns may start. tree-sitter's query
// cursor keeps every match in progress while it walks the subtree below the match's start, so
// 10,000 nested `if`s cost 10,000 waiting states at each of their nodes: minutes of CPU and
// gigabytes (issue 19), and every construct the model keeps costs the fix planner a copy of its
// body. Hand-written code stays far above the limit; past it, the file is analysed down to the
// limit and gets one note.
#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "support/diag.h"

namespace flagdebt::frontends::ts {

// Syntax-tree levels (a nested `if` takes two: the statement and its block).
inline constexpr uint32_t kMaxQueryDepth = 256;

// Whether some node lies more than `limit` levels below `root`; an iterative walk that stops at
// the first such node.
bool deeper_than(TSNode root, uint32_t limit);

// The note for a file analysed only down to kMaxQueryDepth, when it is deeper.
std::optional<support::Diag> nesting_note(TSNode root, std::string_view path);

}  // namespace flagdebt::frontends::ts
