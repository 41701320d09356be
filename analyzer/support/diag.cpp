#include "support/diag.h"

#include <fmt/format.h>

namespace flagdebt::support {

std::string Diag::to_string() const {
  std::string where = file;
  if (!file.empty() && line > 0) where += column > 0 ? fmt::format(":{}:{}", line, column) : fmt::format(":{}", line);
  return where.empty() ? message : fmt::format("{}: {}", where, message);
}

Diag make_diag(std::string file, uint32_t line, uint32_t column, std::string message) {
  return Diag{std::move(file), line, column, std::move(message), Severity::Error};
}

}  // namespace flagdebt::support
