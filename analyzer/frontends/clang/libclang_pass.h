#pragma once
// The libclang pass over one C/C++ file: parses its translation unit (compile_commands.json when it
// lists the file, else defaults) and reports what tree-sitter cannot see, namely flag checks that
// come out of macro expansion (`FEATURE_ON(new_ui)` expanding to `client.BoolVariation(ctx, "new_ui",
// false)`), and the ranges clang's preprocessor skipped, to cross-check the directive scanner.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontends/frontend.h"
#include "model/file_model.h"

namespace flagdebt::frontends::clangfe {

// A flag check that only exists after macro expansion, found at a macro invocation in the file.
struct MacroCheck {
  uint32_t begin_byte = 0;  // the invocation: from the macro's name ...
  uint32_t end_byte = 0;    // ... to its closing parenthesis (exclusive)
  model::FlagCheck check;   // key, returns, default; span left for the caller
  std::string via;          // the macro's name
  bool whole = false;       // the expansion is the SDK call itself (at most in parentheses), so the
                            // invocation may stand for the check in a condition
};

struct ClangResult {
  bool parsed = false;                 // libclang produced a translation unit
  bool with_compile_commands = false;  // ... with the file's compile_commands.json entry
  unsigned errors = 0;                 // error diagnostics (missing headers, unknown types, ...)
  double parse_ms = 0;                 // clang_parseTranslationUnit2 alone
  double total_ms = 0;                 // the whole pass
  std::string first_error;              // the first error diagnostic, formatted
  std::vector<std::string> arguments;   // what libclang was given
  std::vector<MacroCheck> macro_checks;
  std::vector<std::pair<uint32_t, uint32_t>> skipped;  // byte ranges of this file clang skipped
};

// `compile_commands` as ClangSettings::compile_commands (empty: look in the scan root and build/).
ClangResult run_libclang(const ParseInput& input, std::string_view language, const std::string& compile_commands);

// The libclang arguments used for `path` when no compilation database lists it: the language
// (-std=c++17 or -std=c11) and the file's folder and the scan root as include folders.
std::vector<std::string> default_arguments(std::string_view path, std::string_view language);

}  // namespace flagdebt::frontends::clangfe
