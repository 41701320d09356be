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
#include "frontends/passes/model_pass.h"

namespace flagdebt::frontends::clangfe {

struct ClangResult {
  bool parsed = false;                 // libclang produced a translation unit
  bool with_compile_commands = false;  // ... with the file's compile_commands.json entry
  unsigned errors = 0;                 // error diagnostics (missing headers, unknown types, ...)
  double parse_ms = 0;                 // clang_parseTranslationUnit2 alone
  double total_ms = 0;                 // the whole pass
  std::string first_error;              // the first error diagnostic, formatted
  std::vector<std::string> arguments;   // what libclang was given
  std::vector<passes::ExtraCheck> macro_checks;  // at the macro invocations of this file
  std::vector<std::pair<uint32_t, uint32_t>> skipped;  // byte ranges of this file clang skipped
};

class CompileDatabase;

// The file's entry in `database` gives the arguments; without one (or no database), the defaults.
ClangResult run_libclang(const ParseInput& input, const CompileDatabase* database);

// The libclang arguments used for `path` when no compilation database lists it: the language
// (-std=c++17 or -std=c11) and the file's folder and the scan root as include folders.
std::vector<std::string> default_arguments(std::string_view path, std::string_view language);

}  // namespace flagdebt::frontends::clangfe
