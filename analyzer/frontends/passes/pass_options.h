#pragma once
// What the user says about the model passes, from the command line (`flagdebt scan
// --libclang auto|on|off --compile-commands FILE`). Plain values: no parser types, no loading.
#include <string>

namespace flagdebt::frontends::passes {

// How much libclang is used. Auto: only for files whose text holds a macro-like call
// (`NAME(...)` in capitals, outside directive lines) with a flag key or alias among its
// arguments; On: every C/C++ file; Off: never.
enum class LibclangMode { Off, Auto, On };

struct PassOptions {
  LibclangMode libclang = LibclangMode::Auto;
  // compile_commands.json, or a folder holding it. Empty: the scan root's compile_commands.json or
  // build/compile_commands.json, if there is one.
  std::string compile_commands;
  bool libclang_debug = false;  // one line per libclang parse on stderr
};

}  // namespace flagdebt::frontends::passes
