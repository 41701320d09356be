#include <fmt/format.h>

#include "findings/finders.h"

namespace flagdebt::findings {
namespace {

std::string trimmed_line(const support::LineIndex& lines, uint32_t line) {
  std::string_view text = lines.line_text(line);
  auto begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

Finding at(Rule rule, const FileEvidence& file, const model::Span& span, std::string flag, std::string message) {
  Finding f;
  f.rule = rule;
  f.level = rule_info(rule).level;
  f.flag = std::move(flag);
  f.path = file.path;
  f.span = span;
  f.message = std::move(message);
  f.snippet = trimmed_line(file.lines, span.begin.line);
  return f;
}

std::string decision_details(const manifest::Flag& flag) {
  std::vector<std::string> parts;
  if (!flag.owner.empty()) parts.push_back("owner " + flag.owner);
  if (flag.decided_on) parts.push_back("decided " + manifest::to_string(*flag.decided_on));
  return parts.empty() ? "" : " (" + fmt::format("{}", fmt::join(parts, ", ")) + ")";
}

std::string settled_phrase(const manifest::Flag& flag) {
  if (flag.status == manifest::FlagStatus::Removed) {
    return flag.value ? "is removed and evaluates to " + model::to_display(*flag.value) : "is removed";
  }
  return "is decided to " + model::to_display(*flag.value);
}

const char* dead_what(const evaluate::DeadRegion& dead) {
  switch (dead.reason) {
    case evaluate::DeadReason::AfterExit: return "code after an always-taken exit";
    case evaluate::DeadReason::EarlierArmTaken: return "branch";
    case evaluate::DeadReason::ArmFalse: break;
  }
  switch (dead.kind) {
    case model::ConstructKind::Ternary: return "conditional arm";
    case model::ConstructKind::Guard: return "guarded expression";
    case model::ConstructKind::Loop: return "loop body";
    case model::ConstructKind::IfChain: break;
  }
  return "branch";
}

Finding dead_branch(const FileEvidence& file, const evaluate::DeadRegion& dead, const manifest::Manifest& manifest) {
  const manifest::Flag* flag = manifest.find(dead.flag);
  std::string why = flag ? settled_phrase(*flag) + decision_details(*flag) : "is settled";
  Finding f = at(Rule::DeadBranch, file, dead.region, dead.flag,
                 fmt::format("{} never runs: flag '{}' {}", dead_what(dead), dead.flag, why));
  f.message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(f.message[0])));
  f.value = dead.value;
  f.keep = dead.keep;
  f.construct = dead.construct;
  return f;
}

}  // namespace

void code_findings(const FileEvidence& file, const manifest::Manifest& manifest, std::vector<Finding>& out) {
  for (const auto& dead : file.dead) out.push_back(dead_branch(file, dead, manifest));
  for (const auto& ref : file.model.references) {
    const manifest::Flag* flag = manifest.find(ref.key);
    if (!flag) {
      if (ref.kind == model::RefKind::Check) {
        out.push_back(at(Rule::UndeclaredFlag, file, ref.span, ref.key,
                         fmt::format("Flag '{}' is checked through {}() but no manifest declares it", ref.key, ref.via)));
      }
      continue;
    }
    if (const manifest::Experiment* exp = manifest.experiment_of(*flag);
        exp && exp->status == manifest::ExperimentStatus::Archived) {
      out.push_back(at(Rule::ArchivedExperimentReference, file, ref.span, ref.key,
                       fmt::format("Reference to flag '{}' of experiment '{}', which is archived (owner {})", ref.key,
                                   exp->id, exp->owner.empty() ? "not recorded" : exp->owner)));
    }
    if (!manifest::is_settled(*flag)) continue;
    out.push_back(at(Rule::StaleFlagReference, file, ref.span, ref.key,
                     fmt::format("Reference to flag '{}', which {}{}", ref.key, settled_phrase(*flag),
                                 decision_details(*flag))));
  }
}

}  // namespace flagdebt::findings
