// `flagdebt explain` as text (a terminal) and markdown (a cleanup PR). Both render the same steps;
// every string from the repository or the manifest is escaped by the writer that prints it.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "report/explain_plan.h"
#include "support/text.h"

namespace flagdebt::report {
namespace {

// One thing to change: where (our own text: lines and columns), what to do, and the code quoted
// from the scan (a snippet); `at` orders the steps of a file.
struct Step {
  std::string where;
  std::string action;
  std::string quoted;
  model::Point at;
};

// "lines 11-13", or "line 5, columns 32-50" for a region within one line (columns inclusive).
std::string region_text(const model::Span& span) {
  if (span.begin.line != span.end.line) return fmt::format("lines {}-{}", span.begin.line, span.end.line);
  uint32_t last = span.end.column > span.begin.column ? span.end.column - 1 : span.begin.column;
  return fmt::format("line {}, columns {}-{}", span.begin.line, span.begin.column, last);
}

std::string where_text(const model::Span& span) {
  if (span.begin.line != span.end.line) return fmt::format("{}-{}", span.begin.line, span.end.line);
  return fmt::format("{}:{}", span.begin.line, span.begin.column);
}

// One replacement of the scan's fix (what `flagdebt fix` writes): "delete lines 4-6", or
// "replace 9:5-13:66 with: model = ..." (the first line of the new text).
std::string edit_text(const model::Replacement& r) {
  const model::Span& d = r.deleted;
  std::string what = d.begin.column == 1 && d.end.column == 1 && d.end.line > d.begin.line
                         ? fmt::format("lines {}-{}", d.begin.line, d.end.line - 1)
                         : fmt::format("{}:{}-{}:{}", d.begin.line, d.begin.column, d.end.line, d.end.column);
  if (d.begin.column == 1 && d.end.column == 1 && d.end.line == d.begin.line + 1) what = fmt::format("line {}", d.begin.line);
  if (r.inserted.empty()) return "delete " + what;
  size_t newline = r.inserted.find('\n');
  std::string first = r.inserted.substr(0, newline);
  return "replace " + what + " with: " + first + (newline == std::string::npos ? "" : " ...");
}

std::string dead_action(const findings::Finding& f) {
  std::string action = "delete the dead code, " + region_text(f.span);
  if (f.keep && f.construct) {
    action += fmt::format("; keep {} (the code that runs) in place of the whole construct, {}", region_text(*f.keep),
                          region_text(*f.construct));
  } else if (f.keep) {
    action += "; keep " + region_text(*f.keep);
  }
  if (f.value) action += fmt::format(" (the flag is {})", model::to_display(*f.value));
  for (size_t i = 0; i < f.fixes.size(); ++i) action += (i ? "; " : ". The edit: ") + edit_text(f.fixes[i]);
  return action;
}

bool inside(const model::Span& inner, const model::Span& outer) {
  auto before = [](model::Point a, model::Point b) { return std::tie(a.line, a.column) <= std::tie(b.line, b.column); };
  return before(outer.begin, inner.begin) && before(inner.end, outer.end);
}

// Whether the edit retiring `dead` deletes `ref`: inside a region the fix deletes (the dead code
// without a fix) and not in the code kept.
bool removed_by(const findings::Finding& ref, const findings::Finding& dead) {
  if (dead.keep && inside(ref.span, *dead.keep)) return false;
  if (dead.fixes.empty()) return inside(ref.span, dead.span);
  return std::any_of(dead.fixes.begin(), dead.fixes.end(), [&](const auto& r) { return inside(ref.span, r.deleted); });
}

std::string trimmed(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t");
  return begin == std::string::npos ? "" : text.substr(begin);
}

Step step_of(const findings::Finding& f) {
  std::string at = fmt::format("{}:{}", f.span.begin.line, f.span.begin.column);
  std::string quoted = trimmed(f.snippet);
  switch (f.rule) {
    case findings::Rule::DeadBranch: return {where_text(f.span), dead_action(f), quoted, f.span.begin};
    case findings::Rule::StaleFlagReference:
    case findings::Rule::ArchivedExperimentReference:
      return {at, "reference: replace the check by its value, or delete the name", quoted, f.span.begin};
    case findings::Rule::UndeclaredFlag: return {at, "check of a key no manifest declares", quoted, f.span.begin};
    case findings::Rule::RetiredModelReference:
      return {at, "names a retired model of the flag's experiment", quoted, f.span.begin};
    default: return {at, std::string(findings::rule_info(f.rule).id) + ": " + f.message, "", f.span.begin};
  }
}

std::vector<Step> steps_of(const ExplainedFile& file, const Explanation& e) {
  std::vector<Step> steps;
  if (file.flag_entry) {
    steps.push_back({fmt::format("{}:{}", file.flag_entry->line, file.flag_entry->column),
                     "the flag's entry: set status: removed (or delete it) once the code is gone", "",
                     {file.flag_entry->line, file.flag_entry->column}});
  }
  if (file.experiment_entry && e.experiment) {
    steps.push_back({fmt::format("{}:{}", file.experiment_entry->line, file.experiment_entry->column),
                     "experiment " + e.experiment->id + ": set status: archived once its flags and models are gone", "",
                     {file.experiment_entry->line, file.experiment_entry->column}});
  }
  for (const auto& f : file.findings) {
    Step step = step_of(f);
    // A reference the edit of a dead region removes goes with it: one edit, not two.
    for (const auto& dead : file.findings) {
      if (&dead != &f && dead.rule == findings::Rule::DeadBranch && removed_by(f, dead)) {
        step.action += " (goes with the dead code at " + where_text(dead.span) + ")";
        break;
      }
    }
    steps.push_back(std::move(step));
  }
  std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
    return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
  });
  return steps;
}

