#pragma once
// Preprocessor conditionals, evaluated by flagdebt itself (BRIEF "C and C++ on real repositories").
//
// The directive scanner reads #if/#ifdef/#ifndef/#elif/#elifdef/#elifndef/#else/#endif straight from
// the text (comments, string and raw-string literals and line continuations understood), groups
// them into conditionals, and turns each into an if-chain construct of the FileModel:
//   - a manifest alias used as a value (`#if FEATURE_X`) is a check of its flag: a decided flag's
//     macro is defined to its value (true -> 1, false -> 0);
//   - `defined(FEATURE_X)` / `#ifdef FEATURE_X` is true when the flag is decided true, unknown
//     otherwise (with a flag decided false, code bases differ: `#define FEATURE_X 0` or no define);
//   - every other macro, and every operator but ! && || == != and parentheses, is unknown.
// An arm spans from its directive line to the line before the next directive of the same
// conditional; the #endif line belongs to no arm. A conditional left open at the end of the file is
// ignored (precision first).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/frontend.h"
#include "model/file_model.h"
#include "support/line_index.h"

namespace flagdebt::frontends::clangfe {

enum class DirectiveKind { If, Ifdef, Ifndef, Elif, Elifdef, Elifndef, Else, Endif };

struct Directive {
  DirectiveKind kind = DirectiveKind::If;
  uint32_t hash_byte = 0;      // the '#'
  uint32_t line_begin = 0;     // first byte of the (first physical) line
  uint32_t end_byte = 0;       // end of the logical line, before its line break
  uint32_t expr_begin = 0;     // the condition (or name) text: [expr_begin, end_byte)
};

struct Conditional {
  std::vector<Directive> arms;  // #if.. then #elif.. then #else, in order
  Directive endif;
};

// Every complete conditional of the file, outer ones before the ones nested in them.
std::vector<Conditional> scan_conditionals(std::string_view text);

// Appends one if-chain construct per conditional whose arms mention a flag (checks, conditions).
void add_preprocessor_constructs(std::string_view text, const std::vector<Conditional>& conditionals,
                                 const support::LineIndex& lines, const FlagIndex& flags, model::FileModel& model);

// The lines of the file that hold a conditional directive (#if ... #endif), 1-based, sorted.
std::vector<uint32_t> directive_lines(const std::vector<Conditional>& conditionals, const support::LineIndex& lines);

}  // namespace flagdebt::frontends::clangfe
