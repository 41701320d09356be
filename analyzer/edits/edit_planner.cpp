#include "edits/edit_planner.h"

#include <algorithm>
#include <cctype>

#include "edits/chain_text.h"
#include "edits/empty_block.h"
#include "support/line_index.h"

namespace flagdebt::edits {
namespace {

using model::CondOp;
using model::Replacement;
using model::Span;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

class Planner {
 public:
  Planner(const model::FileModel& file, std::string_view text, const evaluate::SettledFlags& flags, const Syntax& syntax)
      : file_(file), text_(text), flags_(flags), lines_(text), syntax_(syntax) {}

  std::vector<PlannedFix> run() {
    for (const auto& construct : file_.constructs) plan(construct);
    // An alias of a settled flag that nothing reads any more (its reads went with the branches
    // they decided in an earlier round) goes with its lines.
    for (const auto& alias : file_.unused_aliases) {
      if (!flags_.contains(alias.key) || !starts_line(alias.statement)) continue;
      // With the statements that fed or declared it (a bare declaration, a field's declaration).
      std::vector<Replacement> gone{remove(alias.statement)};
      for (const auto& also : alias.also) gone.push_back(remove(also));
      bool apart = std::all_of(alias.also.begin(), alias.also.end(), [&](const Span& s) { return starts_line(s); });
      for (size_t i = 1; i < gone.size(); ++i) apart &= gone[i - 1].deleted.end_byte <= gone[i].deleted.begin_byte;
      if (apart) emit(alias.statement, alias.key, std::move(gone));
    }
    // A parameter every call filled with a settled check, read nowhere now: it and the arguments.
    for (const auto& param : file_.unused_parameters) {
      if (!flags_.contains(param.key) || param.elements.empty()) continue;
      std::vector<Replacement> gone;
      for (const auto& element : param.elements) gone.push_back(replace(element.begin_byte, element.end_byte, ""));
      emit(param.elements.front(), param.key, std::move(gone));
    }
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
    for (auto marker : syntax_.line_comments) {
      if (!marker.empty() && rest.starts_with(marker)) return end;
    }
    return std::nullopt;
  }

  // Deletes `s`; when it fills its lines (a trailing comment included), the lines go too.
  Replacement remove(const Span& untrimmed) const {
    Span s = trimmed(untrimmed);
    auto end = comment_end(s.end_byte);
    if (!starts_line(s) || !end) return replace(s.begin_byte, s.end_byte, "");
    size_t begin = line_start(s.begin_byte), past = line_end(*end);
    past = past < text_.size() ? past + 1 : past;
    if (!syntax_.empty_statement.empty() && empties_block(text_, begin, past, syntax_.line_comments)) {
      // The block would be left without a statement: it gets the language's empty one (`pass`).
      std::string_view indent = slice(begin, s.begin_byte);
      bool crlf = past >= 2 && text_[past - 1] == '\n' && text_[past - 2] == '\r';
      std::string eol = past > 0 && text_[past - 1] == '\n' ? (crlf ? "\r\n" : "\n") : "";
      return replace(begin, past, std::string(indent) + std::string(syntax_.empty_statement) + eol);
    }
    return replace(begin, past, "");
  }

  // The arms before `first` never run and `first` continues the chain (`elif c:`, `} else if (c) {`,
  // `elsif c`, `elseif (c)`): everything before its keyword goes and the keyword becomes the
  // chain's opening one (`elif` -> `if`). An else arm counts when its body is an if of its own.
  std::optional<Replacement> promote(const model::Construct& c, size_t first) const {
    if (c.kind != model::ConstructKind::IfChain || first == 0 || first >= c.arms.size()) return std::nullopt;
    const model::Arm& arm = c.arms[first];
    // A sigil before the keywords (`#if` ... `#elif`) is kept as it is.
    size_t sigil = c.whole.begin_byte < text_.size() && std::ispunct(static_cast<unsigned char>(text_[c.whole.begin_byte])) ? 1 : 0;
    if (sigil && slice(arm.clause.begin_byte, arm.clause.begin_byte + 1) != slice(c.whole.begin_byte, c.whole.begin_byte + 1)) return std::nullopt;
    std::string_view opening = word_at(text_, c.whole.begin_byte + sigil);
    std::optional<size_t> body;
    if (arm.cond < 0) body = arm.body.begin_byte;
    auto end = continuing_keyword_end(text_, arm.clause.begin_byte + sigil, body, opening);
    if (!end) return std::nullopt;
    return replace(c.whole.begin_byte, *end, std::string(slice(c.whole.begin_byte, c.whole.begin_byte + sigil + opening.size())));
  }

