#pragma once
// FieldTable: fields and instance attributes that stand for one expression because the file
// assigns them exactly once (`self._new_search = config.new_search` in `__init__`, a Java field
// initialiser, `this.on = flags.isOn("x")` in a constructor, a Python @property returning a check).
// Any other write of a field with that name anywhere in the file (@field_write, or a second
// @field) makes every read unknown: precision first. A read (@field_read) is resolved only inside
// the @class that holds the assignment (for Go the file is the @class).
// A @field with an .owner (Go: the composite literal's type) belongs to that type, not to every
// value of the file with a same-named field: it is read only through a receiver whose binding is
// a @typed local, parameter or method receiver declared with that type (`func (s *Server)`,
// `func run(s *Server)`, `s := &Server{...}`), and only when the file builds that type exactly once
// (every @field_write with an .owner and no .name is one construction: a literal, a zero-valued
// `var s Server`, `new(Server)`). `other.fast`, `cfg.fast`, a table row `tc.fast`: unknown.
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <string>

#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/tree_index.h"

namespace flagdebt::frontends::ts {

class FieldTable {
 public:
  FieldTable(const CaptureIndex& index, const TreeIndex& tree, std::string_view text);

  // The expression a field read stands for, if any: `name` is the field's name node (a
  // @field_read's .name, or a bare identifier in a @bare_fields class), `at` the read.
  // `receiver_binding`: the name node that binds the read's receiver (AliasTable::sole_binding).
  const TSNode* value_for(TSNode name, TSNode at, std::optional<TSNode> receiver_binding = std::nullopt) const;
  // The nearest enclosing @class (null when none).
  TSNode class_of(TSNode node) const;

 private:
  struct Field {
    int writes = 0;
    std::optional<TSNode> value;
    TSNode owner{};
    std::string type;  // @field.owner's text, "" when the language gives none
  };

  bool of_type(std::optional<TSNode> binding, std::string_view type) const;

  const CaptureIndex& index_;
  const TreeIndex& tree_;
  std::string_view text_;
  std::map<std::string, Field> fields_;  // by field name, file-wide
  std::unordered_map<uintptr_t, std::string_view> typed_;  // @typed name node -> its type's text
  std::map<std::string, std::set<uintptr_t>, std::less<>> constructions_;  // type -> nodes building it
};

}  // namespace flagdebt::frontends::ts
