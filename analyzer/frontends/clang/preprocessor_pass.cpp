#include "frontends/clang/preprocessor_pass.h"

#include <algorithm>

#include "frontends/clang/preprocessor.h"
#include "support/line_index.h"

namespace flagdebt::frontends::clangfe {
namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

// Every range clang's preprocessor skipped must begin and end on a conditional directive the scanner
// found. Where one does not, the scanner misread the file (an exotic comment or literal), and its
// preprocessor constructs are not trusted: precision first.
bool skipped_ranges_agree(const Ranges& skipped, const std::vector<Conditional>& conditionals,
                          const support::LineIndex& lines) {
  if (skipped.empty()) return true;
  std::vector<uint32_t> directives = directive_lines(conditionals, lines);
  auto is_directive = [&](uint32_t line) { return std::binary_search(directives.begin(), directives.end(), line); };
  for (auto [begin, end] : skipped) {
    uint32_t last = end > begin ? end - 1 : begin;
    if (!is_directive(lines.point_at(begin).line) || !is_directive(lines.point_at(last).line)) return false;
  }
  return true;
}

// A tree-sitter construct that lies partly inside a conditional's arm and partly outside it was
// parsed across an #if/#else (`#if A` / `if (x) {` / `#else` / `if (y) {` / `#endif` / `...}`): its
// arms are not what either configuration compiles, so it is dropped (precision first).
bool straddles(const model::Span& whole, const Conditional& conditional, std::string_view text) {
  uint32_t begin = conditional.arms.front().hash_byte, end = conditional.endif.end_byte;
  if (whole.end_byte <= begin || whole.begin_byte >= end) return false;
  if (whole.begin_byte <= begin && whole.end_byte >= end) return false;
  for (size_t k = 0; k < conditional.arms.size(); ++k) {
    uint32_t arm_begin = conditional.arms[k].end_byte;  // after the directive line
    uint32_t arm_end = k + 1 < conditional.arms.size() ? conditional.arms[k + 1].line_begin : conditional.endif.line_begin;
    if (arm_begin < text.size() && text[arm_begin] == '\n') ++arm_begin;
    if (whole.begin_byte >= arm_begin && whole.end_byte <= arm_end) return false;
  }
  return true;
}

void drop_straddling(model::FileModel& model, const std::vector<Conditional>& conditionals, std::string_view text) {
  if (conditionals.empty()) return;
  std::erase_if(model.constructs, [&](const model::Construct& construct) {
    return std::any_of(conditionals.begin(), conditionals.end(),
                       [&](const Conditional& c) { return straddles(construct.whole, c, text); });
  });
}

}  // namespace

void PreprocessorPass::after(const ParseInput& input, const passes::FileFacts& facts, model::FileModel& model) const {
  auto conditionals = scan_conditionals(input.text);
  drop_straddling(model, conditionals, input.text);
  support::LineIndex lines(input.text);
  if (!facts.skipped || skipped_ranges_agree(*facts.skipped, conditionals, lines)) {
    add_preprocessor_constructs(input.text, conditionals, lines, input.flags, model);
  }
}

}  // namespace flagdebt::frontends::clangfe
