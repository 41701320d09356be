#include "findings/suppressions.h"

#include <fmt/format.h>

#include <algorithm>

namespace flagdebt::findings {
namespace {

constexpr std::string_view kMarker = "flagdebt:";

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Whether the text before the marker on its line ends with a comment opener (and white space).
bool opens_comment(std::string_view before, const CommentSyntax& syntax) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  for (auto token : syntax.line_comments) {
    if (before.ends_with(token)) return true;
  }
  return !syntax.block_comment.empty() && before.ends_with(syntax.block_comment.front());
}

std::vector<std::string> rule_list(std::string_view ids) {
  std::vector<std::string> rules;
  while (!ids.empty()) {
    size_t comma = ids.find(',');
    auto id = trimmed(ids.substr(0, comma));
    if (!id.empty()) rules.emplace_back(id);
    ids = comma == std::string_view::npos ? std::string_view{} : ids.substr(comma + 1);
  }
  return rules;
}

}  // namespace

std::vector<Suppression> find_suppressions(std::string_view text, const support::LineIndex& lines,
                                           const CommentSyntax& syntax) {
  std::vector<Suppression> found;
  for (size_t at = text.find(kMarker); at != std::string_view::npos; at = text.find(kMarker, at + 1)) {
    auto point = lines.point_at(static_cast<uint32_t>(at));
    std::string_view line = lines.line_text(point.line);
    size_t in_line = at - static_cast<size_t>(line.data() - text.data());
    if (!opens_comment(line.substr(0, in_line), syntax)) continue;
    std::string_view rest = trimmed(line.substr(in_line + kMarker.size()));
    if (!rest.starts_with("ignore[")) continue;
    size_t close = rest.find(']');
    if (close == std::string_view::npos) continue;
    std::string_view reason = trimmed(rest.substr(close + 1));
    if (syntax.block_comment.size() == 2) {
      if (size_t end = reason.find(syntax.block_comment[1]); end != std::string_view::npos) {
        reason = trimmed(reason.substr(0, end));
      }
    }
    Suppression s;
    auto end = static_cast<uint32_t>(at + kMarker.size());
    s.where = {static_cast<uint32_t>(at), end, point, {point.line, point.column + static_cast<uint32_t>(kMarker.size())}};
    s.rules = rule_list(rest.substr(7, close - 7));
    s.reason = std::string(reason);
    s.line_text = std::string(trimmed(line));
    found.push_back(std::move(s));
  }
  return found;
}

void apply_suppressions(const std::vector<Suppression>& suppressions, const std::string& path,
                        std::vector<Finding>& findings) {
  std::vector<Finding> unused;
  for (const auto& s : suppressions) {
    for (const auto& rule : s.rules) {
      bool used = false;
      for (auto& f : findings) {
        uint32_t line = f.span.begin.line;
        if (rule_info(f.rule).id != rule || (line != s.where.begin.line && line != s.where.begin.line + 1)) continue;
        f.suppressed = s.reason;
        used = true;
      }
      if (used) continue;
      Finding note;
      note.rule = Rule::UnusedSuppression;
      note.level = rule_info(note.rule).level;
      note.path = path;
      note.span = s.where;
      note.snippet = s.line_text;
      bool known = std::any_of(rule_catalog().begin(), rule_catalog().end(),
                               [&](const RuleInfo& r) { return r.id == rule; });
      note.message = known ? fmt::format("Suppression of '{}' silences no finding on this line or the next", rule)
                           : fmt::format("Suppression names '{}', which is no flagdebt rule", rule);
      unused.push_back(std::move(note));
    }
  }
  std::move(unused.begin(), unused.end(), std::back_inserter(findings));
}

}  // namespace flagdebt::findings
