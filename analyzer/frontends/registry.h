#pragma once
// The language registry: one row per language (id, file extensions, script interpreters, frontend).
#include <string>
#include <string_view>
#include <vector>

#include "frontends/frontend.h"

namespace flagdebt::frontends {

struct Language {
  std::string_view id;
  std::vector<std::string_view> extensions;    // with the dot: ".py"
  std::vector<std::string_view> interpreters;  // shebang programs: "python3"
  const Frontend* frontend;
};

const std::vector<Language>& languages();
const Language* language_by_id(std::string_view id);
// By extension, else by a `#!` line at the start of `head` (the file's first bytes).
const Language* detect_language(std::string_view path, std::string_view head);

}  // namespace flagdebt::frontends
