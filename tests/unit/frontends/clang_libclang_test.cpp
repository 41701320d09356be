// The libclang pass and the compilation database (frontends/clang/libclang_pass.h, compile_db.h).
#include <doctest/doctest.h>

#include <cstdlib>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sdk_rules/rules.h"
#include "frontends/clang/compile_db.h"
#include "frontends/clang/libclang_pass.h"

namespace {

using namespace flagdebt;
using namespace flagdebt::frontends::clangfe;
namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    // ctest runs each case in its own process, in parallel: mkdtemp gives each a folder of its own
    // (an unseeded std::rand() gave them all the same one).
    std::string pattern = (fs::temp_directory_path() / "flagdebt-clang-XXXXXX").string();
    path = ::mkdtemp(pattern.data()) ? fs::path(pattern) : fs::temp_directory_path() / "flagdebt-clang-fallback";
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
  }
};

sdk_rules::RuleSet unleash_rules() {
  auto rules = sdk_rules::parse_rules(
      "sdk: test\n"
      "checks:\n"
      "  - languages: [cpp]\n"
      "    methods: [isEnabled]\n"
      "    receiver: \"unleash|client\"\n"
      "    key: 0\n"
      "    returns: boolean\n",
      "test.yaml");
  REQUIRE(rules.has_value());
  return *rules;
}

}  // namespace

TEST_CASE("compile_commands.json: command splitting") {
  CHECK(split_command(R"(c++ -DX="a b" -I'inc dir' a\ b.cpp)") ==
        std::vector<std::string>{"c++", "-DX=a b", "-Iinc dir", "a b.cpp"});
}

TEST_CASE("compile_commands.json: relative folders, reduced arguments") {
  TempDir dir;
  dir.write("compile_commands.json",
            R"([{"directory": ".", "file": "src/a.cpp",
                 "command": "g++ -std=c++23 -Iinc -I /abs -isystem gen -include pch.h -DX=1 -c src/a.cpp -o a.o"}])");
  auto db = CompileDatabase::load(dir.path.string(), dir.path.string());
  REQUIRE(db.has_value());
  auto command = db->find((dir.path / "src" / "a.cpp").string());
  REQUIRE(command.has_value());
  CHECK(command->directory == fs::weakly_canonical(dir.path).string());
  std::string root = fs::weakly_canonical(dir.path).string();
  CHECK(command->args == std::vector<std::string>{"-std=c++2b", "-I" + root + "/inc", "-I", "/abs", "-isystem",
                                                  root + "/gen", "-include", root + "/pch.h", "-DX=1"});
  CHECK_FALSE(db->find((dir.path / "src" / "b.cpp").string()).has_value());
  CHECK_FALSE(CompileDatabase::load((dir.path / "nothing.json").string(), dir.path.string()).has_value());
}

TEST_CASE("compile_commands.json: a malformed database is an error at its file:line") {
  TempDir dir;
  std::string path = (dir.path / "bad.json").string();
  dir.write("bad.json", "[\n  {\"directory\": \".\",\n   \"file\": \"a.cpp\" oops}\n]\n");
  auto broken = CompileDatabase::load(path, dir.path.string());
  REQUIRE_FALSE(broken.has_value());
  CHECK(broken.error().file == path);
  CHECK(broken.error().line == 3);
  CHECK(broken.error().message == "compile database is not valid JSON");

  dir.write("bad.json", "{\"file\": \"a.cpp\"}\n");
  auto object = CompileDatabase::load(path, dir.path.string());
  REQUIRE_FALSE(object.has_value());
  CHECK(object.error().to_string() == path + ":1:1: compile database is not a JSON array");

  dir.write("bad.json",
            "[\n  {\"directory\": \".\", \"file\": \"a.cpp\", \"command\": \"cc a.cpp\"},\n"
            "  {\"directory\": \".\", \"command\": \"cc b.cpp\"}\n]\n");
  auto entry = CompileDatabase::load(path, dir.path.string());
  REQUIRE_FALSE(entry.has_value());
  CHECK(entry.error().to_string() == path + ":3:3: compile database entry has no \"file\" string");

  dir.write("bad.json", "[{\"directory\": \".\", \"file\": \"a.cpp\", \"arguments\": [\"cc\", 1]}]");
  auto arguments = CompileDatabase::load(path, dir.path.string());
  REQUIRE_FALSE(arguments.has_value());
  CHECK(arguments.error().line == 1);
}

