#include "scan/file_analyzer.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "findings/finders.h"
#include "frontends/registry.h"
#include "support/line_index.h"

namespace flagdebt::scan {
namespace {

support::Diag note(const std::string& path, std::string message) {
  support::Diag diag = support::make_diag(path, 0, 0, std::move(message));
  diag.severity = support::Severity::Note;
  return diag;
}

std::optional<std::string> read_all(const std::string& path, uint64_t limit, FileOutcome& out) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    out.problem = support::make_diag(path, 0, 0, "cannot read file: " + ec.message());
    return std::nullopt;
  }
  if (size > limit) {
    out.problem = note(path, "skipped: " + std::to_string(size) + " bytes is over the " + std::to_string(limit) +
                                 "-byte limit");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string text(size, '\0');
  if (!in || !in.read(text.data(), static_cast<std::streamsize>(size))) {
    out.problem = support::make_diag(path, 0, 0, std::string("cannot read file: ") + std::strerror(errno));
    return std::nullopt;
  }
  out.bytes = text.size();
  return text;
}

void analyze_code(const std::string& path, std::string_view text, const frontends::Language& language,
                  const AnalysisContext& context, const support::LineIndex& lines, FileOutcome& out) {
  frontends::ParseInput input{path, text, language.id, context.rules, context.flags};
  input.budget = context.parse_budget;
  auto model = language.frontend->analyze(input);
  if (!model) {
    out.problem = model.error();
    return;
  }
  out.parsed = true;
  auto dead = evaluate::find_dead_regions(*model, context.settled);
  findings::code_findings({path, lines, *model, dead}, context.manifest, out.findings);
  for (const auto& ref : model->references) out.referenced_keys.push_back(ref.key);
  out.key_constants = std::move(model->key_constants);
}

}  // namespace

FileOutcome analyze_file(const discover::DiscoveredFile& file, const AnalysisContext& context) {
  FileOutcome out;
  auto text = read_all(file.path, context.max_file_bytes, out);
  if (!text) return out;
  if (prefilter::looks_binary(*text)) {
    // Walked binaries are skipped silently (as git and ripgrep do); a named one gets a note.
    if (file.named_explicitly) out.problem = note(file.path, "skipped: binary file");
    return out;
  }
  if (!context.prefilter.might_match(*text)) return out;
  support::LineIndex lines(*text);
  if (const frontends::Language* language = frontends::detect_language(file.path, std::string_view(*text).substr(0, 256))) {
    analyze_code(file.path, *text, *language, context, lines, out);
  }
  findings::model_findings(file.path, *text, lines, context.manifest, out.findings);
  return out;
}

}  // namespace flagdebt::scan
