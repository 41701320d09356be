#pragma once
// Prefilter: a multi-literal search (Hyperscan) that tells, before any parsing, whether a file
// can hold a finding at all: it must contain a flag key, an alias, an SDK method name or a
// retired model name. Cost is flat in the number of literals.
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace flagdebt::prefilter {

class Prefilter {
 public:
  static std::expected<Prefilter, std::string> compile(const std::vector<std::string>& literals);
  Prefilter(Prefilter&&) noexcept;
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

}  // namespace flagdebt::prefilter
