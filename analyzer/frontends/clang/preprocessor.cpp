#include "frontends/clang/preprocessor.h"

#include <algorithm>
#include <charconv>

namespace flagdebt::frontends::clangfe {
namespace {

bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A backslash-newline at `i` (also backslash, CR, LF): its length, else 0.
size_t continuation_at(std::string_view t, size_t i) {
  if (i >= t.size() || t[i] != '\\') return 0;
  if (i + 1 < t.size() && t[i + 1] == '\n') return 2;
  if (i + 2 < t.size() && t[i + 1] == '\r' && t[i + 2] == '\n') return 3;
  return 0;
}

// Skips a quoted literal starting at the quote `t[i]`; stops at the closing quote or the line's end.
size_t skip_quoted(std::string_view t, size_t i) {
  char quote = t[i++];
  while (i < t.size()) {
    if (size_t k = continuation_at(t, i)) {
      i += k;
      continue;
    }
    char c = t[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '\n') return i;
    ++i;
    if (c == quote) return i;
  }
  return t.size();
}

// R"delim( ... )delim": `i` at the opening quote.
size_t skip_raw(std::string_view t, size_t i) {
  size_t open = t.find('(', i + 1);
  if (open == std::string_view::npos || open - i - 1 > 16) return skip_quoted(t, i);
  std::string close(1, ')');
  close.append(t.substr(i + 1, open - i - 1)).push_back('"');
  size_t end = t.find(close, open + 1);
  return end == std::string_view::npos ? t.size() : end + close.size();
}

// Skips an identifier or pp-number; a literal prefix (L"", u8'', R"()") takes its literal along.
size_t skip_word(std::string_view t, size_t i) {
  size_t start = i;
  if (is_digit(t[i]) || t[i] == '.') {
    ++i;
    while (i < t.size()) {
      char c = t[i];
      if ((c == '+' || c == '-') && std::string_view("eEpP").find(t[i - 1]) != std::string_view::npos) {
        ++i;
      } else if (is_ident_char(c) || c == '.' || (c == '\'' && i + 1 < t.size() && is_ident_char(t[i + 1]))) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }
  while (i < t.size() && is_ident_char(t[i])) ++i;
  if (i < t.size() && (t[i] == '"' || t[i] == '\'')) {
    std::string_view word = t.substr(start, i - start);
    if (t[i] == '"' && word.ends_with('R') && (word == "R" || word == "LR" || word == "uR" || word == "UR" || word == "u8R")) {
      return skip_raw(t, i);
    }
    if (word == "L" || word == "u" || word == "U" || word == "u8") return skip_quoted(t, i);
  }
  return i;
}

// The end of the logical line from `i` (continuations, comments and literals understood): the
// position of its line break, or the text's end.
size_t logical_line_end(std::string_view t, size_t i) {
  while (i < t.size()) {
    if (size_t k = continuation_at(t, i)) {
      i += k;
      continue;
    }
    char c = t[i];
    if (c == '\n') return i;
    if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      size_t end = t.find("*/", i + 2);
      i = end == std::string_view::npos ? t.size() : end + 2;
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '/') {
      size_t end = t.find('\n', i);
      return end == std::string_view::npos ? t.size() : end;
    } else if (c == '"' || c == '\'') {
      i = skip_quoted(t, i);
    } else {
      ++i;
    }
  }
  return t.size();
}

std::optional<DirectiveKind> kind_of(std::string_view name) {
  static constexpr std::pair<std::string_view, DirectiveKind> kNames[] = {
      {"if", DirectiveKind::If},           {"ifdef", DirectiveKind::Ifdef},     {"ifndef", DirectiveKind::Ifndef},
      {"elif", DirectiveKind::Elif},       {"elifdef", DirectiveKind::Elifdef}, {"elifndef", DirectiveKind::Elifndef},
      {"else", DirectiveKind::Else},       {"endif", DirectiveKind::Endif},
  };
  for (auto [text, kind] : kNames) {
    if (text == name) return kind;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- #if expressions

struct Token {
  enum Kind { Ident, Number, Punct, Other, End } kind = End;
  std::string_view text;
  uint32_t begin = 0;
};

std::vector<Token> tokenize(std::string_view t, size_t begin, size_t end) {
  std::vector<Token> out;
  size_t i = begin;
  while (i < end) {
    if (size_t k = continuation_at(t, i)) {
      i += k;
      continue;
    }
    char c = t[i];
    if (is_blank(c) || c == '\n') {
      ++i;
    } else if (c == '/' && i + 1 < end && t[i + 1] == '*') {
      size_t close = t.find("*/", i + 2);
      i = close == std::string_view::npos ? end : close + 2;
    } else if (c == '/' && i + 1 < end && t[i + 1] == '/') {
      break;
    } else if (is_ident_start(c) || is_digit(c)) {
      size_t stop = std::min(end, skip_word(t, i));
      Token::Kind kind = is_digit(c) ? Token::Number : Token::Ident;
      if (kind == Token::Ident && stop < end && !is_ident_char(t[stop - 1])) kind = Token::Other;  // L'x'
      out.push_back({kind, t.substr(i, stop - i), static_cast<uint32_t>(i)});
      i = stop;
    } else if (c == '"' || c == '\'') {
      size_t stop = std::min(end, skip_quoted(t, i));
      out.push_back({Token::Other, t.substr(i, stop - i), static_cast<uint32_t>(i)});
      i = stop;
    } else {
      static constexpr std::string_view kTwo[] = {"&&", "||", "==", "!=", "<=", ">=", "<<", ">>"};
      size_t len = 1;
      for (std::string_view op : kTwo) {
        if (t.substr(i, 2) == op) len = 2;
      }
      out.push_back({Token::Punct, t.substr(i, len), static_cast<uint32_t>(i)});
      i += len;
    }
  }
  return out;
}

// Recursive descent over a #if expression, building condition nodes. Operators flagdebt does not
// model make an unknown node but are parsed, so that the structure around them stays right; a
// malformed expression is unknown as a whole.
class ExprParser {
 public:
  ExprParser(std::vector<Token> tokens, const support::LineIndex& lines, const FlagIndex& flags,
             model::FileModel& model)
      : tokens_(std::move(tokens)), lines_(lines), flags_(flags), model_(model) {}

  int parse() {
    size_t checks = model_.checks.size(), conditions = model_.conditions.size();
    int root = conditional(0);
    if (!failed_ && peek().kind == Token::End) return root;
    model_.checks.resize(checks);  // nothing half-built stays behind
    model_.conditions.resize(conditions);
    return push({});
  }

  int defined_of(const Token& name) {
    const std::string* key = flags_.key_of_alias(name.text);
    if (!key) return push({});
    // true when the flag is decided true; unknown when it is decided false (the macro may be 0 or
    // absent), has another value, or is not decided: Or(check, unknown).
    int check = check_of(*key, name);
    return push({model::CondOp::Or, std::nullopt, -1, check, push({})});
  }

 private:
  static constexpr int kMaxDepth = 100;

  const Token& peek() const {
    static const Token kEnd{};
    return pos_ < tokens_.size() ? tokens_[pos_] : kEnd;
  }
  bool accept(std::string_view punct) {
    if (peek().kind == Token::Punct && peek().text == punct) {
      ++pos_;
      return true;
    }
    return false;
  }
  int push(model::CondNode node) {
    model_.conditions.push_back(std::move(node));
    return static_cast<int>(model_.conditions.size() - 1);
  }
  int unknown() { return push({}); }
  int check_of(const std::string& key, const Token& at) {
    uint32_t begin = at.begin, end = at.begin + static_cast<uint32_t>(at.text.size());
    model_.checks.push_back({key, model::Returns::Value, std::nullopt, lines_.span(begin, end)});
    return push({model::CondOp::Check, std::nullopt, static_cast<int>(model_.checks.size() - 1)});
  }

  int conditional(int depth) {
    if (depth > kMaxDepth) {
      failed_ = true;
      return unknown();
    }
    int cond = logical_or(depth);
    if (accept("?")) {
      conditional(depth + 1);
      if (!accept(":")) failed_ = true;
      conditional(depth + 1);
      return unknown();
    }
    return cond;
  }
  int logical_or(int depth) {
    int lhs = logical_and(depth);
    while (accept("||")) lhs = push({model::CondOp::Or, std::nullopt, -1, lhs, logical_and(depth)});
    return lhs;
  }
  int logical_and(int depth) {
    int lhs = bitwise(depth);
    while (accept("&&")) lhs = push({model::CondOp::And, std::nullopt, -1, lhs, bitwise(depth)});
    return lhs;
  }
  int bitwise(int depth) {
    int lhs = equality(depth);
    bool other = false;
    while (accept("|") || accept("^") || accept("&")) {
      equality(depth);
      other = true;
    }
    return other ? unknown() : lhs;
  }
  int equality(int depth) {
    int lhs = arithmetic(depth);
    for (;;) {
      if (accept("==")) {
        lhs = push({model::CondOp::Eq, std::nullopt, -1, lhs, arithmetic(depth)});
      } else if (accept("!=")) {
        lhs = push({model::CondOp::Ne, std::nullopt, -1, lhs, arithmetic(depth)});
      } else {
        return lhs;
      }
    }
  }
  // Relational, shift, additive and multiplicative operators: parsed, never modelled.
  int arithmetic(int depth) {
    int lhs = unary(depth);
    bool other = false;
    for (;;) {
      bool any = false;
      for (std::string_view op : {"<", ">", "<=", ">=", "<<", ">>", "+", "-", "*", "/", "%"}) {
        if (accept(op)) {
          any = true;
          break;
        }
      }
      if (!any) break;
      unary(depth);
      other = true;
    }
    return other ? unknown() : lhs;
  }
  int unary(int depth) {
    if (depth > kMaxDepth) {
      failed_ = true;
      return unknown();
    }
    if (accept("!")) return push({model::CondOp::Not, std::nullopt, -1, unary(depth + 1)});
    if (accept("-") || accept("+") || accept("~")) {
      unary(depth + 1);
      return unknown();
    }
    return primary(depth + 1);
  }
  int primary(int depth) {
    const Token token = peek();
    if (accept("(")) {
      int inner = conditional(depth);
      if (!accept(")")) failed_ = true;
      return inner;
    }
    if (token.kind == Token::Number) {
      ++pos_;
      return number(token.text);
    }
    if (token.kind == Token::Ident) {
      ++pos_;
      if (token.text == "defined") {
        bool paren = accept("(");
        const Token name = peek();
        if (name.kind != Token::Ident) {
          failed_ = true;
          return unknown();
        }
        ++pos_;
        if (paren && !accept(")")) failed_ = true;
        return defined_of(name);
      }
      if (token.text == "true") return push({model::CondOp::Const, model::Value{true}});
      if (token.text == "false") return push({model::CondOp::Const, model::Value{false}});
      if (accept("(")) {  // a function-like macro, __has_include(...), __has_feature(...): unknown
        for (int nesting = 1; nesting > 0 && peek().kind != Token::End; ++pos_) {
          if (peek().kind == Token::Punct && peek().text == "(") ++nesting;
          if (peek().kind == Token::Punct && peek().text == ")") --nesting;
        }
        return unknown();
      }
      if (const std::string* key = flags_.key_of_alias(token.text)) return check_of(*key, token);
      return unknown();
    }
    if (token.kind == Token::Other) {  // a character literal
      ++pos_;
      return unknown();
    }
    failed_ = true;
    return unknown();
  }
  // 0 and 1 are the preprocessor's false and true (a decided flag's macro is 0 or 1); other
  // numbers keep their value, so that `#if LEVEL == 2` can compare with a number flag.
  int number(std::string_view text) {
    std::string digits;
    for (char c : text) {
      if (c != '\'') digits += c;
    }
    while (!digits.empty() && std::string_view("uUlL").find(digits.back()) != std::string_view::npos) digits.pop_back();
    if (digits.size() > 1 && digits[0] == '0') return unknown();  // octal, hex, binary
    long long value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || end != digits.data() + digits.size()) return unknown();
    if (value == 0 || value == 1) return push({model::CondOp::Const, model::Value{value == 1}});
    return push({model::CondOp::Const, model::Value{static_cast<double>(value)}});
  }

  std::vector<Token> tokens_;
  size_t pos_ = 0;
  bool failed_ = false;
  const support::LineIndex& lines_;
  const FlagIndex& flags_;
  model::FileModel& model_;
};

bool mentions_check(const model::FileModel& model, int cond) {
  if (cond < 0) return false;
  const auto& node = model.conditions[cond];
  return node.op == model::CondOp::Check || mentions_check(model, node.lhs) || mentions_check(model, node.rhs);
}

// The end of the arm that runs up to the directive `next`: the line break before `next`'s line.
uint32_t arm_end(std::string_view t, const Directive& next) {
  uint32_t end = next.line_begin;
  if (end > 0 && t[end - 1] == '\n') --end;
  if (end > 0 && t[end - 1] == '\r') --end;
  return end;
}

// The arm's lines between its directive and the next one: the text kept when the arm is taken.
model::Span arm_text(std::string_view t, const Directive& d, const Directive& next, const support::LineIndex& lines) {
  uint32_t begin = d.end_byte;
  if (begin < t.size() && t[begin] == '\r') ++begin;
  if (begin < t.size() && t[begin] == '\n') ++begin;
  uint32_t end = std::max(arm_end(t, next), begin);
  return lines.span(begin, end);
}

}  // namespace

std::vector<Conditional> scan_conditionals(std::string_view t) {
  std::vector<Conditional> done;
  std::vector<Conditional> open;
  std::vector<bool> has_else;
  bool line_start = true;
  size_t i = 0;
  while (i < t.size()) {
    if (size_t k = continuation_at(t, i)) {
      i += k;
      continue;
    }
    char c = t[i];
    if (c == '\n') {
      line_start = true;
      ++i;
      continue;
    }
    if (is_blank(c)) {
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {  // a comment is a space: line_start stays
      size_t end = t.find("*/", i + 2);
      i = end == std::string_view::npos ? t.size() : end + 2;
      continue;
    }
    if (c == '/' && i + 1 < t.size() && t[i + 1] == '/') {
      i = logical_line_end(t, i);
      continue;
    }
    if (c == '#' && line_start) {
      Directive d;
      d.hash_byte = static_cast<uint32_t>(i);
      size_t line_begin = t.rfind('\n', i);
      d.line_begin = line_begin == std::string_view::npos ? 0 : static_cast<uint32_t>(line_begin + 1);
      size_t j = i + 1;
      while (j < t.size() && (is_blank(t[j]) || continuation_at(t, j))) j += continuation_at(t, j) ? continuation_at(t, j) : 1;
      size_t name_end = j;
      while (name_end < t.size() && is_ident_char(t[name_end])) ++name_end;
      size_t end = logical_line_end(t, name_end);
      d.end_byte = static_cast<uint32_t>(end);
      d.expr_begin = static_cast<uint32_t>(name_end);
      i = end;
      line_start = false;
      auto kind = kind_of(t.substr(j, name_end - j));
      if (!kind) continue;
      d.kind = *kind;
      switch (d.kind) {
        case DirectiveKind::If:
        case DirectiveKind::Ifdef:
        case DirectiveKind::Ifndef:
          open.push_back({{d}, {}});
          has_else.push_back(false);
          break;
        case DirectiveKind::Endif:
          if (open.empty()) break;
          open.back().endif = d;
          done.push_back(std::move(open.back()));
          open.pop_back();
          has_else.pop_back();
          break;
        default:  // #elif.., #else
          if (open.empty()) break;
          if (has_else.back()) {  // an arm after #else: a broken conditional, left out
            open.back().arms.clear();
            break;
          }
          if (!open.back().arms.empty()) open.back().arms.push_back(d);
          if (d.kind == DirectiveKind::Else) has_else.back() = true;
          break;
      }
      continue;
    }
    line_start = false;
    if (c == '"' || c == '\'') {
      i = skip_quoted(t, i);
    } else if (is_ident_start(c) || is_digit(c)) {
      i = skip_word(t, i);
    } else {
      ++i;
    }
  }
  std::erase_if(done, [](const Conditional& c) { return c.arms.empty(); });
  std::sort(done.begin(), done.end(),
            [](const Conditional& a, const Conditional& b) { return a.arms.front().hash_byte < b.arms.front().hash_byte; });
  return done;
}

void add_preprocessor_constructs(std::string_view text, const std::vector<Conditional>& conditionals,
                                 const support::LineIndex& lines, const FlagIndex& flags, model::FileModel& model) {
  for (const Conditional& conditional : conditionals) {
    model::Construct construct{model::ConstructKind::IfChain, {}, {}, std::nullopt};
    bool relevant = false;
    for (size_t k = 0; k < conditional.arms.size(); ++k) {
      const Directive& d = conditional.arms[k];
      const Directive& next = k + 1 < conditional.arms.size() ? conditional.arms[k + 1] : conditional.endif;
      int cond = -1;
      if (d.kind != DirectiveKind::Else) {
        auto tokens = tokenize(text, d.expr_begin, d.end_byte);
        bool by_name = d.kind == DirectiveKind::Ifdef || d.kind == DirectiveKind::Ifndef ||
                       d.kind == DirectiveKind::Elifdef || d.kind == DirectiveKind::Elifndef;
        ExprParser parser(by_name ? std::vector<Token>{} : tokens, lines, flags, model);
        if (!by_name) {
          cond = parser.parse();
        } else if (tokens.size() == 1 && tokens[0].kind == Token::Ident) {
          cond = parser.defined_of(tokens[0]);
          if (d.kind == DirectiveKind::Ifndef || d.kind == DirectiveKind::Elifndef) {
            model.conditions.push_back({model::CondOp::Not, std::nullopt, -1, cond});
            cond = static_cast<int>(model.conditions.size() - 1);
          }
        } else {
          model.conditions.push_back({});
          cond = static_cast<int>(model.conditions.size() - 1);
        }
        relevant |= mentions_check(model, cond);
      }
      model::Span region = lines.span(d.hash_byte, std::max(arm_end(text, next), d.end_byte));
      construct.arms.push_back({cond, region, region, false, arm_text(text, d, next, lines)});
    }
    if (!relevant) continue;
    construct.whole = lines.span(conditional.arms.front().hash_byte, conditional.endif.end_byte);
    model.constructs.push_back(std::move(construct));
  }
}

std::vector<uint32_t> directive_lines(const std::vector<Conditional>& conditionals, const support::LineIndex& lines) {
  std::vector<uint32_t> out;
  for (const auto& c : conditionals) {
    for (const auto& d : c.arms) out.push_back(lines.point_at(d.hash_byte).line);
    out.push_back(lines.point_at(c.endif.hash_byte).line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace flagdebt::frontends::clangfe
