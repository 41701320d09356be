#include "discover/glob_match.h"

#include <cctype>

namespace flagdebt::discover {
namespace {

// Besides match / no match, a failed attempt can tell the callers that no later position of an
// enclosing star can succeed either (the text ran out, or a single star would have to cross a
// '/'): this keeps patterns such as `*a*a*a*b` linear instead of exponential.
enum class Result { match, no_match, abort_all, abort_to_double_star };

unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c; }

bool glob_special(unsigned char c) { return c == '*' || c == '?' || c == '[' || c == '\\'; }

bool in_named_class(std::string_view name, unsigned char c, bool fold_case, bool& known) {
  known = true;
  if (name == "alnum") return std::isalnum(c);
  if (name == "alpha") return std::isalpha(c);
  if (name == "blank") return c == ' ' || c == '\t';
  if (name == "cntrl") return std::iscntrl(c);
  if (name == "digit") return std::isdigit(c);
  if (name == "graph") return std::isgraph(c);
  if (name == "lower") return std::islower(c);
  if (name == "print") return std::isprint(c);
  if (name == "punct") return std::ispunct(c);
  if (name == "space") return std::isspace(c);
  if (name == "upper") return std::isupper(c) || (fold_case && std::islower(c));
  if (name == "xdigit") return std::isxdigit(c);
  known = false;
  return false;
}

class Matcher {
 public:
  Matcher(std::string_view pattern, std::string_view text, GlobOptions options)
      : p_(pattern), t_(text), options_(options) {}

  Result run(size_t pi, size_t ti) const {
    for (; pi < p_.size(); ++pi, ++ti) {
      unsigned char pc = p_[pi];
      unsigned char tc = text(ti);
      if (ti >= t_.size() && pc != '*') return Result::abort_all;
      if (options_.fold_case) {
        tc = lower(tc);
        pc = lower(pc);
      }
      switch (pc) {
        case '\\':
          // The escaped character is compared as written (git does not fold it either).
          if (tc != pattern(++pi)) return Result::no_match;
          break;
        case '?':
          if (options_.pathname && tc == '/') return Result::no_match;
          break;
        case '*': {
          bool resume = false;
          Result r = star(pi, ti, resume);
          if (!resume) return r;
          break;
        }
        case '[': {
          Result r = bracket(pi, tc);
          if (r != Result::match) return r;
          break;
        }
        default:
          if (tc != pc) return Result::no_match;
      }
    }
    return ti == t_.size() ? Result::match : Result::no_match;
  }

 private:
  unsigned char pattern(size_t i) const { return i < p_.size() ? p_[i] : '\0'; }
  unsigned char text(size_t i) const { return i < t_.size() ? t_[i] : '\0'; }
  unsigned char folded_text(size_t i) const { return options_.fold_case ? lower(text(i)) : text(i); }

  // A run of stars at pi. Either decides the whole match, or (resume) consumed up to a '/' that
  // the caller's loop steps over.
  Result star(size_t& pi, size_t& ti, bool& resume) const {
    const size_t first = pi;
    ++pi;
    const bool doubled = pattern(pi) == '*';
    while (pattern(pi) == '*') ++pi;
    bool crosses_slash = !options_.pathname;
    if (options_.pathname && doubled) {
      const unsigned char next = pattern(pi);
      const bool after_boundary = first == 0 || p_[first - 1] == '/';
      const bool before_boundary = next == '\0' || next == '/' || (next == '\\' && pattern(pi + 1) == '/');
      if (after_boundary && before_boundary) {
        // `**/` may stand for no directory at all: `a/**/b` matches `a/b`.
        if (next == '/' && run(pi + 1, ti) == Result::match) return Result::match;
        crosses_slash = true;
      }
    }
    if (pi == p_.size()) {
      if (!crosses_slash && t_.find('/', ti) != std::string_view::npos) return Result::no_match;
      return Result::match;
    }
    if (!crosses_slash && p_[pi] == '/') {
      // One star before a slash: the rest of this path segment.
      size_t slash = t_.find('/', ti);
      if (slash == std::string_view::npos) return Result::no_match;
      ti = slash;
      resume = true;
      return Result::match;
    }
    for (size_t k = ti;; ++k) {
      if (k >= t_.size()) return Result::abort_all;
      const unsigned char next = pattern(pi);
      if (!glob_special(next)) {
        // A literal follows: skip to its next occurrence (within the segment for a single star).
        const unsigned char want = options_.fold_case ? lower(next) : next;
        while (k < t_.size() && (crosses_slash || t_[k] != '/') && folded_text(k) != want) ++k;
        if (k >= t_.size() || folded_text(k) != want) return Result::no_match;
      }
      Result r = run(pi, k);
      if (r != Result::no_match) {
        if (!crosses_slash || r != Result::abort_to_double_star) return r;
      } else if (!crosses_slash && t_[k] == '/') {
        return Result::abort_to_double_star;
      }
    }
  }

  // `[...]` at pi against tc; on a match pi is left on the closing ']'.
  Result bracket(size_t& pi, unsigned char tc) const {
    unsigned char c = pattern(++pi);
    if (c == '^') c = '!';
    const bool negated = c == '!';
    if (negated) c = pattern(++pi);
    unsigned char previous = 0;
    bool matched = false;
    do {
      if (c == '\0') return Result::abort_all;
      if (c == '\\') {
        c = pattern(++pi);
        if (c == '\0') return Result::abort_all;
        if (tc == c) matched = true;
      } else if (c == '-' && previous && pattern(pi + 1) && pattern(pi + 1) != ']') {
        c = pattern(++pi);
        if (c == '\\') {
          c = pattern(++pi);
          if (c == '\0') return Result::abort_all;
        }
        if (tc <= c && tc >= previous) {
          matched = true;
        } else if (options_.fold_case && std::islower(tc)) {
          const unsigned char upper = static_cast<unsigned char>(std::toupper(tc));
          if (upper <= c && upper >= previous) matched = true;
        }
        c = 0;  // a range's end does not start another range
      } else if (c == '[' && pattern(pi + 1) == ':') {
        size_t close = pi + 2;
        while (pattern(close) && pattern(close) != ']') ++close;
        if (!pattern(close)) return Result::abort_all;
        if (close == pi + 2 || pattern(close - 1) != ':') {
          if (tc == '[') matched = true;  // not a [:name:]: a literal '['
        } else {
          bool known = false;
          if (in_named_class(p_.substr(pi + 2, close - pi - 3), tc, options_.fold_case, known)) matched = true;
          if (!known) return Result::abort_all;
          pi = close;
          c = 0;
        }
      } else if (tc == c) {
        matched = true;
      }
      previous = c;
      c = pattern(++pi);
    } while (c != ']');
    if (matched == negated || (options_.pathname && tc == '/')) return Result::no_match;
    return Result::match;
  }

  std::string_view p_;
  std::string_view t_;
  GlobOptions options_;
};

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view text, GlobOptions options) {
  return Matcher(pattern, text, options).run(0, 0) == Result::match;
}

}  // namespace flagdebt::discover
