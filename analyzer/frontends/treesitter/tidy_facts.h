#pragma once
// A language's fix.scm (beside its flags.scm): the captures that give `flagdebt fix` the
// TidyFacts of a file (frontend.h). Its vocabulary, apart from flags.scm's:
//   @import (one imported package), .name (its alias), .path, .declaration (the statement holding it);
//   @local (a statement that only binds a name), .name, .scope (where the name can be read);
//   @opaque (comments and strings).
#include <tree_sitter/api.h>

#include <memory>
#include <string_view>

#include "frontends/frontend.h"

namespace flagdebt::frontends::ts {

class TidyQuery {
 public:
  // Null when the query does not compile (a bug in the query file, which the unit tests catch).
  static std::shared_ptr<const TidyQuery> compile(const TSLanguage* language, std::string_view source);
  ~TidyQuery();
  TidyQuery(const TidyQuery&) = delete;
  TidyQuery& operator=(const TidyQuery&) = delete;

  TidyFacts run(TSNode root, std::string_view text) const;

 private:
  explicit TidyQuery(TSQuery* query) : query_(query) {}
  TSQuery* query_;
};

}  // namespace flagdebt::frontends::ts
