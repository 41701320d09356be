#include "frontends/clang/libclang_model_pass.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "frontends/clang/libclang_pass.h"
#include "frontends/passes/pass_context.h"
#include "support/line_index.h"

namespace flagdebt::frontends::clangfe {
namespace {

bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Whether the argument text of a call names a flag key or alias.
bool names_a_flag(std::string_view args, const FlagIndex& flags) {
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
  return false;
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
  for (const auto& m : clang.macro_checks) {
    std::fprintf(stderr, "  %s at bytes %u-%u: %s%s\n", m.via.c_str(), m.begin_byte, m.end_byte, m.check.key.c_str(),
                 m.whole ? "" : " (inside a larger expansion)");
  }
}

}  // namespace

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
    if (!lower && name.size() >= 2 && k < text.size() && text[k] == '(' && !flags.key_of_alias(name)) {
      size_t close = text.find(')', k);
      size_t length = std::min<size_t>(close == std::string_view::npos ? 512 : close - k - 1, 512);
      if (names_a_flag(text.substr(k + 1, length), flags)) return true;
    }
    i = j;
  }
  return false;
}

void LibclangPass::before(const ParseInput& input, passes::FileFacts& facts) const {
  passes::PassOptions defaults;
  const passes::PassOptions& options = input.context ? input.context->options() : defaults;
  bool wanted = options.libclang == passes::LibclangMode::On ||
                (options.libclang == passes::LibclangMode::Auto && wants_libclang(input.text, input.flags));
  if (!wanted) return;
  ClangResult clang = run_libclang(input, input.context ? input.context->compile_database() : nullptr);
  if (options.libclang_debug) print_debug(input.path, clang);
  facts.checks = std::move(clang.macro_checks);
  facts.skipped = std::move(clang.skipped);
}

// Checks that only exist after macro expansion are references (undeclared, stale) in any case; a
// reference already made at the same place (tree-sitter, or the builder through a whole check) is
// not repeated.
void LibclangPass::after(const ParseInput& input, const passes::FileFacts& facts, model::FileModel& model) const {
  if (facts.checks.empty()) return;
  support::LineIndex lines(input.text);
  for (const passes::ExtraCheck& m : facts.checks) {
    bool known = std::any_of(model.references.begin(), model.references.end(), [&](const model::Reference& r) {
      return r.span.begin_byte == m.begin_byte && r.key == m.check.key;
    });
    if (known) continue;
    model::FlagCheck check = m.check;
    check.span = lines.span(m.begin_byte, m.end_byte);
    model.references.push_back({m.check.key, model::RefKind::Check, check.span, m.via});
    model.checks.push_back(std::move(check));
  }
}

}  // namespace flagdebt::frontends::clangfe
