#pragma once
// Prefilter: Hyperscan databases that tell, before any parsing, whether a file can hold a
// finding at all. It holds evidence only: literals (flag keys, aliases, name-template
// expansions, key constants, retired model names) and regex shapes (an SDK call with a string
// literal where the key goes). Ordinary code that merely calls a method named `isEnabled` does
// not pass. Cost is flat in the number of patterns.
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/diag.h"

namespace flagdebt::prefilter {

struct Patterns {
  std::vector<std::string> literals;  // matched byte for byte
  std::vector<std::string> shapes;    // Hyperscan regexes (PCRE subset), matched anywhere
};

class Prefilter {
 public:
  // `cache_dir` (may be empty: no cache) holds serialized databases keyed by a hash of the
  // patterns and the Hyperscan version; a missing, corrupt or unwritable cache means compiling.
  // Literals and shapes are two databases, cached apart: the shapes (rules only) are the slow
  // ones to compile and the same for every repository using the same packs.
  static std::expected<Prefilter, support::Diag> compile(const Patterns& patterns, const std::string& cache_dir = {});
  static std::expected<Prefilter, support::Diag> compile(const std::vector<std::string>& literals) {
    return compile(Patterns{literals, {}});
  }
  // A prefilter that lets every file through (`scan --no-prefilter`).
  static Prefilter pass_all();
  Prefilter(Prefilter&&) noexcept;
  Prefilter& operator=(Prefilter&&) noexcept;
  ~Prefilter();

  // Thread-safe: each thread gets its own scratch space.
  bool might_match(std::string_view text) const;

 private:
  struct Impl;
  explicit Prefilter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The first bytes of a binary file hold a NUL (the same test as git and ripgrep).
bool looks_binary(std::string_view text);

// The user's cache folder for flagdebt: $XDG_CACHE_HOME/flagdebt or ~/.cache/flagdebt; empty
// when neither is known.
std::string default_cache_dir();

}  // namespace flagdebt::prefilter
