#pragma once
// Prefilter: one Hyperscan literal database that tells, before any parsing, whether a file can
// hold a finding at all. It holds evidence only: literals (flag keys, aliases, name-template
// expansions, key constants, retired model names) and SDK calls with a string literal where the
// key goes. Ordinary code that merely calls a method named `isEnabled` does not pass. Cost is
// flat in the number of patterns.
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/diag.h"

namespace flagdebt::prefilter {

// An SDK call as evidence (sdk_rules/call_shapes.cpp). Its method name is one more literal of
// the database, and each place it occurs is then checked in place. Hyperscan compiles the built-in
// packs' ~300 method names in ~7 ms; the same shapes as ~770 whole regexes took ~0.6 s of CPU
// (docs/performance.md), which every run without a cache paid.
struct CallShape {
  std::string method;  // matched byte for byte
  // Evidence when a word starts at the method (`\bmethod`) and `after`, an RE2 regex matched on
  // bytes (not UTF-8, as Hyperscan), matches right after it; empty: never. No match of it may
  // hold `;`, `{` or `}`: the prefilter reads an occurrence's `after` only up to the first of them.
  std::string after;
  // Or (key_segment: the key is a member before the method) when the method follows a member:
  // exactly the regex `\w(?:\(\s*\))?[!?]*\s*\.\s*method\b`, checked backwards from the method.
  bool member_before = false;
};

struct Patterns {
  std::vector<std::string> literals;  // matched byte for byte
  std::vector<CallShape> calls;       // several shapes for one method: any of them is evidence
};

class Prefilter {
 public:
  // `cache_dir` (may be empty: no cache) holds the serialized database keyed by a hash of the
  // literals, the call methods and the Hyperscan version; a missing, corrupt or unwritable cache
  // means compiling. A call's `after` is an RE2 regex compiled on every run (well under 1 ms).
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
