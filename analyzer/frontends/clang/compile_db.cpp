#include "frontends/clang/compile_db.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>

#include "frontends/clang/json_positions.h"
#include "support/line_index.h"
#include "support/read_file.h"

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

// A path option with its value in the same argument (-Iinc, -include=pch.h, --sysroot=x).
struct JoinedPath {
  std::string_view option;
  bool equals = false;
  std::string_view value;
};
std::optional<JoinedPath> joined_path(const std::string& arg) {
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
    return JoinedPath{option, equals, rest};
  }
  return std::nullopt;
}

bool inside(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  fs::path relative = (ec ? path.lexically_normal() : canonical).lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

// Options that make clang read the named file whatever the source includes: from a hostile
// database they could pull any file of the machine into the parse, so only the scan root's.
bool reads_outside(std::string_view option, const std::string& value, const fs::path& root) {
  bool forced = option == "-include" || option == "-imacros" || option == "-include-pch" || option == "-ivfsoverlay";
  return forced && !inside(value, root);
}

// Arguments that load code into the parser or read more arguments from a file (a response file,
// a clang configuration file).
bool loads_code(std::string_view arg) {
  return arg.starts_with("@") || arg.starts_with("-fplugin=") || arg.starts_with("-fpass-plugin=") ||
         arg.starts_with("--config=");
}

bool takes_separate_path(std::string_view arg) {
  for (std::string_view option : kPathOptions) {
    if (arg == option) return true;
  }
  return false;
}

std::string modern_std(const std::string& arg) {
  // clang 14 knows C++23 as c++2b.
  if (arg == "-std=c++23" || arg == "-std=c++26" || arg == "-std=c++2c") return "-std=c++2b";
  if (arg == "-std=gnu++23" || arg == "-std=gnu++26" || arg == "-std=gnu++2c") return "-std=gnu++2b";
  return arg;
}

struct Reducer {
  const std::string& file;
  const fs::path& dir;
  const fs::path& root;
  std::vector<std::string> out;

  // Arguments libclang should see: no compiler, no source file, no output or dependency files, no
  // code loading (-Xclang hands its value to the parser unchecked, `-Xclang -load -Xclang x.so`
  // among them), and every relative path made absolute.
  void run(const std::vector<std::string>& argv) {
    for (size_t i = 1; i < argv.size(); ++i) {
      const std::string& a = argv[i];
      bool has_next = i + 1 < argv.size();
      if (a == "-o" || a == "-MF" || a == "-MT" || a == "-MQ" || a == "-Xclang" || a == "-load" ||
          a == "--config") {
        ++i;
      } else if (takes_separate_path(a) && has_next) {
        add(a, false, argv[++i], true);
      } else if (a == "-c" || a == "-MD" || a == "-MMD" || a == "--" || a.starts_with("-o") || loads_code(a)) {
        continue;
      } else if (auto joined = joined_path(a)) {
        add(joined->option, joined->equals, joined->value, false);
      } else if (a.starts_with("-") || normal(a, dir) != file) {
        out.push_back(modern_std(a));
      }
    }
  }

  void add(std::string_view option, bool equals, std::string_view value, bool separate) {
    std::string absolute = absolute_in(value, dir);
    if (reads_outside(option, absolute, root)) return;
    if (separate) {
      out.emplace_back(option);
      out.push_back(absolute);
    } else {
      out.push_back(std::string(option) + (equals ? "=" : "") + absolute);
    }
  }
};

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

namespace {

// The entry's folder: a relative one is read from the database's own folder.
fs::path folder_of(const nlohmann::json& entry, const fs::path& base) {
  fs::path dir = entry["directory"].get<std::string>();
  return normal(dir.is_absolute() ? dir : base / dir, base);
}

std::vector<std::string> argv_of(const nlohmann::json& entry) {
  if (!entry.contains("arguments")) return split_command(entry["command"].get<std::string>());
  std::vector<std::string> argv;
  for (const auto& a : entry["arguments"]) argv.push_back(a.get<std::string>());
  return argv;
}

// What an entry lacks, if anything: the JSON Compilation Database format requires "directory",
// "file" and either "arguments" (strings) or "command".
std::optional<std::string> entry_problem(const nlohmann::json& entry) {
  if (!entry.is_object()) return "compile database entry is not an object";
  for (const char* field : {"directory", "file"}) {
    if (!entry.contains(field) || !entry[field].is_string()) return std::string("compile database entry has no \"") + field + "\" string";
  }
  if (entry.contains("arguments")) {
    const auto& args = entry["arguments"];
    bool strings = args.is_array() && std::all_of(args.begin(), args.end(), [](const auto& a) { return a.is_string(); });
    return strings ? std::nullopt : std::optional<std::string>("compile database entry's \"arguments\" is not a list of strings");
  }
  if (entry.contains("command") && entry["command"].is_string()) return std::nullopt;
  return "compile database entry has neither \"arguments\" nor a \"command\" string";
}

std::expected<nlohmann::json, support::Diag> parse_json(const std::string& shown, const std::string& text) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    uint32_t byte = static_cast<uint32_t>(std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size()));
    support::Point at = support::LineIndex(text).point_at(byte);
    return std::unexpected(support::make_diag(shown, at.line, at.column, "compile database is not valid JSON"));
  } catch (const nlohmann::json::exception& e) {  // a number out of range (out_of_range.406)
    return std::unexpected(support::make_diag(shown, 1, 1, "compile database is not valid JSON: " + std::string(e.what())));
  }
}

}  // namespace

