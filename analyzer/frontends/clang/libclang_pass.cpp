#include "frontends/clang/libclang_pass.h"


#include <chrono>
#include <filesystem>
#include <map>
#include <memory>

#include "frontends/clang/compile_db.h"
#include "frontends/clang/libclang_loader.h"
#include "frontends/treesitter/literals.h"

namespace flagdebt::frontends::clangfe {
namespace fs = std::filesystem;
namespace {

// Valid once run_libclang has checked that libclang loaded.
const LibClang& cx() { return *libclang(); }

std::string text_of(CXString s) {
  const char* c = cx().getCString(s);
  std::string out = c ? c : "";
  cx().disposeString(s);
  return out;
}

std::string spelling(CXCursor c) { return text_of(cx().getCursorSpelling(c)); }

// libclang 14's clang_getSpellingLocation answers with the file location: for a token written in a
// macro's definition, the place the macro is used; for a macro argument, where the argument is written.
struct FilePos {
  CXFile file = nullptr;
  unsigned offset = 0;
};
FilePos file_pos(CXSourceLocation loc) {
  FilePos pos;
  cx().getSpellingLocation(loc, &pos.file, nullptr, nullptr, &pos.offset);
  return pos;
}

std::vector<CXCursor> children(CXCursor c) {
  std::vector<CXCursor> out;
  cx().visitChildren(
      c,
      [](CXCursor child, CXCursor, CXClientData data) {
        static_cast<std::vector<CXCursor>*>(data)->push_back(child);
        return CXChildVisit_Continue;
      },
      &out);
  return out;
}

// Through implicit conversions, parentheses and converting constructors (std::string from a literal)
// to the expression that gives an argument its value.
CXCursor unwrap(CXCursor c) {
  for (int depth = 0; depth < 8; ++depth) {
    CXCursorKind kind = cx().getCursorKind(c);
    bool constructor = kind == CXCursor_CallExpr && cx().getCursorKind(cx().getCursorReferenced(c)) == CXCursor_Constructor;
    if (kind != CXCursor_UnexposedExpr && kind != CXCursor_ParenExpr && !constructor) return c;
    auto kids = children(c);
    if (kids.empty()) return c;
    c = kids.front();
  }
  return c;
}

std::optional<std::string> key_of(CXCursor arg, const ParseInput& input) {
  CXCursor value = unwrap(arg);
  switch (cx().getCursorKind(value)) {
    case CXCursor_StringLiteral: return ts::string_value(spelling(value), input.language);
    case CXCursor_DeclRefExpr:
    case CXCursor_MemberRefExpr:
      if (const std::string* key = input.flags.key_of_alias(spelling(value))) return *key;
      return std::nullopt;
    default: return std::nullopt;
  }
}

std::optional<model::Value> literal_of(CXCursor arg, const languages::Language& language) {
  CXCursor value = unwrap(arg);
  CXCursorKind kind = cx().getCursorKind(value);
  if (kind == CXCursor_StringLiteral) {
    if (auto s = ts::string_value(spelling(value), language)) return model::Value{*s};
    return std::nullopt;
  }
  if (kind != CXCursor_CXXBoolLiteralExpr && kind != CXCursor_IntegerLiteral && kind != CXCursor_FloatingLiteral) {
    return std::nullopt;
  }
  CXEvalResult result = cx().Cursor_Evaluate(value);
  if (!result) return std::nullopt;
  std::optional<model::Value> out;
  CXEvalResultKind rk = cx().EvalResult_getKind(result);
  if (kind == CXCursor_CXXBoolLiteralExpr && rk == CXEval_Int) out = model::Value{cx().EvalResult_getAsInt(result) != 0};
  else if (rk == CXEval_Int) out = model::Value{static_cast<double>(cx().EvalResult_getAsLongLong(result))};
  else if (rk == CXEval_Float) out = model::Value{cx().EvalResult_getAsDouble(result)};
  cx().EvalResult_dispose(result);
  return out;
}

// The object a member call is made on, as its name (`unleashClient`, `client_`), for receiver hints.
std::string receiver_of(CXCursor call) {
  auto kids = children(call);
  if (kids.empty() || cx().getCursorKind(kids.front()) != CXCursor_MemberRefExpr) return {};
  auto base = children(kids.front());
  if (base.empty()) return {};
  CXCursor object = unwrap(base.front());
  CXCursorKind kind = cx().getCursorKind(object);
  return kind == CXCursor_DeclRefExpr || kind == CXCursor_MemberRefExpr ? spelling(object) : std::string();
}

// Whether a key libclang read from a string literal is written under the scan root (the current
// folder): in the scanned file itself (a literal, a stringified macro argument) or in a header
// below the root. A literal from a header elsewhere (an -I folder of the compile database, or a
// hostile file's `#include "/etc/..."`) could carry any text of the machine into a report as a
// flag key; it is dropped (docs/reliability.md).
bool written_in_root(CXTranslationUnit unit, std::string_view main_text, const std::string& key) {
  if (main_text.find(key) != std::string_view::npos) return true;
  std::error_code cwd_error;
  fs::path root = fs::current_path(cwd_error);
  if (cwd_error) return false;
  struct Search {
    CXTranslationUnit unit;
    const std::string& key;
    fs::path root;
    bool found = false;
  } search{unit, key, root};
  cx().getInclusions(
      unit,
      [](CXFile file, CXSourceLocation*, unsigned, CXClientData data) {
        auto& s = *static_cast<Search*>(data);
        if (s.found) return;
        std::error_code ec;
        fs::path name = fs::weakly_canonical(text_of(cx().getFileName(file)), ec);
        fs::path relative = name.lexically_relative(s.root);
        if (ec || relative.empty() || *relative.begin() == "..") return;
        size_t size = 0;
        const char* contents = cx().getFileContents(s.unit, file, &size);
        s.found = contents && std::string_view(contents, size).find(s.key) != std::string_view::npos;
      },
      &search);
  return search.found;
}

struct Invocation {
  unsigned end = 0;
  std::string name;
};

class Walker {
 public:
  Walker(const ParseInput& input, std::string_view language, CXTranslationUnit unit, CXFile main, ClangResult& out)
      : input_(input), language_(language), unit_(unit), main_(main), out_(out) {}

