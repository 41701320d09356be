#include "frontends/clang/compile_db.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

namespace flagdebt::frontends::clangfe {
namespace fs = std::filesystem;
namespace {

std::string normal(const fs::path& path, const fs::path& base) {
  std::error_code ec;
  fs::path absolute = path.is_absolute() ? path : base / path;
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return (ec ? absolute.lexically_normal() : canonical).string();
}

// Options whose value is a path, joined (-Iinc, --sysroot=x) or separate (-I inc).
constexpr std::string_view kPathOptions[] = {
    "-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros", "-F", "-iframework", "-isysroot",
    "--sysroot", "-ivfsoverlay", "-include-pch", "-iprefix", "-resource-dir", "-fmodule-map-file", "-cxx-isystem",
};

// A relative path made absolute from the command's folder. libclang must not be given
// -working-directory instead: with the real file system it changes the process's current folder.
std::string absolute_in(std::string_view value, const fs::path& dir) {
  if (value.empty() || fs::path(value).is_absolute()) return std::string(value);
  return (dir / value).lexically_normal().string();
}

std::string rebase(const std::string& arg, const fs::path& dir) {
  for (std::string_view option : kPathOptions) {
    if (!arg.starts_with(option) || arg.size() == option.size()) continue;
    std::string_view rest = std::string_view(arg).substr(option.size());
    bool equals = rest.starts_with('=');
    if (option.starts_with("--") || option == "-fmodule-map-file" || option == "-resource-dir") {
      if (!equals) continue;
    } else if (option != "-I" && option != "-F" && !equals) {
      // -isystem/path is joined; -include-pch is not -include + "-pch"
      if (rest.starts_with("-")) continue;
    }
    if (equals) rest.remove_prefix(1);
    return std::string(option) + (equals ? "=" : "") + absolute_in(rest, dir);
  }
  return arg;
}

bool takes_separate_path(std::string_view arg) {
  for (std::string_view option : kPathOptions) {
    if (arg == option) return true;
  }
  return false;
}

// Arguments libclang should see: no compiler, no source file, no output or dependency files, and
// every relative path made absolute.
std::vector<std::string> reduce(const std::vector<std::string>& argv, const std::string& file, const fs::path& dir) {
  std::vector<std::string> out;
  for (size_t i = 1; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "-o" || a == "-MF" || a == "-MT" || a == "-MQ") {
      ++i;
      continue;
    }
    if (takes_separate_path(a) && i + 1 < argv.size()) {
      out.push_back(a);
      out.push_back(absolute_in(argv[++i], dir));
      continue;
    }
    if (a == "-c" || a == "-MD" || a == "-MMD" || a == "--" || a.starts_with("-o")) continue;
    if (!a.starts_with("-") && normal(a, dir) == file) continue;
    // clang 14 knows C++23 as c++2b.
    if (a == "-std=c++23" || a == "-std=c++26" || a == "-std=c++2c") {
      out.push_back("-std=c++2b");
    } else if (a == "-std=gnu++23" || a == "-std=gnu++26" || a == "-std=gnu++2c") {
      out.push_back("-std=gnu++2b");
    } else {
      out.push_back(rebase(a, dir));
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> split_command(const std::string& command) {
  std::vector<std::string> out;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (size_t i = 0; i < command.size(); ++i) {
    char c = command[i];
    if (quote) {
      if (c == quote) {
        quote = 0;
      } else if (c == '\\' && quote == '"' && i + 1 < command.size()) {
        word += command[++i];
      } else {
        word += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_word = true;
    } else if (c == '\\' && i + 1 < command.size()) {
      word += command[++i];
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) out.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(std::move(word));
  return out;
}

const CompileDatabase* CompileDatabase::load(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<CompileDatabase>> loaded;
  std::error_code ec;
  fs::path json = fs::is_directory(path, ec) ? fs::path(path) / "compile_commands.json" : fs::path(path);
  std::string key = normal(json, fs::current_path(ec));
  std::lock_guard lock(mutex);
  if (auto it = loaded.find(key); it != loaded.end()) return it->second.get();
  std::unique_ptr<CompileDatabase> db;
  std::ifstream in(key);
  if (in) {
    auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (doc.is_array()) {
      db = std::make_unique<CompileDatabase>();
      fs::path base = fs::path(key).parent_path();
      for (const auto& entry : doc) {
        if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string()) continue;
        fs::path dir = base;
        if (entry.contains("directory") && entry["directory"].is_string()) {
          fs::path d = entry["directory"].get<std::string>();
          dir = d.is_absolute() ? d : base / d;  // a relative folder is read from the database's own
        }
        dir = normal(dir, base);
        std::vector<std::string> argv;
        if (entry.contains("arguments") && entry["arguments"].is_array()) {
          for (const auto& a : entry["arguments"]) {
            if (a.is_string()) argv.push_back(a.get<std::string>());
          }
        } else if (entry.contains("command") && entry["command"].is_string()) {
          argv = split_command(entry["command"].get<std::string>());
        }
        std::string file = normal(entry["file"].get<std::string>(), dir);
        db->entries_.emplace(file, CompileCommand{dir.string(), reduce(argv, file, dir)});
      }
    }
  }
  return (loaded[key] = std::move(db)).get();
}

const CompileDatabase* CompileDatabase::for_scan(const std::string& explicit_path) {
  if (!explicit_path.empty()) return load(explicit_path);
  std::error_code ec;
  for (const char* candidate : {"compile_commands.json", "build/compile_commands.json"}) {
    if (fs::is_regular_file(candidate, ec)) return load(candidate);
  }
  return nullptr;
}

std::optional<CompileCommand> CompileDatabase::find(const std::string& file) const {
  std::error_code ec;
  std::string wanted = normal(file, fs::current_path(ec));
  auto it = entries_.find(wanted);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

}  // namespace flagdebt::frontends::clangfe
