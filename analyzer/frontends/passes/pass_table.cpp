#include "frontends/passes/pass_table.h"

#include <utility>

#include "frontends/clang/goto_labels_pass.h"
#include "frontends/clang/libclang_model_pass.h"
#include "frontends/clang/preprocessor_pass.h"

namespace flagdebt::frontends::passes {

const ModelPass* pass_named(std::string_view name) {
  static const clangfe::GotoLabelsPass goto_labels;
  static const clangfe::PreprocessorPass preprocessor;
  static const clangfe::LibclangPass libclang;
  static const std::pair<std::string_view, const ModelPass*> table[] = {
      {"goto-labels", &goto_labels},
      {"preprocessor", &preprocessor},
      {"libclang", &libclang},
  };
  for (const auto& [pass_name, pass] : table) {
    if (pass_name == name) return pass;
  }
  return nullptr;
}

std::expected<std::vector<const ModelPass*>, std::string> passes_of(const languages::Language& language) {
  std::vector<const ModelPass*> out;
  for (std::string_view name : language.passes) {
    const ModelPass* pass = pass_named(name);
    if (!pass) {
      return std::unexpected("grammars/languages.json: " + std::string(language.id) + ": unknown pass \"" +
                             std::string(name) + "\"");
    }
    out.push_back(pass);
  }
  return out;
}

}  // namespace flagdebt::frontends::passes
