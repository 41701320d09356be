// Every tree-sitter frontend, then the evaluator, on arbitrary bytes. The first byte picks the
// language (an index into the language table); the rest is the file. The flags `new_ui` (decided
// true) and `old_ui` (removed) are known, so seeds from fixtures reach the evaluator.
#include <cstddef>
#include <cstdint>
#include <string>

#include "evaluate/evaluator.h"
#include "frontends/registry.h"
#include "languages/languages.h"
#include "sdk_rules/rules.h"

using namespace flagdebt;

// Compiles every language's queries up front: Swift's takes over 20 s under ASan on a loaded machine,
// and charged to the first Swift input it read as a timeout.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  for (const auto& language : languages::all()) {
    if (const frontends::Frontend* frontend = frontends::frontend_for(language)) (void)frontend->self_check();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const sdk_rules::RuleSet rules = *sdk_rules::builtin_rules();
  static const frontends::FlagIndex flags{{"new_ui", "old_ui"}, {{"NEW_UI", "new_ui"}}, {}};
  static const evaluate::SettledFlags settled{{"new_ui", {model::Value(true)}}, {"old_ui", {}}};
  if (size == 0) return 0;
  const auto& table = languages::all();
  const languages::Language& language = table[data[0] % table.size()];
  const frontends::Frontend* frontend = frontends::frontend_for(language);
  if (frontend == nullptr) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  frontends::ParseInput input{"fuzz", text, language, rules, flags};
  auto model = frontend->analyze(input);
  if (model) (void)evaluate::find_dead_regions(*model, settled);
  return 0;
}
