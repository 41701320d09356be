#include "frontends/clang/clang_frontend.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "frontends/clang/libclang_pass.h"
#include "frontends/clang/preprocessor.h"
#include "frontends/treesitter/ts_frontend.h"
#include "support/line_index.h"

namespace flagdebt::frontends::clangfe {
namespace {

std::mutex settings_mutex;
std::optional<ClangSettings> settings_value;

ClangSettings from_environment() {
  ClangSettings settings;
  if (const char* mode = std::getenv("FLAGDEBT_LIBCLANG")) {
    std::string_view m(mode);
    if (m == "off" || m == "0" || m == "never") settings.mode = ClangMode::Off;
    if (m == "on" || m == "1" || m == "always") settings.mode = ClangMode::On;
  }
  if (const char* path = std::getenv("FLAGDEBT_COMPILE_COMMANDS")) settings.compile_commands = path;
  if (const char* debug = std::getenv("FLAGDEBT_LIBCLANG_DEBUG")) settings.debug = *debug && *debug != '0';
  return settings;
}

bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A label (`fail:`) in the rest of a block: a `goto` from before the exit may still reach it, so the
// rest is not dead. `default:` and access specifiers are not labels.
bool holds_label(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view line = text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos || !(std::isalpha(static_cast<unsigned char>(line[i])) || line[i] == '_')) continue;
    size_t j = i;
    while (j < line.size() && is_ident_char(line[j])) ++j;
    std::string_view word = line.substr(i, j - i);
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    if (j >= line.size() || line[j] != ':' || (j + 1 < line.size() && line[j + 1] == ':')) continue;
    if (word == "default" || word == "public" || word == "private" || word == "protected") continue;
    return true;
  }
  return false;
}

// The libclang pass is worth its cost only where tree-sitter may miss a check: a macro-like call
// (`FEATURE_ON(new_ui)`, `IS_ENABLED("x")`) with a flag key or alias among its arguments.
// Directive lines (`#define FEATURE_ON(x) ...` itself) are not uses.
bool wants_libclang(std::string_view text, const FlagIndex& flags) {
  bool line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      line_start = true;
      continue;
    }
    if (c == ' ' || c == '\t') continue;
    if (c == '#' && line_start) {  // to the end of the logical line; the loop steps over its '\n'
      while (i < text.size() && (text[i] != '\n' || text[i - 1] == '\\')) ++i;
      continue;
    }
    line_start = false;
    if (!(std::isupper(static_cast<unsigned char>(c)) || c == '_') || (i > 0 && is_ident_char(text[i - 1]))) continue;
    size_t j = i;
    bool lower = false;
    while (j < text.size() && is_ident_char(text[j])) lower |= std::islower(static_cast<unsigned char>(text[j++])) != 0;
    std::string_view name = text.substr(i, j - i);
    size_t k = j;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (lower || name.size() < 2 || k >= text.size() || text[k] != '(' || flags.key_of_alias(name)) {
      i = j;
      continue;
    }
    size_t close = text.find(')', k);
    std::string_view args = text.substr(k + 1, std::min<size_t>(close == std::string_view::npos ? 512 : close - k - 1, 512));
    for (size_t a = 0; a < args.size();) {
      if (!is_ident_char(args[a]) && args[a] != '-' && args[a] != '.') {
        ++a;
        continue;
      }
      size_t b = a;
      while (b < args.size() && (is_ident_char(args[b]) || args[b] == '-' || args[b] == '.')) ++b;
      std::string_view word = args.substr(a, b - a);
      if (flags.is_key(word) || flags.key_of_alias(word)) return true;
      a = b;
    }
    i = j;
  }
  return false;
}

// Every range clang's preprocessor skipped must begin and end on a conditional directive the scanner
// found. Where one does not, the scanner misread the file (an exotic comment or literal), and its
// preprocessor constructs are not trusted: precision first.
bool skipped_ranges_agree(const ClangResult& clang, const std::vector<Conditional>& conditionals,
                          const support::LineIndex& lines) {
  if (clang.skipped.empty()) return true;
  std::vector<uint32_t> directives = directive_lines(conditionals, lines);
  auto is_directive = [&](uint32_t line) { return std::binary_search(directives.begin(), directives.end(), line); };
  for (auto [begin, end] : clang.skipped) {
    uint32_t last = end > begin ? end - 1 : begin;
    if (!is_directive(lines.point_at(begin).line) || !is_directive(lines.point_at(last).line)) return false;
  }
  return true;
}

// A tree-sitter construct that lies partly inside a conditional's arm and partly outside it was
// parsed across an #if/#else (`#if A` / `if (x) {` / `#else` / `if (y) {` / `#endif` / `...}`): its
// arms are not what either configuration compiles, so it is dropped (precision first).
bool straddles(const model::Span& whole, const Conditional& conditional, std::string_view text) {
  uint32_t begin = conditional.arms.front().hash_byte, end = conditional.endif.end_byte;
  if (whole.end_byte <= begin || whole.begin_byte >= end) return false;
  if (whole.begin_byte <= begin && whole.end_byte >= end) return false;
  for (size_t k = 0; k < conditional.arms.size(); ++k) {
    uint32_t arm_begin = conditional.arms[k].end_byte;  // after the directive line
    uint32_t arm_end = k + 1 < conditional.arms.size() ? conditional.arms[k + 1].line_begin : conditional.endif.line_begin;
    if (arm_begin < text.size() && text[arm_begin] == '\n') ++arm_begin;
    if (whole.begin_byte >= arm_begin && whole.end_byte <= arm_end) return false;
  }
  return true;
}

