#pragma once
// The edits that retire settled flags from one file, computed from the same model and evaluator
// the scan reports with: a decided construct gives way to the code that survives it (re-indented
// to where the construct stood), a construct that can never run goes with its lines, and a check
// inside a larger condition that no longer matters is dropped from it (`flag && x` -> `x`).
// Language-blind: everything it needs (the kept body's inner statements, condition spans, the
// statement around a guard) is in the model.
#include <string>
#include <string_view>
#include <vector>

#include "evaluate/evaluator.h"
#include "model/file_model.h"

namespace flagdebt::edits {

// The edits for one decision: replacing one construct or simplifying one condition.
struct PlannedFix {
  model::Span anchor;   // the construct (or condition) the edits are about
  std::string flag;     // the settled flag the decision rests on
  std::vector<model::Replacement> replacements;  // non-overlapping, in source order
};

// What the planner needs of the language's syntax, from its languages.json row.
struct Syntax {
  // Line comment markers: a comment after a removed construct on its last line goes with it.
  std::vector<std::string_view> line_comments;
  // A statement that does nothing (`pass`), for languages whose blocks are marked by indentation
  // and cannot be empty: what a block emptied by a deletion gets. Empty: blocks may be empty.
  std::string_view empty_statement;
};

// Every fix for the file, in source order. Fixes may overlap (a decided construct inside another's
// kept body): a caller applies the outermost and plans again on the result.
std::vector<PlannedFix> plan_fixes(const model::FileModel& file, std::string_view text,
                                   const evaluate::SettledFlags& flags, const Syntax& syntax = {});

// `replacements` (non-overlapping) applied to `text`.
std::string apply_replacements(std::string_view text, std::vector<model::Replacement> replacements);

}  // namespace flagdebt::edits