std::expected<CompileDatabase, support::Diag> CompileDatabase::load(const std::string& path, const std::string& root) {
  std::error_code ec;
  std::string shown = fs::is_directory(path, ec) ? (fs::path(path) / "compile_commands.json").string() : path;
  auto text = support::read_file(shown, uint64_t(1) << 30);
  if (!text) return std::unexpected(support::make_diag(shown, 0, 0, text.error().message));
  auto doc = parse_json(shown, *text);
  if (!doc) return std::unexpected(doc.error());
  if (!doc->is_array()) return std::unexpected(support::make_diag(shown, 1, 1, "compile database is not a JSON array"));
  CompileDatabase db;
  fs::path json = normal(shown, fs::current_path(ec));
  fs::path base = json.parent_path();
  fs::path canonical_root = normal(root, fs::current_path(ec));
  std::vector<uint32_t> starts = element_offsets(*text);
  support::LineIndex lines(*text);
  for (size_t i = 0; i < doc->size(); ++i) {
    const auto& entry = (*doc)[i];
    if (auto problem = entry_problem(entry)) {
      support::Point at = lines.point_at(i < starts.size() ? starts[i] : 0);
      return std::unexpected(support::make_diag(shown, at.line, at.column, *problem));
    }
    fs::path dir = folder_of(entry, base);
    std::string file = normal(entry["file"].get<std::string>(), dir);
    Reducer reducer{file, dir, canonical_root, {}};
    reducer.run(argv_of(entry));
    db.entries_.emplace(file, CompileCommand{dir.string(), std::move(reducer.out)});
  }
  return db;
}

std::expected<std::optional<CompileDatabase>, support::Diag> CompileDatabase::for_scan(const std::string& explicit_path) {
  std::error_code ec;
  std::string root = fs::current_path(ec).string();
  if (!explicit_path.empty()) return load(explicit_path, root);
  for (const char* candidate : {"compile_commands.json", "build/compile_commands.json"}) {
    if (!fs::exists(candidate, ec)) continue;
    // The repository's files are untrusted: a symlink to a file elsewhere is not its database.
    if (!inside(fs::absolute(candidate, ec), normal(root, root))) {
      return std::unexpected(support::make_diag(candidate, 0, 0, "compile database lies outside the scan root"));
    }
    return load(candidate, root);
  }
  return std::nullopt;
}

std::optional<CompileCommand> CompileDatabase::find(const std::string& file) const {
  std::error_code ec;
  std::string wanted = normal(file, fs::current_path(ec));
  auto it = entries_.find(wanted);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

}  // namespace flagdebt::frontends::clangfe
