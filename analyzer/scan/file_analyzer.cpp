#include "scan/file_analyzer.h"

#include "findings/finders.h"
#include "findings/suppressions.h"
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

void attach_fixes(const std::vector<edits::PlannedFix>& fixes, std::vector<findings::Finding>& found);

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
  if (model->note) out.problem = std::move(*model->note);
  auto dead = evaluate::find_dead_regions(*model, context.settled);
  findings::code_findings({path, lines, *model, dead}, context.manifest, out.findings);
  out.fixes = edits::plan_fixes(*model, text, context.settled, {language.line_comments, language.empty_statement});
  attach_fixes(out.fixes, out.findings);
  for (const auto& ref : model->references) out.referenced_keys.push_back(ref.key);
  out.key_constants = std::move(model->key_constants);
  out.package_helpers = std::move(model->package_helpers);
}

// The reporter prints these under the finding (--context N); it never opens the file itself.
void keep_context(const support::LineIndex& lines, unsigned count, std::vector<findings::Finding>& found) {
  if (count == 0) return;
  for (auto& f : found) {
    for (uint32_t line = f.span.begin.line; line < f.span.begin.line + count; ++line) {
      std::string_view text = lines.line_text(line);
      if (text.data() == nullptr) break;
      f.context.emplace_back(text);
    }
  }
}

// Each fix rides on the finding it resolves, so reporters serialise it without re-reading: a
// construct's edit on its first dead-branch finding, a simplified condition's on the reference
// to the check inside it.
void attach_fixes(const std::vector<edits::PlannedFix>& fixes, std::vector<findings::Finding>& found) {
  for (const auto& fix : fixes) {
    for (auto& f : found) {
      bool construct = f.rule == findings::Rule::DeadBranch && f.construct &&
                       f.construct->begin_byte == fix.anchor.begin_byte && f.construct->end_byte == fix.anchor.end_byte;
      bool reference = f.rule == findings::Rule::StaleFlagReference && f.flag == fix.flag &&
                       f.span.begin_byte >= fix.anchor.begin_byte && f.span.end_byte <= fix.anchor.end_byte;
      if (!f.fixes.empty() || !(construct || reference)) continue;
      f.fixes = fix.replacements;
      break;
    }
  }
}

void keep_text(const AnalysisContext& context, std::string& text, FileOutcome& out) {
  auto size = static_cast<int64_t>(text.size());
  if (!out.code || !context.keep_budget || context.keep_budget->fetch_sub(size) < size) return;
  out.kept_text = std::move(text);
}

}  // namespace

FileOutcome analyze_file(const discover::DiscoveredFile& file, const AnalysisContext& context) {
  return analyze_read(file, support::read_file(file.path, context.max_file_bytes), context);
}

FileOutcome analyze_read(const discover::DiscoveredFile& file, std::expected<std::string, support::ReadError> read,
                         const AnalysisContext& context) {
  if (read) return analyze_text(file, std::move(*read), context);
  FileOutcome out;
  out.problem = read.error().too_large ? note(file.path, read.error().message)
                                       : support::make_diag(file.path, 0, 0, read.error().message);
  return out;
}

FileOutcome analyze_text(const discover::DiscoveredFile& file, std::string contents, const AnalysisContext& context) {
  FileOutcome out;
  out.bytes = contents.size();
  std::optional<std::string> text = std::move(contents);
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
  out.read = true;
  const languages::Language* language = languages::detect(file.path, std::string_view(*text).substr(0, 256));
  const frontends::Frontend* frontend = language ? frontends::frontend_for(*language) : nullptr;
  out.code = frontend != nullptr;
  bool unfiltered = language && context.unfiltered && context.unfiltered->contains(std::string(language->id));
  if (!unfiltered && !context.prefilter.might_match(*text)) {
    keep_text(context, *text, out);
    return out;
  }
  out.matched = true;
  support::LineIndex lines(*text);
  if (frontend) {
    analyze_code(file.path, *text, *frontend, *language, context, lines, out);
  }
  findings::retired_model_findings(file.path, *text, lines, context.manifest, out.findings);
  if (language) {
    findings::CommentSyntax syntax{language->line_comments, language->block_comment};
    findings::apply_suppressions(findings::find_suppressions(*text, lines, syntax), file.path, out.findings);
  }
  keep_context(lines, context.context_lines, out.findings);
  keep_text(context, *text, out);
  return out;
}

}  // namespace flagdebt::scan
