#pragma once
// FieldTable: fields and instance attributes that stand for one expression because the file
// assigns them exactly once (`self._new_search = config.new_search` in `__init__`, a Java field
// initialiser, `this.on = flags.isOn("x")` in a constructor, a Python @property returning a check).
// Any other write of a field with that name anywhere in the file (@field_write, or a second
// @field) makes every read unknown: precision first. A read (@field_read) is resolved only inside
// the @class that holds the assignment (for Go the file is the @class).
#include <map>
#include <optional>
#include <string>

#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

class FieldTable {
 public:
  FieldTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text);

  // The expression a field read stands for, if any: `name` is the field's name node (a
  // @field_read's .name, or a bare identifier in a @bare_fields class), `at` the read.
  const TSNode* value_for(TSNode name, TSNode at) const;
  // The nearest enclosing @class (null when none).
  TSNode class_of(TSNode node) const;

 private:
  struct Field {
    int writes = 0;
    std::optional<TSNode> value;
    TSNode owner{};
  };

  const CaptureIndex& index_;
  const TreeIndex& tree_;
  std::string_view text_;
  std::map<std::string, Field> fields_;  // by field name, file-wide
};

}  // namespace flagdebt::frontends::ts
