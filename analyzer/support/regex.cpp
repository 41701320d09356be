#include "support/regex.h"

#include <re2/re2.h>

namespace flagdebt::support {

struct Regex::Impl {
  Impl(std::string_view pattern, const RE2::Options& options) : re(re2::StringPiece(pattern.data(), pattern.size()), options) {}
  RE2 re;
};

namespace {

re2::StringPiece piece(std::string_view text) { return {text.data(), text.size()}; }

}  // namespace

std::expected<Regex, std::string> Regex::compile(std::string_view pattern, Options options) {
  RE2::Options re2_options;
  re2_options.set_case_sensitive(options.case_sensitive);
  if (options.bytes) re2_options.set_encoding(RE2::Options::EncodingLatin1);
  // Errors come back as values with the rule's file:line; RE2 must not also print them, nor
  // its "DFA out of memory" notes on huge texts (it falls back to a slower linear engine).
  re2_options.set_log_errors(false);
  auto impl = std::make_shared<const Impl>(pattern, re2_options);
  if (!impl->re.ok()) return std::unexpected(impl->re.error());
  return Regex(std::move(impl));
}

bool Regex::search(std::string_view text) const { return RE2::PartialMatch(piece(text), impl_->re); }

bool Regex::matches_at(std::string_view text, size_t offset) const {
  return offset <= text.size() && impl_->re.Match(piece(text), offset, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

std::optional<Regex::Match> Regex::find(std::string_view text, size_t from) const {
  if (from > text.size()) return std::nullopt;
  std::vector<re2::StringPiece> found(static_cast<size_t>(group_count()) + 1);
  if (!impl_->re.Match(piece(text), from, text.size(), RE2::UNANCHORED, found.data(), static_cast<int>(found.size()))) {
    return std::nullopt;
  }
  Match match;
  match.offset = static_cast<size_t>(found[0].data() - text.data());
  for (const auto& group : found) {
    if (group.data() == nullptr) match.groups.emplace_back(std::nullopt);
    else match.groups.emplace_back(std::string_view(group.data(), group.size()));
  }
  return match;
}

int Regex::group_count() const { return impl_->re.NumberOfCapturingGroups(); }

}  // namespace flagdebt::support
