#pragma once
// Diag: one problem with an input (file, manifest, rule), as a value, never as an exception.
#include <cstdint>
#include <string>

namespace flagdebt::support {

enum class Severity { Note, Warning, Error };

struct Diag {
  std::string file;      // empty when no file is involved
  uint32_t line = 0;     // 1-based; 0 when unknown
  uint32_t column = 0;   // 1-based; 0 when unknown
  std::string message;
  Severity severity = Severity::Error;

  // "file:line:col: message", leaving out the parts that are unknown.
  std::string to_string() const;
};

Diag make_diag(std::string file, uint32_t line, uint32_t column, std::string message);

}  // namespace flagdebt::support