void drop_straddling(model::FileModel& model, const std::vector<Conditional>& conditionals, std::string_view text) {
  if (conditionals.empty()) return;
  std::erase_if(model.constructs, [&](const model::Construct& construct) {
    return std::any_of(conditionals.begin(), conditionals.end(),
                       [&](const Conditional& c) { return straddles(construct.whole, c, text); });
  });
}

// Checks that only exist after macro expansion are references (undeclared, stale) in any case; a
// reference already made at the same place (tree-sitter, or the condition hook) is not repeated.
void add_macro_checks(const ClangResult& clang, const support::LineIndex& lines, model::FileModel& model) {
  for (const MacroCheck& m : clang.macro_checks) {
    bool known = std::any_of(model.references.begin(), model.references.end(), [&](const model::Reference& r) {
      return r.span.begin_byte == m.begin_byte && r.key == m.check.key;
    });
    if (known) continue;
    model::Span span = lines.span(m.begin_byte, m.end_byte);
    model::FlagCheck check = m.check;
    check.span = span;
    model.checks.push_back(std::move(check));
    model.references.push_back({m.check.key, model::RefKind::Check, span, m.via});
  }
}

void print_debug(std::string_view path, const ClangResult& clang) {
  std::fprintf(stderr, "libclang: %.*s: %s%s, %u errors, %zu macro checks, %zu skipped ranges, parse %.1f ms, total %.1f ms\n",
               static_cast<int>(path.size()), path.data(), clang.parsed ? "parsed" : "not parsed",
               clang.with_compile_commands ? " with compile_commands.json" : " with default arguments", clang.errors,
               clang.macro_checks.size(), clang.skipped.size(), clang.parse_ms, clang.total_ms);
  if (!clang.first_error.empty()) std::fprintf(stderr, "  first error: %s\n", clang.first_error.c_str());
  std::string args;
  for (const auto& a : clang.arguments) args += " " + a;
  std::fprintf(stderr, "  arguments:%s\n", args.c_str());
  for (const MacroCheck& m : clang.macro_checks) {
    std::fprintf(stderr, "  %s at bytes %u-%u: %s%s\n", m.via.c_str(), m.begin_byte, m.end_byte, m.check.key.c_str(),
                 m.whole ? "" : " (inside a larger expansion)");
  }
}

}  // namespace

void set_clang_settings(ClangSettings settings) {
  std::lock_guard lock(settings_mutex);
  settings_value = std::move(settings);
}

ClangSettings clang_settings() {
  std::lock_guard lock(settings_mutex);
  if (!settings_value) settings_value = from_environment();
  return *settings_value;
}

ClangFrontend::ClangFrontend(const TSLanguage* grammar, std::string query_path, std::string language)
    : tree_sitter_(std::make_unique<ts::TreeSitterFrontend>(grammar, std::move(query_path))),
      language_(std::move(language)) {}

ClangFrontend::~ClangFrontend() = default;

std::optional<std::string> ClangFrontend::self_check() const { return tree_sitter_->self_check(); }

std::optional<std::string> ClangFrontend::check_extra_query(const std::string& query) const {
  return tree_sitter_->check_extra_query(query);
}

std::expected<model::FileModel, support::Diag> ClangFrontend::analyze(const ParseInput& input) const {
  ClangSettings settings = clang_settings();
  std::optional<ClangResult> clang;
  if (settings.mode == ClangMode::On || (settings.mode == ClangMode::Auto && wants_libclang(input.text, input.flags))) {
    clang = run_libclang(input, language_, settings.compile_commands);
    if (settings.debug) print_debug(input.path, *clang);
  }

  // Macro invocations that expand to exactly an SDK call stand for the check in conditions.
  std::vector<KnownCheck> known;
  if (clang) {
    for (const MacroCheck& m : clang->macro_checks) {
      if (m.whole) known.push_back({m.begin_byte, m.end_byte, m.check, m.via});
    }
  }
  ParseInput with_known = input;
  with_known.known_checks = known;
  auto model = tree_sitter_->analyze(with_known);
  if (!model) return model;
  support::LineIndex lines(input.text);

  for (auto& construct : model->constructs) {
    if (!construct.after) continue;
    const model::Span& after = *construct.after;
    if (holds_label(input.text.substr(after.begin_byte, after.end_byte - after.begin_byte))) construct.after.reset();
  }

  auto conditionals = scan_conditionals(input.text);
  drop_straddling(*model, conditionals, input.text);
  if (!clang || skipped_ranges_agree(*clang, conditionals, lines)) {
    add_preprocessor_constructs(input.text, conditionals, lines, input.flags, *model);
  }
  if (clang) add_macro_checks(*clang, lines, *model);
  return model;
}

}  // namespace flagdebt::frontends::clangfe
