#pragma once
// `flagdebt fix`: plans the edits that retire settled flags (edits/), applies them to each file in
// memory, analyses the result again until nothing is left, and keeps a file's new text only when
// the file's parser finds no more syntax errors in it than in the original.
#include <expected>
#include <string>
#include <vector>

#include "scan/scan.h"
#include "support/diag.h"

namespace flagdebt::fix {

struct FixOptions {
  scan::ScanOptions scan;         // paths, manifests, rule files, limits
  std::vector<std::string> flags;  // settle only these; empty: every decided or removed flag
  bool remove_declarations = false;  // also the flags' key constants and imports left unused (declaration_removal.h)
};

struct FileChange {
  std::string path;
  std::string before;
  std::string after;
  // Set for a UTF-16 file (its byte order): before/after are its text in UTF-8, and write_changes
  // writes it back as UTF-16 with the same mark.
  std::optional<bool> utf16_big_endian;
};

struct FixResult {
  std::vector<FileChange> changes;            // files whose text changes, by path
  std::vector<support::Diag> notes;           // files skipped or left untouched, and why
  bool input_errors = false;                  // a file could not be read
  size_t skipped_files = 0;                   // files with edits left untouched: not safe to edit
};

// Fails only on configuration or usage errors (manifest, rules, --flag, missing path).
std::expected<FixResult, support::Diag> plan_changes(const FixOptions& options);

// Writes each change atomically, keeping the file's mode; the first failure is returned.
std::expected<void, support::Diag> write_changes(const std::vector<FileChange>& changes);

}  // namespace flagdebt::fix