const char* kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::Code: return "code";
    case FileKind::Config: return "config";
    case FileKind::Manifest: return "manifest";
  }
  return "";
}

// The flag's facts as label/value pairs (values are repository text).
std::vector<std::pair<std::string, std::string>> facts_of(const Explanation& e) {
  std::vector<std::pair<std::string, std::string>> facts;
  auto join = [](const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); };
  if (e.flag) {
    std::string status = manifest::to_string(e.flag->status);
    if (e.flag->value) status += ", value " + model::to_display(*e.flag->value);
    facts.push_back({"status", status});
    if (!e.flag->owner.empty()) facts.push_back({"owner", e.flag->owner});
    if (e.flag->decided_on) facts.push_back({"decided on", manifest::to_string(*e.flag->decided_on)});
    if (e.flag->cleanup_deadline) facts.push_back({"cleanup deadline", manifest::to_string(*e.flag->cleanup_deadline)});
  } else {
    facts.push_back({"status", "not declared in any manifest"});
  }
  if (e.experiment) {
    std::string exp = e.experiment->id + " (" + (e.experiment->name.empty() ? "" : e.experiment->name + ", ") +
                      manifest::to_string(e.experiment->status) + ")";
    if (!e.experiment->decision.empty()) exp += ": " + e.experiment->decision;
    facts.push_back({"experiment", exp});
  }
  if (!e.aliases.empty()) facts.push_back({"aliases", join(e.aliases)});
  if (!e.constants.empty()) facts.push_back({"key constants", join(e.constants)});
  if (!e.retired_models.empty()) facts.push_back({"retired models", join(e.retired_models)});
  return facts;
}

std::string summary_of(const Explanation& e) {
  std::string summary = fmt::format("{} reference{}, {} dead region{}, {} retired-model reference{} in {} file{}",
                                    e.references, e.references == 1 ? "" : "s", e.dead_regions,
                                    e.dead_regions == 1 ? "" : "s", e.model_references,
                                    e.model_references == 1 ? "" : "s", e.files.size(), e.files.size() == 1 ? "" : "s");
  if (e.flag && !manifest::is_settled(*e.flag)) {
    summary += "; the flag is not decided yet: record the decision (status: decided, value: ...) in the manifest "
               "to see its dead code";
  }
  return summary;
}

}  // namespace

void write_explain_text(const Explanation& e, std::ostream& out) {
  using support::printable;
  out << "Retiring flag '" << printable(e.key) << "'\n";
  for (const auto& [label, value] : facts_of(e)) out << "  " << label << ": " << printable(value) << "\n";
  out << "  to change: " << summary_of(e) << "\n";
  for (const auto& file : e.files) {
    out << "\n" << printable(file.path) << " (" << kind_name(file.kind) << ")\n";
    for (const auto& step : steps_of(file, e)) {
      out << fmt::format("  {:<9} {}\n", step.where, printable(step.action));
      if (!step.quoted.empty()) out << "            | " << printable(step.quoted) << "\n";
    }
  }
}

void write_explain_markdown(const Explanation& e, std::ostream& out) {
  using support::markdown_escape;
  out << "## Retiring flag " << markdown_escape(e.key) << "\n\n";
  for (const auto& [label, value] : facts_of(e)) out << "- **" << label << "**: " << markdown_escape(value) << "\n";
  out << "\n_To change: " << markdown_escape(summary_of(e)) << "._\n";
  for (const auto& file : e.files) {
    out << "\n### " << markdown_escape(file.path) << " (" << kind_name(file.kind) << ")\n\n";
    out << "| Where | What to do | Code |\n|---|---|---|\n";
    for (const auto& step : steps_of(file, e)) {
      out << "| " << step.where << " | " << markdown_escape(step.action) << " | "
          << markdown_escape(step.quoted) << " |\n";
    }
  }
}

}  // namespace flagdebt::report
