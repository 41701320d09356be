#pragma once
// The patterns of one ignore file (a .gitignore, .git/info/exclude, core.excludesFile, or the
// internal rules), parsed once and matched many times, with gitignore(5)'s reading as git and
// libgit2 apply it: blank lines and `#` comments skipped, `\#` `\!` escapes, trailing spaces
// trimmed unless escaped, `!` negation, a slash at the start or in the middle anchors the pattern
// to the file's directory (otherwise it matches the basename at any depth), a trailing slash
// matches directories only, and the last matching pattern of the file decides.
#include <string>
#include <string_view>
#include <vector>

namespace flagdebt::discover {

enum class IgnoreVerdict { none, ignored, included };

class GitignoreRules {
 public:
  explicit GitignoreRules(bool fold_case = false) : fold_case_(fold_case) {}

  // Adds the patterns of one file's text (parsed on its own, as libgit2 parses each buffer).
  void add(std::string_view text);
  bool empty() const { return patterns_.empty(); }

  // `relative`: the path relative to the ignore file's directory; `basename`: its last segment.
  IgnoreVerdict verdict(std::string_view relative, std::string_view basename, bool is_directory) const;

 private:
  enum class Shape : unsigned char { literal, suffix, glob };
  struct Pattern {
    std::string text;
    bool negative = false;
    bool directory_only = false;
    bool anchored = false;  // matched against the relative path, else against the basename
    Shape shape = Shape::glob;
  };
  bool matches(const Pattern& pattern, std::string_view relative, std::string_view basename) const;

  std::vector<Pattern> patterns_;
  bool fold_case_;
};

}  // namespace flagdebt::discover
