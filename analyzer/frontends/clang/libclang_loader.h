#pragma once
// libclang, opened with dlopen on first use instead of linked: mapping and relocating libclang and
// libLLVM (~600,000 relocations) cost every start ~15 ms, and most scans never ask libclang anything.
#include <clang-c/Index.h>

#include <expected>
#include <string>

namespace flagdebt::frontends::clangfe {

// The libclang functions flagdebt calls, without their `clang_` prefix.
#define FLAGDEBT_LIBCLANG_FUNCTIONS(X)                                                                    \
  X(Cursor_Evaluate) X(Cursor_getArgument) X(Cursor_getNumArguments) X(EvalResult_dispose)               \
  X(EvalResult_getAsDouble) X(EvalResult_getAsInt) X(EvalResult_getAsLongLong) X(EvalResult_getKind)      \
  X(File_isEqual) X(createIndex) X(disposeDiagnostic) X(disposeIndex) X(disposeSourceRangeList)           \
  X(disposeString) X(disposeTranslationUnit) X(formatDiagnostic) X(getCString) X(getCursorExtent)         \
  X(getCursorKind) X(getCursorLocation) X(getCursorReferenced) X(getCursorSpelling) X(getDiagnostic)      \
  X(getDiagnosticSeverity) X(getFile) X(getNumDiagnostics) X(getRangeEnd) X(getRangeStart)                \
  X(getSkippedRanges) X(getSpellingLocation) X(getTranslationUnitCursor) X(isDeclaration)                 \
  X(parseTranslationUnit2) X(visitChildren) X(getInclusions) X(getFileName) X(getFileContents)

struct LibClang {
#define FLAGDEBT_LIBCLANG_POINTER(name) decltype(&::clang_##name) name = nullptr;
  FLAGDEBT_LIBCLANG_FUNCTIONS(FLAGDEBT_LIBCLANG_POINTER)
#undef FLAGDEBT_LIBCLANG_POINTER
};

// Loaded once per process (thread-safe); the error names the library and what dlopen said.
const std::expected<LibClang, std::string>& libclang();

}  // namespace flagdebt::frontends::clangfe