  // Whether the arm's inner part can replace the construct: it has one (a switch case has none
  // when unwrapping it is unsafe) and it does not hold the arm's own pattern (a match arm or `when`
  // entry that is its own body).
  bool has_inner(const model::Arm& arm) const {
    if (arm.inner.end_byte == 0) return false;
    const Span* cond = arm.cond >= 0 ? &file_.conditions[arm.cond].span : nullptr;
    return !cond || cond->end_byte == 0 || cond->begin_byte < arm.inner.begin_byte || cond->end_byte > arm.inner.end_byte;
  }
  static bool same(const Span& a, const Span& b) { return a.begin_byte == b.begin_byte && a.end_byte == b.end_byte; }
  // A case of a switch, a match arm or a `when` entry: an arm that holds its own pattern, or is its
  // own clause without an inner part (an `#elif` arm has one), and goes by itself.
  bool is_case(const model::Construct& c, size_t i) const {
    const model::Arm& arm = c.arms[i];
    if (arm.cond < 0) return false;
    if (arm.case_arm || same(file_.conditions[arm.cond].span, arm.body)) return true;
    return same(arm.clause, arm.body) && arm.inner.end_byte == 0 && !(i == 0 && arm.clause.begin_byte == c.whole.begin_byte);
  }
  // A case, or a match arm or `when` entry (its `else` too): an arm that is its own clause.
  bool own_pattern(const model::Construct& c, size_t i) const {
    return c.arms[i].case_arm || is_case(c, i) || same(c.arms[i].clause, c.arms[i].body);
  }
  // A dead case goes only when the construct has a default: then removing a case cannot make a
  // match non-exhaustive (`match b { true => .., false => .. }`).
  bool case_may_go(const model::Construct& c, size_t i) const {
    return is_case(c, i) && starts_line(c.arms[i].body) && c.arms.back().cond < 0;
  }

  size_t skip_back_blanks(size_t at, size_t floor, bool newlines) const {
    while (at > floor && (text_[at - 1] == ' ' || text_[at - 1] == '\t' || (newlines && std::isspace(static_cast<unsigned char>(text_[at - 1]))))) --at;
    return at;
  }

  // Where the code before a body ends: before the blanks and the opening brace that lead to it
  // (a body may be a block with its braces, or, in some grammars, the statements inside them).
  size_t before_body(size_t body, size_t floor) const {
    size_t at = skip_back_blanks(body, floor, true);
    if (at > floor && text_[at - 1] == '{' && at != body) return skip_back_blanks(at - 1, floor, true);
    return at;
  }

  // A construct inside a line (`} else if (flag) {...} else {...}`, `x = if (flag) a else b`).
  // As the value of an assignment, the value alone if it is one expression on one line
  // (`let x = if c { 1 } else { 2 };` -> `let x = 1;`). After a word (`else`, `return`), the text
  // around the kept arm goes and its braces and spacing stay (Allman braces stay on their own line):
  // before it, the construct's opening up to its body (`if (flag)`) or up to the kept arm's keyword
  // (`if (dead) {...} else`); after it, the following arms. Otherwise the body replaces it.
  std::optional<Replacement> in_place(const model::Construct& c, size_t index) const {
    const model::Arm& arm = c.arms[index];
    Span whole = trimmed(c.whole);
    size_t begin = skip_back_blanks(whole.begin_byte, line_start(whole.begin_byte), false);
    std::string_view before = slice(line_start(whole.begin_byte), begin);
    std::string_view value = slice(arm.inner);
    bool assigned = before.ends_with('=') && !before.ends_with("==");
    if (assigned && !blank(value) && value.size() < slice(arm.body).size() && value.find_first_of(";\n") == std::string_view::npos) {
      return replace(whole.begin_byte, whole.end_byte, std::string(value));
    }
    if (before.empty() || !std::isalnum(static_cast<unsigned char>(before.back()))) {
      return replace(whole.begin_byte, whole.end_byte, std::string(slice(arm.body)));
    }
    size_t keep_from = before_body(arm.body.begin_byte, whole.begin_byte);
    if (index > 0) {
      // Keep the arm's keyword: the word just before its body.
      while (keep_from > whole.begin_byte && std::isalnum(static_cast<unsigned char>(text_[keep_from - 1]))) --keep_from;
      std::string_view keyword = word_at(text_, keep_from);
      if (keyword.empty()) return std::nullopt;
      keep_from += keyword.size();
    }
    size_t keep_to = whole.end_byte;
    if (index + 1 < c.arms.size()) {
      // Up to the next arm's keyword, without it.
      size_t next = before_body(c.arms[index + 1].body.begin_byte, arm.body.end_byte);
      while (next > arm.body.end_byte && std::isalnum(static_cast<unsigned char>(text_[next - 1]))) --next;
      keep_to = skip_back_blanks(next, arm.body.end_byte, true);
      if (word_at(text_, next).empty() || c.arms[index + 1].clause.begin_byte < arm.body.end_byte) return std::nullopt;
    }
    if (keep_to < keep_from) return std::nullopt;
    return replace(begin, whole.end_byte, std::string(slice(keep_from, keep_to)));
  }

