#include "frontends/registry.h"

#include <algorithm>
#include <memory>

#include "frontends/clang/clang_frontend.h"
#include "frontends/treesitter/ts_frontend.h"

extern "C" {
const TSLanguage* tree_sitter_python();
const TSLanguage* tree_sitter_java();
const TSLanguage* tree_sitter_javascript();
const TSLanguage* tree_sitter_typescript();
const TSLanguage* tree_sitter_tsx();
const TSLanguage* tree_sitter_go();
const TSLanguage* tree_sitter_kotlin();
const TSLanguage* tree_sitter_swift();
const TSLanguage* tree_sitter_php();
const TSLanguage* tree_sitter_c_sharp();
const TSLanguage* tree_sitter_ruby();
const TSLanguage* tree_sitter_cpp();
}

namespace flagdebt::frontends {
namespace {

// Frontends live as long as the program and are shared by all threads; this owns them.
template <typename T, typename... Args>
const Frontend* owned(Args&&... args) {
  static std::vector<std::unique_ptr<Frontend>> all;
  all.push_back(std::make_unique<T>(std::forward<Args>(args)...));
  return all.back().get();
}

const Frontend* tree_sitter(const TSLanguage* grammar, std::string_view id) {
  return owned<ts::TreeSitterFrontend>(grammar, "analyzer/frontends/queries/" + std::string(id) + "/flags.scm");
}

}  // namespace

const std::vector<Language>& languages() {
  static const std::vector<Language> table = {
      {"python", {".py", ".pyi"}, {"python", "python3"}, tree_sitter(tree_sitter_python(), "python")},
      {"java", {".java"}, {}, tree_sitter(tree_sitter_java(), "java")},
      {"javascript", {".js", ".jsx", ".mjs", ".cjs"}, {"node"}, tree_sitter(tree_sitter_javascript(), "javascript")},
      {"typescript", {".ts", ".mts", ".cts"}, {"ts-node", "deno"}, tree_sitter(tree_sitter_typescript(), "typescript")},
      {"tsx", {".tsx"}, {}, tree_sitter(tree_sitter_tsx(), "tsx")},
      {"go", {".go"}, {}, tree_sitter(tree_sitter_go(), "go")},
      {"kotlin", {".kt", ".kts"}, {}, tree_sitter(tree_sitter_kotlin(), "kotlin")},
      {"swift", {".swift"}, {}, tree_sitter(tree_sitter_swift(), "swift")},
      {"php", {".php", ".phtml"}, {"php"}, tree_sitter(tree_sitter_php(), "php")},
      {"csharp", {".cs"}, {}, tree_sitter(tree_sitter_c_sharp(), "csharp")},
      {"ruby", {".rb", ".rake"}, {"ruby"}, tree_sitter(tree_sitter_ruby(), "ruby")},
      // C and C++: tree-sitter-cpp for the statements, flagdebt's own #if evaluation, libclang on top.
      {"c", {".c"}, {}, owned<clangfe::ClangFrontend>(tree_sitter_cpp(), "analyzer/frontends/queries/c/flags.scm", "c")},
      {"cpp", {".cc", ".cpp", ".cxx", ".c++", ".h", ".hh", ".hpp", ".hxx"}, {},
       owned<clangfe::ClangFrontend>(tree_sitter_cpp(), "analyzer/frontends/queries/cpp/flags.scm", "cpp")},
  };
  return table;
}

const Language* language_by_id(std::string_view id) {
  for (const auto& language : languages()) {
    if (language.id == id) return &language;
  }
  return nullptr;
}

namespace {

// "#!/usr/bin/env python3 -u" -> "python3"
std::string_view interpreter_of(std::string_view head) {
  if (!head.starts_with("#!")) return {};
  std::string_view line = head.substr(2, head.find('\n') - 2);
  auto words_start = line.find_first_not_of(" \t");
  if (words_start == std::string_view::npos) return {};
  line = line.substr(words_start);
  std::string_view program = line.substr(0, line.find_first_of(" \t"));
  program = program.substr(program.rfind('/') + 1);
  if (program == "env") {
    auto rest = line.substr(std::min(line.size(), line.find_first_of(" \t")));
    rest = rest.substr(std::min(rest.size(), rest.find_first_not_of(" \t")));
    program = rest.substr(0, rest.find_first_of(" \t"));
  }
  return program;
}

}  // namespace

const Language* detect_language(std::string_view path, std::string_view head) {
  auto slash = path.find_last_of('/');
  std::string_view name = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
  auto dot = name.rfind('.');
  for (const auto& language : languages()) {
    if (dot == std::string_view::npos) break;
    if (std::find(language.extensions.begin(), language.extensions.end(), name.substr(dot)) != language.extensions.end()) {
      return &language;
    }
  }
  std::string_view program = interpreter_of(head);
  if (program.empty()) return nullptr;
  for (const auto& language : languages()) {
    for (std::string_view interpreter : language.interpreters) {
      if (program == interpreter || (program.starts_with(interpreter) && interpreter == "python")) return &language;
    }
  }
  return nullptr;
}

}  // namespace flagdebt::frontends
