#include "scan/file_analyzer.h"


#include "findings/finders.h"
#include "frontends/registry.h"
#include "support/line_index.h"
#include "support/read_file.h"
#include "support/utf16.h"

namespace flagdebt::scan {
namespace {

support::Diag note(const std::string& path, std::string message) {
  support::Diag diag = support::make_diag(path, 0, 0, std::move(message));
  diag.severity = support::Severity::Note;
  return diag;
}

std::optional<std::string> read_all(const std::string& path, uint64_t limit, FileOutcome& out) {
  auto text = support::read_file(path, limit);
  if (!text) {
    out.problem = text.error().too_large ? note(path, text.error().message)
                                         : support::make_diag(path, 0, 0, text.error().message);
    return std::nullopt;
  }
  out.bytes = text->size();
  return std::move(*text);
}

void analyze_code(const std::string& path, std::string_view text, const frontends::Frontend& frontend,
                  const languages::Language& language, const AnalysisContext& context,
                  const support::LineIndex& lines, FileOutcome& out) {
  frontends::ParseInput input{path, text, language, context.rules, context.flags, context.passes};
  input.budget = context.parse_budget;
  auto model = frontend.analyze(input);
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
  // UTF-16 with a BOM is full of NUL bytes and would look binary: read it as the UTF-8 it encodes.
  if (auto decoded = support::decode_utf16_with_bom(*text)) *text = std::move(*decoded);
  // Lone CRs (classic Mac OS line ends) become LFs: grammars such as Python's see no line break in
  // a CR and would read the whole file as one broken line. Same length, so every offset holds.
  support::lone_cr_to_lf(*text);
  if (prefilter::looks_binary(*text)) {
    // Walked binaries are skipped silently (as git and ripgrep do); a named one gets a note.
    if (file.named_explicitly) out.problem = note(file.path, "skipped: binary file");
    return out;
  }
  if (!context.prefilter.might_match(*text)) return out;
  support::LineIndex lines(*text);
  const languages::Language* language = languages::detect(file.path, std::string_view(*text).substr(0, 256));
  if (const frontends::Frontend* frontend = language ? frontends::frontend_for(*language) : nullptr) {
    analyze_code(file.path, *text, *frontend, *language, context, lines, out);
  }
  findings::retired_model_findings(file.path, *text, lines, context.manifest, out.findings);
  return out;
}

}  // namespace flagdebt::scan