  // A switch used as a value (`css = switch (t) { case "a" -> "a.css"; ... };`, `t switch {...}`,
  // `return match ...`): the taken case's value in its place, when it is one expression on one line
  // (a trailing `;` of a Java rule left out) and the switch is a whole operand of an assignment,
  // `return`, an argument or a list, where no operator around it could bind tighter.
  std::optional<Replacement> case_value(const model::Construct& c, const model::Arm& arm) const {
    Span whole = trimmed(c.whole);
    std::string_view value = slice(arm.inner);
    if (value.ends_with(';')) value.remove_suffix(1);
    // A block that is a value (Rust's `{ a(); 1 }`; the model gives a block with its braces only
    // then) moves with its lines, from the arm's indentation to the construct's.
    bool block = value.size() > 1 && value.front() == '{' && value.back() == '}' && arm.inner.end_byte <= arm.body.end_byte &&
                 slice(arm.inner.end_byte, arm.body.end_byte).find_first_not_of(", \t") == std::string_view::npos;
    if (blank(value) || (!block && value.find_first_of(";\n") != std::string_view::npos)) return std::nullopt;
    std::string_view before = slice(line_start(whole.begin_byte), skip_back_blanks(whole.begin_byte, line_start(whole.begin_byte), false));
    bool opens = before.ends_with('(') || before.ends_with(',') || before.ends_with("return") ||
                 (before.ends_with('=') && !before.ends_with("==") && !before.ends_with("!=") &&
                  !before.ends_with("<=") && !before.ends_with(">="));
    if (before.ends_with("return") && before.size() > 6 && std::isalnum(static_cast<unsigned char>(before[before.size() - 7]))) opens = false;
    size_t next = text_.find_first_not_of(" \t", whole.end_byte);
    bool closes = next == std::string_view::npos || std::string_view(";,)\r\n").find(text_[next]) != std::string_view::npos;
    if (!opens || !closes) return std::nullopt;
    return replace(whole.begin_byte, whole.end_byte, block ? moved(value, whole) : std::string(value));
  }

  // `value`'s lines after its first moved from the indentation of the line `value` starts on to
  // that of the line `to` starts on.
  std::string moved(std::string_view value, const Span& to) const {
    auto indent_of = [&](size_t at) {
      std::string_view head = slice(line_start(at), at);
      return head.substr(0, head.find_first_not_of(" \t"));
    };
    std::string_view from_indent = indent_of(static_cast<size_t>(value.data() - text_.data())), to_indent = indent_of(to.begin_byte);
    std::string out;
    for (size_t nl; (nl = value.find('\n')) != std::string_view::npos;) {
      out.append(value.substr(0, nl + 1));
      value.remove_prefix(nl + 1);
      if (value.starts_with(from_indent)) out.append(to_indent), value.remove_prefix(from_indent.size());
    }
    return out.append(value);
  }

