#include <fmt/format.h>

#include <map>

#include "report/formats.h"
#include "support/text.h"

namespace flagdebt::report {
namespace {

const char* colour(findings::Level level) {
  switch (level) {
    case findings::Level::Note: return "\033[1;36m";
    case findings::Level::Warning: return "\033[1;35m";
    case findings::Level::Error: return "\033[1;31m";
  }
  return "";
}

// " (new)" / " (baseline)" against a baseline; " (suppressed: reason)" with --include-suppressed.
std::string marks(const findings::Finding& f) {
  std::string out;
  if (f.baseline == findings::BaselineState::New) out += " (new)";
  if (f.baseline == findings::BaselineState::Unchanged) out += " (baseline)";
  if (f.suppressed) out += " (suppressed: " + support::printable(*f.suppressed) + ")";
  return out;
}

}  // namespace

// Compiler style, one line per finding: path:line:col: level: message [rule]
void write_text(const findings::Report& result, const ReportOptions& options, std::ostream& out) {
  std::map<findings::Level, size_t> counts;
  size_t fixed = 0, baselined = 0;
  fmt::memory_buffer text;  // one write: 10,000 findings as many small stream writes cost more
  for (const auto& f : result.findings) {
    if (f.baseline == findings::BaselineState::Absent) {
      ++fixed;
      continue;
    }
    ++counts[f.level];
    baselined += f.baseline == findings::BaselineState::Unchanged;
    const char* on = options.color ? colour(f.level) : "";
    const char* off = options.color ? "\033[0m" : "";
    const char* bold = options.color ? "\033[1m" : "";
    fmt::format_to(std::back_inserter(text), "{}{}:{}:{}:{} {}{}:{} {} [{}]{}\n", bold, support::printable(f.path), f.span.begin.line,
                       f.span.begin.column, off, on, findings::to_string(f.level), off, support::printable(f.message),
                       findings::rule_info(f.rule).id, marks(f));
    for (size_t i = 0; i < f.context.size(); ++i) {
      fmt::format_to(std::back_inserter(text), "{:>6} | {}\n", f.span.begin.line + i, support::printable(f.context[i]));
    }
    if (f.rule == findings::Rule::DeadBranch && f.span.end.line > f.span.begin.line) {
      fmt::format_to(std::back_inserter(text), "  dead through line {}\n", f.span.end.line);
    }
  }
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  for (const auto& diag : result.notifications) out << support::printable(diag.to_string()) << "\n";
  size_t shown = result.findings.size() - fixed;
  out << fmt::format("{} finding{} ({} warning{}, {} note{}) in {} file{} ({} analysed)", shown,
                     shown == 1 ? "" : "s", counts[findings::Level::Warning],
                     counts[findings::Level::Warning] == 1 ? "" : "s", counts[findings::Level::Note],
                     counts[findings::Level::Note] == 1 ? "" : "s", result.stats.files_discovered,
                     result.stats.files_discovered == 1 ? "" : "s", result.stats.files_parsed);
  if (baselined || fixed) out << fmt::format("; {} in the baseline, {} fixed since", baselined, fixed);
  out << "\n";
}

}  // namespace flagdebt::report