  void run(CXCursor tu) {
    // Top level: macro invocations of this file (the detailed preprocessing record), and the
    // declarations written in it. Headers' declarations are not walked.
    for (CXCursor top : children(tu)) {
      FilePos pos = file_pos(cx().getCursorLocation(top));
      if (!pos.file || !cx().File_isEqual(pos.file, main_)) continue;
      if (cx().getCursorKind(top) == CXCursor_MacroExpansion) {
        CXSourceRange extent = cx().getCursorExtent(top);
        invocations_[pos.offset] = {file_pos(cx().getRangeEnd(extent)).offset, spelling(top)};
      }
    }
    if (invocations_.empty()) return;
    for (CXCursor top : children(tu)) {
      FilePos pos = file_pos(cx().getCursorLocation(top));
      if (pos.file && cx().File_isEqual(pos.file, main_) && cx().isDeclaration(cx().getCursorKind(top))) walk(top);
    }
  }

 private:
  void walk(CXCursor c) {
    if (ancestors_.size() > 400) return;
    if (cx().getCursorKind(c) == CXCursor_CallExpr) consider(c);
    ancestors_.push_back(c);
    for (CXCursor child : children(c)) walk(child);
    ancestors_.pop_back();
  }

  void consider(CXCursor call) {
    FilePos pos = file_pos(cx().getCursorLocation(call));
    auto invocation = invocations_.find(pos.offset);
    // A call written in the file (or in a macro's argument) is tree-sitter's to see.
    if (!pos.file || !cx().File_isEqual(pos.file, main_) || invocation == invocations_.end()) return;
    std::string method = spelling(call);
    std::string receiver = receiver_of(call);
    int argc = cx().Cursor_getNumArguments(call);
    for (const sdk_rules::CallRule* rule : input_.rules.match(input_.language, method)) {
      if (rule->receiver && !receiver.empty() && !rule->receiver->search(receiver)) continue;
      if (!rule->key_index || *rule->key_index >= argc) continue;
      auto key = key_of(cx().Cursor_getArgument(call, *rule->key_index), input_);
      if (!key || !written_in_root(unit_, input_.text, *key)) continue;
      passes::ExtraCheck found;
      found.begin_byte = pos.offset;
      found.end_byte = invocation->second.end;
      found.check.key = *key;
      found.check.returns = rule->returns;
      if (rule->default_index && *rule->default_index < argc) {
        found.check.default_value = literal_of(cx().Cursor_getArgument(call, *rule->default_index), input_.language);
      }
      found.via = invocation->second.name;  // "checked through FEATURE_ON()"
      found.whole = whole_expansion(found.begin_byte, found.end_byte);
      out_.macro_checks.push_back(std::move(found));
      return;
    }
  }

  // Whether the call is the macro's whole expansion: every enclosing expression that lies inside the
  // invocation's text (it comes from the macro) is an implicit conversion or parentheses. The first
  // one reaching outside the invocation is the code around the macro.
  bool whole_expansion(unsigned begin, unsigned end) const {
    for (auto it = ancestors_.rbegin(); it != ancestors_.rend(); ++it) {
      CXSourceRange extent = cx().getCursorExtent(*it);
      FilePos from = file_pos(cx().getRangeStart(extent)), to = file_pos(cx().getRangeEnd(extent));
      bool inside = from.file && cx().File_isEqual(from.file, main_) && from.offset >= begin && to.offset <= end;
      if (!inside) return true;
      CXCursorKind kind = cx().getCursorKind(*it);
      if (kind != CXCursor_UnexposedExpr && kind != CXCursor_ParenExpr) return false;
    }
    return true;
  }

