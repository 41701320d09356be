#include "frontends/registry.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "frontends/passes/pass_table.h"
#include "frontends/treesitter/ts_frontend.h"

namespace flagdebt::frontends {
namespace {

std::string query_path(const languages::Language& language) {
  return "analyzer/frontends/queries/" + std::string(language.query) + "/flags.scm";
}

std::unique_ptr<Frontend> make_frontend(const languages::Language& language) {
  if (!language.has_code_model()) return nullptr;
  // The row's passes (C/C++: preprocessor arms, libclang macros) run around the one model builder.
  return std::make_unique<ts::TreeSitterFrontend>(language.grammar(), query_path(language), passes::passes_of(language));
}

}  // namespace

const Frontend* frontend_for(const languages::Language& language) {
  // One frontend per language for the whole process, shared by all threads, made on first use.
  static std::mutex mutex;
  static std::map<std::string_view, std::unique_ptr<Frontend>> made;
  std::lock_guard lock(mutex);
  auto it = made.find(language.id);
  if (it == made.end()) it = made.emplace(language.id, make_frontend(language)).first;
  return it->second.get();
}

}  // namespace flagdebt::frontends
