#include "edits/edit_planner.h"

#include <algorithm>

#include "support/line_index.h"

namespace flagdebt::edits {
namespace {

using model::CondOp;
using model::Replacement;
using model::Span;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

class Planner {
 public:
  Planner(const model::FileModel& file, std::string_view text, const evaluate::SettledFlags& flags,
          const std::vector<std::string_view>& line_comments)
      : file_(file), text_(text), flags_(flags), lines_(text), line_comments_(line_comments) {}

  std::vector<PlannedFix> run() {
    for (const auto& construct : file_.constructs) plan(construct);
    std::sort(out_.begin(), out_.end(), [](const PlannedFix& a, const PlannedFix& b) {
      return a.anchor.begin_byte != b.anchor.begin_byte ? a.anchor.begin_byte < b.anchor.begin_byte
                                                        : a.anchor.end_byte > b.anchor.end_byte;
    });
    return std::move(out_);
  }

 private:
  std::optional<bool> truth(int cond) const {
    if (cond < 0) return true;
    auto value = evaluate::evaluate(file_, cond, flags_);
    return value ? model::truth(*value) : std::nullopt;
  }

  // The first settled flag whose value the condition reads: a decision resting on literals alone
  // (`if (true)`) is not flag debt and is left as written.
  std::string settled_key(int cond) const {
    if (cond < 0) return {};
    const auto& node = file_.conditions[cond];
    if (node.op == CondOp::Check) {
      const auto& key = file_.checks[node.check].key;
      return flags_.contains(key) && evaluate::evaluate(file_, cond, flags_) ? key : std::string();
    }
    std::string key = settled_key(node.lhs);
    return key.empty() ? settled_key(node.rhs) : key;
  }

  size_t line_start(size_t at) const {
    size_t nl = text_.rfind('\n', at == 0 ? 0 : at - 1);
    return at == 0 || nl == std::string_view::npos ? 0 : nl + 1;
  }
  size_t line_end(size_t at) const { return std::min(text_.find('\n', at), text_.size()); }
  std::string_view slice(size_t begin, size_t end) const { return text_.substr(begin, end - begin); }
  std::string_view slice(const Span& s) const { return slice(s.begin_byte, s.end_byte); }
  bool starts_line(const Span& s) const { return blank(slice(line_start(s.begin_byte), s.begin_byte)); }
  // Exact bytes (LineIndex::span would trim the line break a deletion must take).
  Replacement replace(size_t begin, size_t end, std::string inserted) const {
    auto b = static_cast<uint32_t>(begin), e = static_cast<uint32_t>(end);
    return {{b, e, lines_.point_at(b), lines_.point_at(e)}, std::move(inserted)};
  }

  // Spans from the model end with their last non-blank character (LineIndex::span).
  Span trimmed(const Span& s) const { return lines_.span(s.begin_byte, s.end_byte); }

  // Where the line holding `at` ends (before its break) when only blanks or a line comment
  // follow `at`; nullopt when code does.
  std::optional<size_t> comment_end(size_t at) const {
    size_t end = line_end(at);
    while (end > at && text_[end - 1] == '\r') --end;
    std::string_view rest = slice(at, end);
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
    if (rest.empty()) return end;
    for (auto marker : line_comments_) {
      if (!marker.empty() && rest.starts_with(marker)) return end;
    }
    return std::nullopt;
  }

  // Deletes `s`; when it fills its lines (a trailing comment included), the lines go too.
  Replacement remove(const Span& untrimmed) const {
    Span s = trimmed(untrimmed);
    auto end = comment_end(s.end_byte);
    if (!starts_line(s) || !end) return replace(s.begin_byte, s.end_byte, "");
    size_t past = line_end(*end);
    return replace(line_start(s.begin_byte), past < text_.size() ? past + 1 : past, "");
  }

  // `inner` in place of `whole`, its lines moved from inner's indentation to whole's. A construct
  // that does not start its line (`} else if (flag) {`) keeps the body with its delimiters instead.
  Replacement unwrap(const Span& untrimmed, const Span& inner, const Span& body) const {
    Span whole = trimmed(untrimmed);
    if (!starts_line(whole)) return replace(whole.begin_byte, whole.end_byte, std::string(slice(body)));
    if (blank(slice(inner))) return remove(whole);
    std::string_view indent_whole = slice(line_start(whole.begin_byte), whole.begin_byte);
    size_t inner_line = line_start(inner.begin_byte);
    std::string_view indent_inner = starts_line(inner) ? slice(inner_line, inner.begin_byte) : std::string_view();
    std::string out;
    std::string_view rest = slice(inner);
    for (bool first = true;; first = false) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      if (!first) {
        size_t strip = 0;
        while (strip < line.size() && strip < indent_inner.size() && line[strip] == indent_inner[strip]) ++strip;
        line.remove_prefix(strip);
        if (!blank(line)) out += indent_whole;
      }
      out += line;
      if (nl == std::string_view::npos) break;
      out += '\n';
      rest.remove_prefix(nl + 1);
    }
    // A comment after the construct's last line (`} // end legacy`) described the removed code.
    return replace(whole.begin_byte, comment_end(whole.end_byte).value_or(whole.end_byte), std::move(out));
  }

