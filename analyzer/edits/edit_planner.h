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

// Every fix for the file, in source order. Fixes may overlap (a decided construct inside another's
// kept body): a caller applies the outermost and plans again on the result.
// `line_comments`: the language's line comment markers (its languages.json row): a comment after
// a removed construct on its last line goes with it.
std::vector<PlannedFix> plan_fixes(const model::FileModel& file, std::string_view text,
                                   const evaluate::SettledFlags& flags,
                                   const std::vector<std::string_view>& line_comments = {});

// `replacements` (non-overlapping) applied to `text`.
std::string apply_replacements(std::string_view text, std::vector<model::Replacement> replacements);

}  // namespace flagdebt::edits
