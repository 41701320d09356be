#pragma once
// The language table: every file type flagdebt reads, generated from grammars/languages.json
// (cmake/Languages.cmake). Discovery, the frontend registry, literals and rule packs read it;
// no other place lists languages.
#include <string_view>
#include <vector>

struct TSLanguage;

namespace flagdebt::languages {

struct Language {
  std::string_view id;                         // "python"
  std::vector<std::string_view> families;      // names rule packs may use instead: "jvm", "ecma"
  std::vector<std::string_view> extensions;    // with the dot, lower case: ".py"
  std::vector<std::string_view> file_names;    // whole names: "Dockerfile"
  std::vector<std::string_view> name_prefixes;  // names starting so, when no extension matched: "Dockerfile."
  std::vector<std::string_view> interpreters;  // #! programs; a trailing '*' matches any suffix
  std::vector<std::string_view> line_comments;  // "//", "#"
  std::vector<std::string_view> block_comment;  // {open, close}, or empty
  std::string_view string_prefixes;            // characters that may precede a string's quote
  std::string_view interpolating_prefixes;     // those that make {x} a placeholder (f"", $"")
  const TSLanguage* (*grammar)() = nullptr;    // null: a configuration format, read as text only
  std::string_view query;                      // folder under analyzer/frontends/queries
  std::vector<std::string_view> passes;        // model passes by name (frontends/passes/pass_table.h)
  std::string_view empty_statement;            // "pass": what `flagdebt fix` puts in a block it empties
  std::string_view plain_block;                // "{": a braced block may be a statement (and opens a scope)

  bool has_code_model() const { return grammar != nullptr; }
  // Whether a rule pack's `languages:` entry names this language: its id, a family, or "all".
  bool is_named_by(std::string_view name) const;
};

const std::vector<Language>& all();
const Language* by_id(std::string_view id);
// By file name, then extension (case-insensitive), then name prefix (`.env.production`,
// `Dockerfile.prod`), then a `#!` line at the start of `head`.
const Language* detect(std::string_view path, std::string_view head);
// Whether `name` is a language id, a family or "all" (rule files are checked against it).
bool is_known_name(std::string_view name);

}  // namespace flagdebt::languages
