#pragma once
// In-source suppressions: `flagdebt: ignore[rule-id,...] reason` at the start of a comment silences
// those rules' findings on the comment's line and the next one (docs/rules.md). Collected while the
// file's text is in memory (the file analyzer); reporters never read sources.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.h"
#include "support/line_index.h"

namespace flagdebt::findings {

// A language's comment tokens, from its row of the language table.
struct CommentSyntax {
  const std::vector<std::string_view>& line_comments;
  const std::vector<std::string_view>& block_comment;  // {open, close}, or empty
};

struct Suppression {
  model::Span where;               // the `flagdebt:` text
  std::vector<std::string> rules;  // rule ids as written
  std::string reason;
  std::string line_text;           // the comment's line, for an unused-suppression finding
};

std::vector<Suppression> find_suppressions(std::string_view text, const support::LineIndex& lines,
                                           const CommentSyntax& syntax);

// Marks the findings each suppression silences and adds an unused-suppression note per rule id
// that silenced nothing.
void apply_suppressions(const std::vector<Suppression>& suppressions, const std::string& path,
                        std::vector<Finding>& findings);

}  // namespace flagdebt::findings
