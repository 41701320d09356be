#include "report/explain_plan.h"

#include <algorithm>

#include "languages/languages.h"

namespace flagdebt::report {
namespace {

FileKind kind_of(const std::string& path, const manifest::Manifest& manifest) {
  if (std::find(manifest.sources.begin(), manifest.sources.end(), path) != manifest.sources.end()) {
    return FileKind::Manifest;
  }
  const languages::Language* language = languages::detect(path, {});
  return language && !language->has_code_model() ? FileKind::Config : FileKind::Code;
}

ExplainedFile& file_for(const std::string& path, const manifest::Manifest& manifest, std::vector<ExplainedFile>& files) {
  for (auto& file : files) {
    if (file.path == path) return file;
  }
  files.push_back({path, kind_of(path, manifest), {}, std::nullopt, std::nullopt});
  return files.back();
}

}  // namespace

std::optional<Explanation> explain_flag(const std::string& key, const findings::Report& report,
                                        const manifest::Manifest& manifest,
                                        const std::map<std::string, std::string>& constants) {
  Explanation out;
  out.key = key;
  if (const manifest::Flag* flag = manifest.find(key)) {
    out.flag = *flag;
    out.aliases = flag->aliases;
    if (const manifest::Experiment* exp = manifest.experiment_of(*flag)) {
      out.experiment = *exp;
      for (const auto& model : exp->models) {
        if (model.retired) out.retired_models.push_back(model.name);
      }
    }
  }
  for (const auto& [name, bound] : constants) {
    if (bound == key) out.constants.push_back(name);
  }
  for (const auto& f : report.findings) {
    if (f.flag != key || f.baseline == findings::BaselineState::Absent) continue;
    file_for(f.path, manifest, out.files).findings.push_back(f);
    out.references += f.rule == findings::Rule::StaleFlagReference || f.rule == findings::Rule::UndeclaredFlag ||
                      f.rule == findings::Rule::ArchivedExperimentReference;
    out.dead_regions += f.rule == findings::Rule::DeadBranch;
    out.model_references += f.rule == findings::Rule::RetiredModelReference;
  }
  if (!out.flag && out.files.empty()) return std::nullopt;
  if (out.flag && !out.flag->where.file.empty()) {
    file_for(out.flag->where.file, manifest, out.files).flag_entry = out.flag->where;
  }
  if (out.experiment && !out.experiment->where.file.empty()) {
    file_for(out.experiment->where.file, manifest, out.files).experiment_entry = out.experiment->where;
  }
  std::sort(out.files.begin(), out.files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

}  // namespace flagdebt::report