  void emit(const Span& anchor, std::string flag, std::vector<Replacement> replacements) {
    if (flag.empty() || replacements.empty()) return;
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.deleted.begin_byte < b.deleted.begin_byte; });
    out_.push_back({anchor, std::move(flag), std::move(replacements)});
  }

  void plan(const model::Construct& c) {
    size_t first = 0;
    std::string flag;
    while (first < c.arms.size() && truth(c.arms[first].cond) == false) {
      if (flag.empty()) flag = settled_key(c.arms[first].cond);
      ++first;
    }
    if (first == c.arms.size()) return nothing_runs(c, flag);
    const model::Arm& arm = c.arms[first];
    std::optional<bool> holds = truth(arm.cond);
    if (holds == true) {
      if (flag.empty()) flag = settled_key(arm.cond);
      return arm_runs(c, arm, flag);
    }
    // The first possible arm is unknown: later arms that are certainly false go, and everything
    // after one that is certainly taken; the unknown conditions may still simplify.
    std::vector<Replacement> edits;
    for (size_t i = first + 1; i < c.arms.size(); ++i) {
      std::optional<bool> later = truth(c.arms[i].cond);
      if (later == std::nullopt) continue;
      if (flag.empty()) flag = settled_key(c.arms[i].cond);
      if (later == false && c.arms[i].cond >= 0 && starts_line(c.arms[i].clause)) {
        edits.push_back(remove(c.arms[i].clause));
        continue;
      }
      if (later == true && i + 1 < c.arms.size() && starts_line(c.arms[i + 1].clause)) {
        const Span& from = c.arms[i + 1].clause;
        edits.push_back(remove(lines_.span(from.begin_byte, c.arms.back().clause.end_byte)));
      }
      break;
    }
    emit(c.whole, flag, std::move(edits));
    for (const auto& unknown : c.arms) {
      if (truth(unknown.cond) == std::nullopt) simplify(unknown.cond, c.whole);
    }
  }

  void nothing_runs(const model::Construct& c, const std::string& flag) {
    if (c.kind == model::ConstructKind::Guard || c.kind == model::ConstructKind::Ternary) {
      if (c.statement) emit(c.whole, flag, {remove(*c.statement)});
      return;
    }
    if (starts_line(c.whole)) emit(c.whole, flag, {remove(c.whole)});
  }

  void arm_runs(const model::Construct& c, const model::Arm& arm, const std::string& flag) {
    switch (c.kind) {
      case model::ConstructKind::Loop: return;  // a loop that always runs stays a loop
      case model::ConstructKind::Ternary:
      case model::ConstructKind::Guard:
        return emit(c.whole, flag, {replace(c.whole.begin_byte, c.whole.end_byte, std::string(slice(arm.body)))});
      case model::ConstructKind::IfChain: break;
    }
    std::vector<Replacement> edits{unwrap(c.whole, arm.inner, arm.body)};
    // The taken arm always leaves the block: the rest of the block never runs.
    if (arm.exits && c.after && starts_line(c.whole)) {
      size_t end = trimmed(*c.after).end_byte;
      edits.push_back(replace(trimmed(c.whole).end_byte, comment_end(end).value_or(end), ""));
    }
    emit(c.whole, flag, std::move(edits));
  }

  static bool inside(const Span& inner, const Span& outer) {
    return inner.end_byte > inner.begin_byte && inner.begin_byte >= outer.begin_byte && inner.end_byte <= outer.end_byte;
  }

  // `flag && x` with the flag true, `flag || x` with it false: the condition is `x`. Top-down; what
  // simplifies inside the kept operand is found when the caller plans again on the result.
  void simplify(int cond, const Span& within) {
    if (cond < 0) return;
    const auto& node = file_.conditions[cond];
    if (node.op == CondOp::Not) return simplify(node.lhs, within);
    if (node.op != CondOp::And && node.op != CondOp::Or) return;
    bool neutral = node.op == CondOp::And;
    for (auto [known, other] : {std::pair{node.lhs, node.rhs}, {node.rhs, node.lhs}}) {
      if (truth(known) != neutral || truth(other) != std::nullopt) continue;
      const Span& keep = file_.conditions[other].span;
      std::string flag = settled_key(known);
      if (flag.empty() || !inside(node.span, within) || !inside(keep, node.span)) continue;
      return emit(node.span, flag, {replace(node.span.begin_byte, node.span.end_byte, std::string(slice(keep)))});
    }
    simplify(node.lhs, within);
    simplify(node.rhs, within);
  }

  const model::FileModel& file_;
  std::string_view text_;
  const evaluate::SettledFlags& flags_;
  support::LineIndex lines_;
  const std::vector<std::string_view>& line_comments_;
  std::vector<PlannedFix> out_;
};

}  // namespace

std::vector<PlannedFix> plan_fixes(const model::FileModel& file, std::string_view text,
                                   const evaluate::SettledFlags& flags,
                                   const std::vector<std::string_view>& line_comments) {
  return Planner(file, text, flags, line_comments).run();
}

std::string apply_replacements(std::string_view text, std::vector<model::Replacement> replacements) {
  std::sort(replacements.begin(), replacements.end(), [](const model::Replacement& a, const model::Replacement& b) {
    return a.deleted.begin_byte > b.deleted.begin_byte;
  });
  std::string out(text);
  for (const auto& r : replacements) {
    out.replace(r.deleted.begin_byte, r.deleted.end_byte - r.deleted.begin_byte, r.inserted);
  }
  return out;
}

}  // namespace flagdebt::edits
