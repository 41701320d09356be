#include <xxhash.h>

#include <fmt/format.h>

#include <unordered_map>

#include "findings/finders.h"

namespace flagdebt::findings {
namespace {

// Runs of white space count as one space: re-indenting a line keeps its fingerprint.
std::string normalized(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

void assign_fingerprints(std::vector<Finding>& sorted_findings) {
  std::unordered_map<std::string, int> seen;  // by identity: the n-th finding with the same one
  seen.reserve(sorted_findings.size());
  for (auto& f : sorted_findings) {
    std::string snippet = normalized(f.snippet);
    std::string identity = fmt::format("{}\n{}\n{}\n{}", rule_info(f.rule).id, f.flag, f.path, snippet);
    int occurrence = ++seen[identity];
    f.fingerprint = fmt::format("{:016x}:{}", XXH3_64bits(identity.data(), identity.size()), occurrence);
    std::string content = fmt::format("{}\n{}\n{}", rule_info(f.rule).id, f.flag, snippet);
    f.content_fingerprint = fmt::format("{:016x}:{}", XXH3_64bits(content.data(), content.size()), occurrence);
  }
}

}  // namespace flagdebt::findings
