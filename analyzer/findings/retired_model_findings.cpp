#include <fmt/format.h>

#include <cctype>

#include "findings/finders.h"

namespace flagdebt::findings {
namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; }

}  // namespace

void retired_model_findings(const std::string& path, std::string_view text, const support::LineIndex& lines,
                    const manifest::Manifest& manifest, std::vector<Finding>& out) {
  for (const auto& experiment : manifest.experiments) {
    for (const auto& model : experiment.models) {
      if (!model.retired || model.name.empty()) continue;
      for (size_t at = text.find(model.name); at != std::string_view::npos; at = text.find(model.name, at + 1)) {
        size_t end = at + model.name.size();
        // Whole names only: ranking-model-v2 is not a mention inside ranking-model-v21.
        if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) continue;
        Finding f;
        f.rule = Rule::RetiredModelReference;
        f.level = rule_info(f.rule).level;
        f.flag = experiment.flags.empty() ? experiment.id : experiment.flags.front();
        f.path = path;
        f.span = lines.span(static_cast<uint32_t>(at), static_cast<uint32_t>(end));
        f.message = fmt::format("Retired model '{}' ({} of experiment {}) is still referenced", model.name,
                                model.role.empty() ? "model" : model.role, experiment.id);
        f.snippet = std::string(lines.line_text(f.span.begin.line));
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace flagdebt::findings
