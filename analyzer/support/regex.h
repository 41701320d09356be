#pragma once
// Regex: a compiled pattern from a rule file (receiver hints, registry declarations), matched in
// time linear in the text. Patterns come from scanned repositories and texts can be megabytes
// long, so a backtracking engine (std::regex) is no option: `(a+)+$` or a long line must not
// hang or overflow the stack. RE2 stays behind this header (no third-party type in a module
// header); a compiled Regex is immutable, cheap to copy and safe to share across threads.
#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flagdebt::support {

class Regex {
 public:
  struct Options {
    bool case_sensitive = true;
    // Every byte is one character (RE2's Latin-1 mode), as in Hyperscan without HS_FLAG_UTF8:
    // text that is not valid UTF-8 is matched byte by byte instead of not at all.
    bool bytes = false;
  };

  // One match: groups[0] is the whole match, groups[i] the i-th capture group (nullopt when the
  // group took no part in the match). Views point into the searched text.
  struct Match {
    size_t offset = 0;
    std::vector<std::optional<std::string_view>> groups;
  };

  // RE2 syntax; the error is RE2's own message for a pattern it rejects.
  static std::expected<Regex, std::string> compile(std::string_view pattern, Options options);
  static std::expected<Regex, std::string> compile(std::string_view pattern) { return compile(pattern, Options{}); }

  // Whether the pattern matches anywhere in `text`.
  bool search(std::string_view text) const;
  // Whether the pattern matches text starting exactly at `offset` (anchored there; the match
  // may end anywhere).
  bool matches_at(std::string_view text, size_t offset) const;
  // The leftmost match starting at or after `from`, with its groups.
  std::optional<Match> find(std::string_view text, size_t from) const;
  int group_count() const;

 private:
  struct Impl;
  explicit Regex(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace flagdebt::support