  const ParseInput& input_;
  std::string_view language_;
  CXTranslationUnit unit_;
  CXFile main_;
  ClangResult& out_;
  std::map<unsigned, Invocation> invocations_;  // by the offset of the macro's name
  std::vector<CXCursor> ancestors_;
};

struct IndexDeleter {
  void operator()(void* index) const { cx().disposeIndex(index); }
};
struct UnitDeleter {
  void operator()(CXTranslationUnitImpl* unit) const { cx().disposeTranslationUnit(unit); }
};

}  // namespace

std::vector<std::string> default_arguments(std::string_view path, std::string_view language) {
  std::error_code ec;
  fs::path absolute = fs::absolute(fs::path(path), ec);
  std::vector<std::string> args;
  if (language == "c") args = {"-x", "c", "-std=c11"};
  else args = {"-x", "c++", "-std=c++17"};
  // Like -I<file's folder> -I<scan root>, without letting a project header shadow a system one
  // (a `features.h` next to the file would replace glibc's <features.h> under -I).
  std::string root = fs::current_path(ec).string();
  for (const std::string& flag : {"-iquote" + absolute.parent_path().string(), "-iquote" + root, "-idirafter" + root}) {
    args.push_back(flag);
  }
  return args;
}

ClangResult run_libclang(const ParseInput& input, const CompileDatabase* database) {
  std::string_view language = input.language.id;
  auto started = std::chrono::steady_clock::now();
  ClangResult out;
  if (!libclang()) {  // the tree-sitter model stands alone, as when the translation unit fails
    out.first_error = libclang().error();
    return out;
  }
  std::error_code ec;
  std::string absolute = fs::absolute(fs::path(input.path), ec).lexically_normal().string();

  std::vector<std::string> args;
  std::optional<CompileCommand> command;
  if (database) command = database->find(absolute);
  if (command) {
    args = command->args;
  } else {
    args = default_arguments(input.path, language);
  }
  for (const char* extra : {"-ferror-limit=0", "-w"}) args.push_back(extra);

  std::unique_ptr<void, IndexDeleter> index(cx().createIndex(0, 0));
  CXUnsavedFile unsaved{absolute.c_str(), input.text.data(), static_cast<unsigned long>(input.text.size())};
  unsigned options = CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord;
  auto parse = [&](const std::vector<std::string>& with) {
    std::vector<const char*> argv;
    for (const auto& a : with) argv.push_back(a.c_str());
    CXTranslationUnit unit = nullptr;
    auto parse_started = std::chrono::steady_clock::now();
    CXErrorCode error = cx().parseTranslationUnit2(index.get(), absolute.c_str(), argv.data(), static_cast<int>(argv.size()),
                                                    &unsaved, 1, options, &unit);
    out.parse_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - parse_started).count();
    if (error != CXError_Success && unit) {
      cx().disposeTranslationUnit(unit);
      unit = nullptr;
    }
    return std::unique_ptr<CXTranslationUnitImpl, UnitDeleter>(unit);
  };
  auto unit = parse(args);
  out.with_compile_commands = command && unit;
  if (!unit && command) {  // arguments libclang rejects (another compiler's flags): the defaults
    args = default_arguments(input.path, language);
    for (const char* extra : {"-ferror-limit=0", "-w"}) args.push_back(extra);
    unit = parse(args);
  }
  out.arguments = args;
  if (unit) {
    out.parsed = true;
    for (unsigned i = 0, n = cx().getNumDiagnostics(unit.get()); i < n; ++i) {
      CXDiagnostic diagnostic = cx().getDiagnostic(unit.get(), i);
      if (cx().getDiagnosticSeverity(diagnostic) >= CXDiagnostic_Error && out.errors++ == 0) {
        out.first_error = text_of(cx().formatDiagnostic(diagnostic, CXDiagnostic_DisplaySourceLocation));
      }
      cx().disposeDiagnostic(diagnostic);
    }
    if (CXFile main = cx().getFile(unit.get(), absolute.c_str())) {
      Walker(input, language, unit.get(), main, out).run(cx().getTranslationUnitCursor(unit.get()));
      if (CXSourceRangeList* skipped = cx().getSkippedRanges(unit.get(), main)) {
        for (unsigned i = 0; i < skipped->count; ++i) {
          out.skipped.emplace_back(file_pos(cx().getRangeStart(skipped->ranges[i])).offset,
                                   file_pos(cx().getRangeEnd(skipped->ranges[i])).offset);
        }
        cx().disposeSourceRangeList(skipped);
      }
    }
  }
  out.total_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace flagdebt::frontends::clangfe
