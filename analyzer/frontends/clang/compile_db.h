#pragma once
// compile_commands.json (the JSON compilation database CMake, Bear and others write): per source
// file, the folder the compiler ran in and its arguments, reduced to what libclang needs.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace flagdebt::frontends::clangfe {

struct CompileCommand {
  std::string directory;          // absolute
  std::vector<std::string> args;  // without the compiler, the source file, -c and -o FILE;
                                  // relative paths in -I, -isystem, -include, ... made absolute
};

class CompileDatabase {
 public:
  // `path` is compile_commands.json or a folder holding it; nullptr when it cannot be read. Loaded
  // once per path and kept for the process.
  static const CompileDatabase* load(const std::string& path);
  // The database a scan uses: `explicit_path` if given, else ./compile_commands.json or
  // ./build/compile_commands.json under the current directory (the scan root), else none.
  static const CompileDatabase* for_scan(const std::string& explicit_path);

  // The command for a source file (any path; compared as absolute, normalised paths).
  std::optional<CompileCommand> find(const std::string& file) const;
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, CompileCommand> entries_;  // absolute, normalised file -> command
};

// Splits a shell command line as compile_commands.json's "command" writes it (quotes, backslashes).
std::vector<std::string> split_command(const std::string& command);

}  // namespace flagdebt::frontends::clangfe
