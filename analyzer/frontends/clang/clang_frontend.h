#pragma once
// The C/C++ frontend. Real C/C++ trees rarely compile on the scanning machine (BRIEF "C and C++ on
// real repositories"), so the statement structure always comes from tree-sitter-cpp over the file
// text; flagdebt evaluates #if/#ifdef/#elif arms over flag macros itself (preprocessor.h); and,
// where libclang parses the translation unit, it adds what tree-sitter cannot see: flag checks that
// come out of macro expansion (libclang_pass.h). A libclang failure never removes a finding.
#include <memory>
#include <string>

#include "frontends/frontend.h"

struct TSLanguage;

namespace flagdebt::frontends::clangfe {

// How much libclang is used. Auto: only for files whose text holds a macro-like call
// (`NAME(...)` in capitals, outside directive lines) with a flag key or alias among its
// arguments; On: every C/C++ file; Off: never. Environment: FLAGDEBT_LIBCLANG=auto|on|off.
enum class ClangMode { Off, Auto, On };

struct ClangSettings {
  ClangMode mode = ClangMode::Auto;
  // A folder holding compile_commands.json, or the file itself. Empty: the scan root's
  // compile_commands.json or build/compile_commands.json, if there is one. Environment:
  // FLAGDEBT_COMPILE_COMMANDS.
  std::string compile_commands;
  // One line per libclang pass on stderr (parsed or not, errors, macro checks, time). Environment:
  // FLAGDEBT_LIBCLANG_DEBUG=1.
  bool debug = false;
};

// Process-wide settings (the CLI's --compile-commands sets them before a scan). By default read
// from the environment once.
void set_clang_settings(ClangSettings settings);
ClangSettings clang_settings();

class ClangFrontend final : public Frontend {
 public:
  // `query_path` names an embedded query file; `language` is the registry id ("c" or "cpp").
  ClangFrontend(const TSLanguage* grammar, std::string query_path, std::string language);
  ~ClangFrontend() override;

  std::expected<model::FileModel, support::Diag> analyze(const ParseInput& input) const override;
  std::optional<std::string> self_check() const override;
  std::optional<std::string> check_extra_query(const std::string& query) const override;

 private:
  std::unique_ptr<Frontend> tree_sitter_;
  std::string language_;
};

}  // namespace flagdebt::frontends::clangfe