  // `inner` in place of `whole` (a construct that starts its line), its lines moved from inner's
  // indentation to whole's.
  Replacement unwrap(const Span& untrimmed, const Span& inner) const {
    Span whole = trimmed(untrimmed);
    if (blank(slice(inner))) return remove(whole);
    std::string_view indent_whole = slice(line_start(whole.begin_byte), whole.begin_byte);
    size_t inner_line = line_start(inner.begin_byte);
    // An inner part that does not start its line (a kept `{ ... }` block) moves with its line.
    std::string_view line_head = slice(inner_line, inner.begin_byte);
    std::string_view indent_inner = starts_line(inner) ? line_head : line_head.substr(0, line_head.find_first_not_of(" \t"));
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
    std::optional<Replacement> promoted = promote(c, first);
    if (holds == true && has_inner(arm) && !(promoted && arm.cond < 0)) {
      if (flag.empty()) flag = settled_key(arm.cond);
      // A case that cannot stand in for its switch where it is (a value in a larger expression)
      // still loses its dead cases below.
      if (arm_runs(c, first, flag) || !own_pattern(c, first)) return;
    }
    // The first possible arm is unknown (or an else that is an if of its own, or a switch case,
    // whose statements the model does not give yet): the dead arms before it go, later arms that
    // are certainly false go, and everything after one that is certainly taken; the unknown
    // conditions may still simplify.
    std::vector<Replacement> edits;
    if (promoted) edits.push_back(*promoted);
    for (size_t i = 0; i < first && !promoted; ++i) {
      // A case of a switch stands alone and goes by itself; an if-chain's dead arms stay when its
      // next arm cannot take the chain's keyword.
      if (case_may_go(c, i)) edits.push_back(remove(c.arms[i].body));
    }
    for (size_t i = holds == true ? first : first + 1; i < c.arms.size(); ++i) {
      std::optional<bool> later = truth(c.arms[i].cond);
      if (later == std::nullopt) continue;
      if (flag.empty()) flag = settled_key(c.arms[i].cond);
      if (later == false && is_case(c, i)) {
        if (case_may_go(c, i)) edits.push_back(remove(c.arms[i].body));
        continue;
      }
      if (later == false && c.arms[i].cond >= 0 && starts_line(c.arms[i].clause)) {
        edits.push_back(remove(c.arms[i].clause));
        continue;
      }
      // `} elseif (dead) { ... } else {`: up to the next arm's keyword, when the arms follow each
      // other (not when the next arm is inside this one, as Java's nested `else if`).
      if (later == false && c.arms[i].cond >= 0 && i + 1 < c.arms.size() &&
          c.arms[i + 1].clause.begin_byte >= c.arms[i].clause.end_byte) {
        edits.push_back(replace(c.arms[i].clause.begin_byte, c.arms[i + 1].clause.begin_byte, ""));
        continue;
      }
      if (later == true && (!has_inner(c.arms[i]) || own_pattern(c, i))) {
        // A switch case that could not replace its switch: the later cases go, the default stays
        // (a function may need it to end in a return, a match to be exhaustive).
        for (size_t j = i + 1; j < c.arms.size(); ++j) {
          if (case_may_go(c, j)) edits.push_back(remove(c.arms[j].body));
        }
        break;
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

  // Whether it planned an edit.
  bool arm_runs(const model::Construct& c, size_t index, const std::string& flag) {
    size_t before = out_.size();
    arm_runs_into(c, index, flag);
    return out_.size() > before;
  }

  void arm_runs_into(const model::Construct& c, size_t index, const std::string& flag) {
    const model::Arm& arm = c.arms[index];
    switch (c.kind) {
      case model::ConstructKind::Loop: return;  // a loop that always runs stays a loop
      case model::ConstructKind::Ternary:
      case model::ConstructKind::Guard:
        return emit(c.whole, flag, {replace(c.whole.begin_byte, c.whole.end_byte, std::string(slice(arm.body)))});
      case model::ConstructKind::IfChain: break;
    }
    if (c.continues_chain && starts_line(c.whole)) {
      // `elsif dead ... else kept`: the else stays an else of the outer chain.
      if (index > 0 && arm.cond < 0) return emit(c.whole, flag, {replace(c.whole.begin_byte, arm.clause.begin_byte, "")});
      // `elsif taken \n a else b`: the taken arm becomes the chain's else, with the keyword the
      // chain's own else is written with; without an else to borrow it from, left as is.
      const model::Arm& last = c.arms.back();
      if (index > 0 || arm.cond < 0 || last.cond >= 0 || c.arms.size() < 2) return;
      std::string_view keyword = word_at(text_, last.clause.begin_byte);
      const Span& cond = file_.conditions[arm.cond].span;
      size_t code = std::min(text_.find_first_not_of(" \t\r\n", arm.body.begin_byte), text_.size());
      std::string_view gap = cond.end_byte <= code ? slice(cond.end_byte, code) : std::string_view();
      // Only a line break between the condition and the body (`elsif c then x` stays).
      if (keyword.empty() || cond.end_byte <= c.whole.begin_byte || gap.find('\n') == std::string_view::npos ||
          gap.find_first_not_of(" \t\r\n") != std::string_view::npos) {
        return;
      }
      return emit(c.whole, flag, {replace(c.whole.begin_byte, cond.end_byte, std::string(keyword)),
                                  replace(arm.body.end_byte, trimmed(c.whole).end_byte, "")});
    }
    if (!starts_line(c.whole)) {
      auto kept = own_pattern(c, index) ? case_value(c, arm) : in_place(c, index);
      if (kept) emit(c.whole, flag, {*kept});
      return;
    }
    std::vector<Replacement> edits{unwrap(c.whole, arm.inner)};
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
  const Syntax& syntax_;
  std::vector<PlannedFix> out_;
};

}  // namespace

std::vector<PlannedFix> plan_fixes(const model::FileModel& file, std::string_view text,
                                   const evaluate::SettledFlags& flags,
                                   const Syntax& syntax) {
  return Planner(file, text, flags, syntax).run();
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
