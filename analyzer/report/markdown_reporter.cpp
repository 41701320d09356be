// `--format markdown`: the dashboard's numbers for a pull-request comment or a decision log. Every
// string from the scanned repository goes through markdown_escape.
#include <fmt/format.h>

#include "report/formats.h"
#include "support/text.h"

namespace flagdebt::report {
namespace {

using support::markdown_escape;

std::string value_text(const findings::Metric& m) {
  if (!m.value) return "n/a";
  std::string v = fmt::format("{:g}", std::round(*m.value * 10) / 10);
  return m.unit == "%" ? v + "%" : m.unit.empty() ? v : v + " " + m.unit;
}

std::string target_text(const findings::Metric& m) {
  std::string unit = m.unit == "%" ? "%" : m.unit.empty() ? "" : " " + m.unit;
  return fmt::format("{} {:g}{}", m.higher_is_better ? "≥" : "≤", m.target, unit);
}

}  // namespace

void write_markdown(const findings::Report& result, std::ostream& out) {
  const auto& m = result.metrics;
  out << fmt::format("## flagdebt: debt score {:g} / 100\n\n", m.debt_score);
  size_t total = 0;
  for (const auto& [rule, n] : m.rule_counts) total += n;  // merged results carry counts, not findings
  out << fmt::format("_As of {}; 0 is no debt. {} finding{}{}._\n\n", m.as_of, total, total == 1 ? "" : "s",
                     m.repositories > 1 ? fmt::format(" across {} repositories", m.repositories) : "");
  out << "| Metric | Value | Target | Status |\n|---|---:|---:|:---:|\n";
  for (const auto& c : m.metrics) {
    out << fmt::format("| {} | {}{} | {} | {} |\n", markdown_escape(c.label), value_text(c),
                       c.detail.empty() ? "" : " (" + markdown_escape(c.detail) + ")", target_text(c),
                       !c.value ? "–" : c.met() ? "✅" : "❌");
  }
  out << "\n### Findings per rule\n\n| Rule | Count |\n|---|---:|\n";
  for (const auto& rule : findings::rule_catalog()) {
    auto it = m.rule_counts.find(std::string(rule.id));
    if (it != m.rule_counts.end()) out << fmt::format("| `{}` | {} |\n", rule.id, it->second);
  }
  if (m.rule_counts.empty()) out << "| (none) | 0 |\n";
  out << "\n### Flags by owner\n\n| Owner | Flags in debt | Overdue | Dead lines | Overdue flags |\n|---|---:|---:|---:|---|\n";
  for (const auto& o : m.owners) {
    std::string keys;
    for (const auto& k : o.overdue_keys) keys += (keys.empty() ? "" : ", ") + markdown_escape(k);
    out << fmt::format("| {} | {} | {} | {} | {} |\n", markdown_escape(o.owner), o.flags, o.overdue, o.dead_lines, keys);
  }
  out << "\n### Worst offenders\n\n| Flag | Owner | Status | Overdue | References | Dead paths (lines) | First location |\n"
         "|---|---|---|---:|---:|---:|---|\n";
  size_t shown = 0;
  for (const auto& f : m.flags) {
    if (++shown > 10) break;
    std::string where = f.locations.empty() ? "" : fmt::format("{}:{}", markdown_escape(f.locations.front().first),
                                                              f.locations.front().second);
    out << fmt::format("| {} | {} | {} | {} | {} | {} ({}) | {} |\n", markdown_escape(f.key),
                       markdown_escape(f.owner.empty() ? "(no owner)" : f.owner), markdown_escape(f.status),
                       f.days_overdue > 0 ? fmt::format("{} days", f.days_overdue) : "–", f.references, f.dead_paths,
                       f.dead_lines, where);
  }
  if (m.flags.empty()) out << "| (none) | | | | | | |\n";
  if (m.trend.empty()) return;
  out << "\n### Trend\n\n| Point | Commit | Score | Active | Decided, in code | References | Dead lines | Cleanup rate |\n"
         "|---|---|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& p : m.trend) {
    auto rate = p.values.find("cleanup_rate");
    out << fmt::format("| {} | `{}` | {:g} | {:g} | {:g} | {} | {} | {} |\n", markdown_escape(p.date), markdown_escape(p.commit),
                       p.debt_score, p.active_flags, p.decided_still_referenced, p.references, p.dead_lines,
                       rate == p.values.end() ? "–" : fmt::format("{:.0f}%", rate->second));
  }
}

}  // namespace flagdebt::report
