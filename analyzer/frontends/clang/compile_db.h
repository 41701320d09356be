#pragma once
// compile_commands.json (the JSON compilation database CMake, Bear and others write): per source
// file, the folder the compiler ran in and its arguments, reduced to what libclang needs.
//
// The database comes from the scanned repository, which is untrusted. Nothing in it is executed:
// argument values only reach libclang's in-process parser, and the arguments that would load code
// or read files chosen by the database are dropped: -Xclang, -fplugin=, -fpass-plugin=, @FILE,
// --config, and -include, -imacros, -include-pch, -ivfsoverlay naming a file outside the scan root.
#include <expected>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "support/diag.h"

namespace flagdebt::frontends::clangfe {

struct CompileCommand {
  std::string directory;          // absolute
  std::vector<std::string> args;  // without the compiler, the source file, -c and -o FILE;
                                  // relative paths in -I, -isystem, -include, ... made absolute
};

class CompileDatabase {
 public:
  // `path` is compile_commands.json or a folder holding it; `root` the scan root. Malformed JSON,
  // a top level that is not an array, or an entry without "file", "directory" and "arguments" or
  // "command" is an error at its file:line.
  static std::expected<CompileDatabase, support::Diag> load(const std::string& path, const std::string& root);
  // The database a scan uses: `explicit_path` if given, else compile_commands.json or
  // build/compile_commands.json in the current folder (the scan root), else none.
  static std::expected<std::optional<CompileDatabase>, support::Diag> for_scan(const std::string& explicit_path);

  // The command for a source file (any path; compared as absolute, normalised paths).
  std::optional<CompileCommand> find(const std::string& file) const;
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, CompileCommand> entries_;  // absolute, normalised file -> command
};

// Splits a shell command line as compile_commands.json's "command" writes it (quotes, backslashes).
std::vector<std::string> split_command(const std::string& command);

}  // namespace flagdebt::frontends::clangfe