TEST_CASE("compile_commands.json: a hostile database loads no code and reads no file outside the root") {
  TempDir dir;
  dir.write("compile_commands.json",
            R"([{"directory": ".", "file": "a.cpp", "arguments": ["cc", "-include", "/etc/passwd", "-imacros/etc/hosts",
                 "-include", "in_root.h", "-Xclang", "-load", "-Xclang", "evil.so", "-fplugin=evil.so", "@args.rsp", "--config", "x.cfg",
                 "-c", "a.cpp"]}])");
  auto db = CompileDatabase::load(dir.path.string(), dir.path.string());
  REQUIRE(db.has_value());
  auto command = db->find((dir.path / "a.cpp").string());
  REQUIRE(command.has_value());
  std::string root = fs::weakly_canonical(dir.path).string();
  CHECK(command->args == std::vector<std::string>{"-include", root + "/in_root.h"});
}

TEST_CASE("libclang: a check that only exists after macro expansion") {
  TempDir dir;
  std::string text =
      "struct Unleash { bool isEnabled(const char* name); };\n"
      "extern Unleash unleash;\n"
      "#define FEATURE_ON(name) (unleash.isEnabled(#name))\n"
      "#define FEATURE_OFF(name) (!unleash.isEnabled(#name))\n"
      "#define WRAP(e) (e)\n"
      "int f() {\n"
      "  if (FEATURE_ON(new_ui)) return 1;\n"
      "  if (FEATURE_OFF(old_ui)) return 2;\n"
      "  if (WRAP(unleash.isEnabled(\"seen_by_tree_sitter\"))) return 3;\n"
      "#if 0\n"
      "  skipped();\n"
      "#endif\n"
      "  return 0;\n"
      "}\n";
  dir.write("a.cpp", text);
  auto rules = unleash_rules();
  frontends::FlagIndex flags;
  std::string path = (dir.path / "a.cpp").string();
  frontends::ParseInput input{path, text, *languages::by_id("cpp"), rules, flags};
  ClangResult result = run_libclang(input, nullptr);
  REQUIRE(result.parsed);
  CHECK(result.errors == 0);
  REQUIRE(result.macro_checks.size() == 2);
  const frontends::passes::ExtraCheck& on = result.macro_checks[0];
  CHECK(on.check.key == "new_ui");
  CHECK(on.via == "FEATURE_ON");
  CHECK(on.whole);
  CHECK(text.substr(on.begin_byte, on.end_byte - on.begin_byte) == "FEATURE_ON(new_ui)");
  CHECK(result.macro_checks[1].check.key == "old_ui");
  CHECK_FALSE(result.macro_checks[1].whole);  // a negation of the check, not the check
  REQUIRE(result.skipped.size() == 1);
  CHECK(text.substr(result.skipped[0].first, 5) == "#if 0");
}

TEST_CASE("libclang: a translation unit that does not compile still parses") {
  TempDir dir;
  std::string text = "#include \"missing/header.h\"\nint f() { return undefined_thing(); }\n";
  dir.write("b.cpp", text);
  sdk_rules::RuleSet rules;
  frontends::FlagIndex flags;
  std::string path = (dir.path / "b.cpp").string();
  frontends::ParseInput input{path, text, *languages::by_id("cpp"), rules, flags};
  ClangResult result = run_libclang(input, nullptr);
  CHECK(result.parsed);
  CHECK(result.errors >= 1);
  CHECK(result.macro_checks.empty());
}

