#include <fmt/format.h>

#include <cctype>

#include "findings/finders.h"

namespace flagdebt::findings {
namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

// Exact names only (docs/rules.md#retired-model-reference): ranking-model-v2 is not a mention
// inside ranking-model-v20, v2_1, v2-large, nor in the version ranking-model-v2.1 (a dot followed by
// a digit continues the name). A dot followed by anything else ends it: ranking-model-v2.onnx,
// "...v2." at the end of a sentence, and image tags (ranking-model-v2:1.4) are mentions.
bool whole_name(std::string_view text, size_t at, size_t end) {
  if (at > 0 && (name_char(text[at - 1]) || (text[at - 1] == '.' && at > 1 && name_char(text[at - 2])))) return false;
  if (end < text.size() && name_char(text[end])) return false;
  if (end + 1 < text.size() && text[end] == '.' && digit(text[end + 1])) return false;
  return true;
}

Finding model_finding(Rule rule, const std::string& path, const support::LineIndex& lines, size_t at, size_t end,
                      const manifest::Experiment& experiment, const std::string& model, std::string message) {
  Finding f;
  f.rule = rule;
  f.level = rule_info(rule).level;
  f.flag = experiment.flags.empty() ? experiment.id : experiment.flags.front();
  f.path = path;
  f.span = lines.span(static_cast<uint32_t>(at), static_cast<uint32_t>(end));
  f.message = std::move(message);
  f.snippet = std::string(lines.line_text(f.span.begin.line));
  f.subject = experiment.id + "/" + model;
  return f;
}

}  // namespace

void retired_model_findings(const std::string& path, std::string_view text, const support::LineIndex& lines,
                    const manifest::Manifest& manifest, std::vector<Finding>& out) {
  for (const auto& experiment : manifest.experiments) {
    for (const auto& model : experiment.models) {
      if (!model.retired || model.name.empty()) continue;
      for (size_t at = text.find(model.name); at != std::string_view::npos; at = text.find(model.name, at + 1)) {
        size_t end = at + model.name.size();
        if (!whole_name(text, at, end)) continue;
        out.push_back(model_finding(Rule::RetiredModelReference, path, lines, at, end, experiment, model.name,
                                    fmt::format("Retired model '{}' ({} of experiment {}) is still referenced",
                                                model.name, model.role.empty() ? "model" : model.role, experiment.id)));
        if (experiment.status != manifest::ExperimentStatus::Archived) continue;
        out.push_back(model_finding(Rule::ArchivedExperimentReference, path, lines, at, end, experiment, model.name,
                                    fmt::format("Retired model '{}' of experiment '{}', which is archived, is still "
                                                "referenced", model.name, experiment.id)));
      }
    }
  }
}

}  // namespace flagdebt::findings
