// Enum-style flag APIs name the flag by a member of the receiver chain, not by an argument:
// Togglz `MyFeatures.NEW_UI.isActive()`, `Features.newUi.isEnabled`, `experiments.newUi().isOn()`.
// A rule's `key_segment: -1` picks the segment just before the method; this file splits a path
// into segments, in one pass (the text comes from scanned code: no backtracking, no regex).
#include <cctype>

#include "sdk_rules/rules.h"

namespace flagdebt::sdk_rules {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string_view> path_segments(std::string_view path) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < path.size(); ++i) {
    char c = path[i];
    if (c == '(' || c == '[' || c == '{' || c == '<') ++depth;
    if ((c == ')' || c == ']' || c == '}' || (c == '>' && (i == 0 || path[i - 1] != '-'))) && depth > 0) --depth;
    if (depth > 0) continue;
    size_t width = c == '.' ? 1 : (path.substr(i, 2) == "::" || path.substr(i, 2) == "->") ? 2 : 0;
    if (width == 0) continue;
    out.push_back(path.substr(start, i - start));
    start = i + width;
    i += width - 1;
  }
  out.push_back(path.substr(start));
  return out;
}

std::optional<std::string_view> segment_name(std::string_view segment) {
  segment = trimmed(segment);
  // Kotlin `!!`, optional chaining `?`, Swift `!`, then an empty call's `()`, in any order.
  for (bool changed = true; changed;) {
    changed = false;
    while (!segment.empty() && (segment.back() == '!' || segment.back() == '?')) segment.remove_suffix(1), changed = true;
    segment = trimmed(segment);
    if (segment.ends_with(")")) {
      auto open = segment.rfind('(');
      if (open == std::string_view::npos || !trimmed(segment.substr(open + 1, segment.size() - open - 2)).empty()) {
        return std::nullopt;  // a call with arguments names no member
      }
      segment = trimmed(segment.substr(0, open));
      changed = true;
    }
  }
  if (segment.empty()) return std::nullopt;
  for (unsigned char c : segment) {
    if (!std::isalnum(c) && c != '_' && c != '$' && c < 0x80) return std::nullopt;
  }
  if (std::isdigit(static_cast<unsigned char>(segment.front()))) return std::nullopt;
  return segment;
}

std::optional<std::string_view> receiver_segment(std::string_view receiver, int index) {
  auto segments = path_segments(receiver);
  if (index >= 0 || static_cast<size_t>(-index) > segments.size()) return std::nullopt;
  return segment_name(segments[segments.size() + index]);
}

}  // namespace flagdebt::sdk_rules