TEST_CASE("libclang: a compile command's include folders are used, the process folder is not changed") {
  TempDir dir;
  dir.write("inc/flags.h", "#define FEATURE_ON(name) (unleash.isEnabled(#name))\n");
  dir.write("compile_commands.json",
            R"([{"directory": ".", "file": "a.cpp", "arguments": ["c++", "-x", "c++", "-Iinc", "-c", "a.cpp"]}])");
  std::string text =
      "#include \"flags.h\"\n"
      "struct Unleash { bool isEnabled(const char* name); };\n"
      "extern Unleash unleash;\n"
      "int f() { return FEATURE_ON(new_ui) ? 1 : 0; }\n";
  dir.write("a.cpp", text);
  auto rules = unleash_rules();
  frontends::FlagIndex flags;
  std::string path = (dir.path / "a.cpp").string();
  frontends::ParseInput input{path, text, *languages::by_id("cpp"), rules, flags};
  fs::path before = fs::current_path();
  auto db = CompileDatabase::load(dir.path.string(), dir.path.string());
  REQUIRE(db.has_value());
  ClangResult result = run_libclang(input, &*db);
  CHECK(fs::current_path() == before);
  CHECK(result.with_compile_commands);
  CHECK(result.errors == 0);
  REQUIRE(result.macro_checks.size() == 1);
  CHECK(result.macro_checks[0].check.key == "new_ui");
}

TEST_CASE("libclang: a key written only in a header outside the scan root never becomes a finding's key") {
  // The scan root is the current folder; both temporary folders lie outside it (ctest runs in the
  // build folder). A hostile file includes a file of the machine by its absolute path.
  TempDir outside;
  outside.write("secret.h", "#define SECRET_KEY \"db-password-42\"\n");
  TempDir dir;
  std::string text =
      "#include \"" + (outside.path / "secret.h").string() + "\"\n"
      "struct Unleash { bool isEnabled(const char* name); };\n"
      "extern Unleash unleash;\n"
      "#define FEATURE_ON(name) (unleash.isEnabled(name))\n"
      "int f() { return FEATURE_ON(SECRET_KEY) + FEATURE_ON(\"new_ui\"); }\n";
  dir.write("a.cpp", text);
  auto rules = unleash_rules();
  frontends::FlagIndex flags;
  std::string path = (dir.path / "a.cpp").string();
  frontends::ParseInput input{path, text, *languages::by_id("cpp"), rules, flags};
  ClangResult result = run_libclang(input, nullptr);
  REQUIRE(result.parsed);
  CHECK(result.errors == 0);
  REQUIRE(result.macro_checks.size() == 1);  // the key written in the file itself still counts
  CHECK(result.macro_checks[0].check.key == "new_ui");
}

TEST_CASE("libclang: a key written in a header under the scan root is used") {
  // A header in a folder below the current one (the root), found through -I like a project header.
  std::error_code ec;
  fs::path inside = fs::current_path() / ("flagdebt-root-header-" + std::to_string(::getpid()));
  fs::create_directories(inside);
  std::ofstream(inside / "keys.h") << "#define NEW_UI_KEY \"new_ui\"\n";
  TempDir dir;
  std::string text =
      "#include \"keys.h\"\n"
      "struct Unleash { bool isEnabled(const char* name); };\n"
      "extern Unleash unleash;\n"
      "#define FEATURE_ON(name) (unleash.isEnabled(name))\n"
      "int f() { return FEATURE_ON(NEW_UI_KEY); }\n";
  dir.write("a.cpp", text);
  dir.write("compile_commands.json", R"([{"directory": ".", "file": "a.cpp", "arguments": ["c++", "-x", "c++", "-I)" +
                                         inside.string() + R"(", "-c", "a.cpp"]}])");
  auto rules = unleash_rules();
  frontends::FlagIndex flags;
  std::string path = (dir.path / "a.cpp").string();
  frontends::ParseInput input{path, text, *languages::by_id("cpp"), rules, flags};
  auto db = CompileDatabase::load(dir.path.string(), dir.path.string());
  REQUIRE(db.has_value());
  ClangResult result = run_libclang(input, &*db);
  fs::remove_all(inside, ec);
  CHECK(result.errors == 0);
  REQUIRE(result.macro_checks.size() == 1);
  CHECK(result.macro_checks[0].check.key == "new_ui");
}
