#pragma once
// A model pass: per-language work around the one tree-sitter model builder, declared by the
// language table's row (`"passes": ["preprocessor", "libclang"]`) and looked up by name in
// pass_table.h. A pass may look at the file before the model is built (and leave facts for the
// builder and later passes) and edit the model after it is built.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontends/frontend.h"
#include "model/file_model.h"

namespace flagdebt::frontends::passes {

// A flag check a pass found where the rules see none (libclang, through a macro expansion).
struct ExtraCheck {
  uint32_t begin_byte = 0;  // the text that holds it, e.g. the macro invocation
  uint32_t end_byte = 0;
  model::FlagCheck check;   // key, returns, default; span left to the builder
  std::string via;          // the macro's name
  // The text stands for the check itself: the builder treats an @call or @ident node spanning
  // exactly [begin_byte, end_byte) as the check in conditions.
  bool whole = false;
};

// What the passes learn about one file before its model is built.
struct FileFacts {
  std::vector<ExtraCheck> checks;
  // Byte ranges a compiler's preprocessor skipped, when a compiler looked at the file.
  std::optional<std::vector<std::pair<uint32_t, uint32_t>>> skipped;
};

class ModelPass {
 public:
  virtual ~ModelPass() = default;
  virtual void before(const ParseInput& input, FileFacts& facts) const { (void)input, (void)facts; }
  virtual void after(const ParseInput& input, const FileFacts& facts, model::FileModel& model) const = 0;
};

}  // namespace flagdebt::frontends::passes
