#pragma once
// Files compiled into the binary at build time (queries, built-in rules); see cmake/EmbedFiles.cmake.
#include <string_view>
#include <vector>

namespace flagdebt::support {

struct EmbeddedFile {
  std::string_view path;  // relative to the source tree, e.g. "rules/unleash.yaml"
  std::string_view contents;
};

const std::vector<EmbeddedFile>& embedded_files();

}  // namespace flagdebt::support
