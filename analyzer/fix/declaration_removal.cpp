#include "fix/declaration_removal.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "edits/edit_planner.h"
#include "fix/declaration_span.h"
#include "fix/import_forms.h"
#include "frontends/registry.h"
#include "languages/languages.h"
#include "manifest/manifest.h"
#include "prefilter/prefilter.h"
#include "support/line_index.h"
#include "support/read_file.h"
#include "support/utf16.h"

namespace flagdebt::fix {
namespace {

using Range = std::pair<uint32_t, uint32_t>;

// A scanned text file as the other fix edits left it; `frontend` is null for a file without a
// code model (configuration, prose), read only to see whether it names a constant.
struct CodeFile {
  const discover::DiscoveredFile* file = nullptr;
  std::string text;
  const languages::Language* language = nullptr;
  const frontends::Frontend* frontend = nullptr;
  std::vector<ImportStatement> imports;
  bool fixed = false;  // the other edits changed it: its line numbers are not the file's
  // UTF-16 text (read as UTF-8): its byte order when it converts back byte for byte. A UTF-16 file
  // that does not is read for uses but never edited.
  std::optional<bool> utf16_big_endian;
  bool writable = true;
};

std::optional<CodeFile> read_text(const discover::DiscoveredFile& file, uint64_t max_file_bytes) {
  auto text = support::read_file(file.path, max_file_bytes);
  if (!text) return std::nullopt;
  // A UTF-16 file, as the fix reads it (fixer.cpp): its uses of a constant count too.
  std::optional<bool> utf16;
  bool writable = true;
  if (auto decoded = support::decode_utf16_with_bom(*text)) {
    utf16 = support::round_trip_utf16_big_endian(*text, *decoded);
    writable = utf16.has_value();
    *text = std::move(*decoded);
  }
  if (prefilter::looks_binary(*text)) return std::nullopt;
  const languages::Language* language = languages::detect(file.path, std::string_view(*text).substr(0, 256));
  const frontends::Frontend* frontend = language && language->has_code_model() ? frontends::frontend_for(*language) : nullptr;
  return CodeFile{&file, std::move(*text), frontend ? language : nullptr, frontend, {}, false, utf16, writable};
}

support::Diag diag_at(const CodeFile& file, uint32_t byte, std::string message, support::Severity severity) {
  uint32_t line = byte == UINT32_MAX || file.fixed ? 0 : support::LineIndex(file.text).point_at(byte).line;
  support::Diag diag = support::make_diag(file.file->path, line, 0, std::move(message));
  diag.severity = severity;
  return diag;
}

// One declaration of a retired flag's key constant, and what removing it deletes.
struct Declaration {
  size_t file = 0;
  std::string key;
  model::Span span;
  std::vector<Range> deletions;
};

// Everything one name's removal takes: its declarations and the imports of it.
struct Removal {
  std::vector<Declaration> declarations;
  std::map<size_t, std::set<size_t>> imports;  // file -> indices into CodeFile::imports
};

bool identifier_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '$' || u >= 0x80;
}

bool inside(uint32_t pos, const Range& r) { return pos >= r.first && pos < r.second; }

// Every whole-word occurrence of `name` outside the removal's own declarations must be an import
// this file can edit; the first other one is returned (the name is still in use there).
std::optional<std::pair<size_t, uint32_t>> find_use(const std::string& name, std::vector<CodeFile>& files, Removal& removal) {
  for (size_t f = 0; f < files.size(); ++f) {
    std::string_view text = files[f].text;
    for (size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1)) {
      if ((p > 0 && identifier_byte(text[p - 1])) || (p + name.size() < text.size() && identifier_byte(text[p + name.size()]))) continue;
      auto pos = static_cast<uint32_t>(p);
      bool declared = std::any_of(removal.declarations.begin(), removal.declarations.end(), [&](const Declaration& d) {
        return d.file == f && std::any_of(d.deletions.begin(), d.deletions.end(), [&](const Range& r) { return inside(pos, r); });
      });
      if (declared) continue;
      const auto& imports = files[f].imports;
      auto import = std::find_if(imports.begin(), imports.end(), [&](const ImportStatement& s) {
        return pos >= s.names_begin && pos < s.names_end && s.understood && imports_name(s, text, name);
      });
      if (import == imports.end()) return std::pair{f, pos};
      removal.imports[f].insert(static_cast<size_t>(import - imports.begin()));
    }
  }
  return std::nullopt;
}

// The edits of one file for the names in `removals`; deletions that overlap or touch are merged.
// Nullopt when an import rewrite collides with another edit (never expected; given up safely).
std::optional<std::vector<model::Replacement>> file_edits(size_t f, const CodeFile& file, const std::map<std::string, Removal>& removals) {
  std::vector<Range> deletions;
  std::map<size_t, std::vector<std::string>> statement_names;
  for (const auto& [name, removal] : removals) {
    for (const auto& d : removal.declarations) {
      if (d.file == f) deletions.insert(deletions.end(), d.deletions.begin(), d.deletions.end());
    }
    if (auto it = removal.imports.find(f); it != removal.imports.end()) {
      for (size_t s : it->second) statement_names[s].push_back(name);
    }
  }
  std::vector<model::Replacement> rewrites;
  for (const auto& [index, names] : statement_names) {
    const ImportStatement& s = file.imports[index];
    std::string_view list = std::string_view(file.text).substr(s.names_begin, s.names_end - s.names_begin);
    auto rest = s.list ? without_names(list, names) : std::optional<std::string>("");
    if (!rest) return std::nullopt;
    if (rest->empty()) {
      deletions.push_back(with_blank_line(file.text, {s.begin, s.end}));
    } else {
      model::Replacement r;
      r.deleted.begin_byte = s.names_begin, r.deleted.end_byte = s.names_end, r.inserted = std::move(*rest);
      rewrites.push_back(std::move(r));
    }
  }
  std::sort(deletions.begin(), deletions.end());
  std::vector<model::Replacement> edits;
  for (const auto& [begin, end] : deletions) {
    if (!edits.empty() && begin <= edits.back().deleted.end_byte) {
      edits.back().deleted.end_byte = std::max(edits.back().deleted.end_byte, end);
    } else {
      model::Replacement r;
      r.deleted.begin_byte = begin, r.deleted.end_byte = end;
      edits.push_back(std::move(r));
    }
  }
  for (auto& rewrite : rewrites) {
    for (const auto& e : edits) {
      if (rewrite.deleted.begin_byte < e.deleted.end_byte && e.deleted.begin_byte < rewrite.deleted.end_byte) return std::nullopt;
    }
  }
  edits.insert(edits.end(), rewrites.begin(), rewrites.end());
  std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.deleted.begin_byte < b.deleted.begin_byte; });
  return edits;
}

// `text` in lower case without `_` and `-`: `NEW_UI`, `NewUi` and `new-ui` all read `newui`.
std::string folded_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_' && c != '-') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::set<std::string> retired_keys(const scan::Session& session, const FixOptions& options) {
  if (!options.flags.empty()) return {options.flags.begin(), options.flags.end()};
  std::set<std::string> keys;
  for (const auto& flag : session.manifest().flags) {
    if (manifest::is_settled(flag)) keys.insert(flag.key);
  }
  return keys;
}

// The declarations of retired flags' constants in `files`, by name.
std::map<std::string, Removal> find_declarations(const scan::Session& session, const std::set<std::string>& keys,
                                                 std::vector<CodeFile>& files) {
  std::map<std::string, Removal> by_name;
  std::set<std::string> needles;
  for (const auto& flag : session.manifest().flags) {
    if (!keys.contains(flag.key)) continue;
    needles.insert(folded_words(flag.key));
    for (const auto& alias : flag.aliases) needles.insert(folded_words(alias));
  }
  for (const auto& key : keys) needles.insert(folded_words(key));
  needles.erase("");
  for (size_t f = 0; f < files.size(); ++f) {
    auto& file = files[f];
    if (!file.frontend) continue;
    // A cheap superset of the files that can declare one: the key, or its words in any case and
    // separation (an enum member `NEW_UI`, `NewUi`), or a manifest alias, anywhere in the text.
    std::string folded = folded_words(file.text);
    if (std::none_of(needles.begin(), needles.end(), [&](const auto& n) { return folded.find(n) != std::string::npos; })) continue;
    scan::FileOutcome outcome = session.analyze_unfiltered(*file.file, file.text);
    for (const auto& constant : outcome.key_constants) {
      if (keys.contains(constant.key)) by_name[constant.name].declarations.push_back({f, constant.key, constant.declaration, {}});
    }
  }
  return by_name;
}

}  // namespace

std::optional<support::Diag> learn_key_constants(scan::Session& session, const std::vector<discover::DiscoveredFile>& files,
                                                 uint64_t max_file_bytes) {
  std::vector<scan::FileOutcome> outcomes;
  for (const auto& file : files) {
    auto code = read_text(file, max_file_bytes);
    if (!code || !code->frontend) continue;
    scan::FileOutcome outcome = session.analyze(file, std::move(code->text));
    if (outcome.key_constants.empty()) continue;
    outcomes.emplace_back().key_constants = std::move(outcome.key_constants);
  }
  return session.learn_key_constants(outcomes);
}

void remove_declarations(const scan::Session& session, const std::vector<discover::DiscoveredFile>& files,
                         const FixOptions& options, FixResult& result) {
  std::map<std::string, size_t> changed;  // path -> index into result.changes
  for (size_t i = 0; i < result.changes.size(); ++i) changed[result.changes[i].path] = i;
  std::vector<CodeFile> code;
  for (const auto& file : files) {
    auto read = read_text(file, options.scan.max_file_bytes);
    if (!read) continue;
    if (auto it = changed.find(file.path); it != changed.end()) read->text = result.changes[it->second].after, read->fixed = true;
    if (read->language) read->imports = find_imports(read->language->id, read->text);
    code.push_back(std::move(*read));
  }
  auto removals = find_declarations(session, retired_keys(session, options), code);
  for (auto it = removals.begin(); it != removals.end();) {
    const std::string& name = it->first;
    Removal& removal = it->second;
    bool certain = true;
    for (auto& d : removal.declarations) {
      auto deletions = declaration_deletions(code[d.file].text, d.span, *code[d.file].language);
      if (!deletions) {
        result.notes.push_back(diag_at(code[d.file], d.span.begin_byte, "kept the declaration of " + name + " (flag '" + d.key +
                                       "'): " + deletions.error(), support::Severity::Note));
        certain = false;
        break;
      }
      d.deletions = std::move(*deletions);
    }
    if (certain) {
      if (auto use = find_use(name, code, removal)) {
        result.notes.push_back(diag_at(code[use->first], use->second, "kept the declaration of " + name + " (flag '" +
                                       removal.declarations.front().key + "'): still used in this file" + (code[use->first].fixed ? " after the fix" : ""),
                                       support::Severity::Note));
        certain = false;
      }
    }
    it = certain ? std::next(it) : removals.erase(it);
  }
  // Apply file by file; a file whose edits would add a syntax error gives up every name it holds
  // (everywhere: an import must not outlive its constant), and the rest is planned again.
  std::map<size_t, std::string> edited;
  for (bool again = true; again;) {
    again = false;
    edited.clear();
    for (size_t f = 0; f < code.size() && !again; ++f) {
      auto edits = file_edits(f, code[f], removals);
      bool fine = edits.has_value() && code[f].frontend && code[f].writable;
      std::string after;
      if (edits && edits->empty()) continue;
      if (fine) {
        after = edits::apply_replacements(code[f].text, *edits);
        // As for every fix edit: no edit in code the parser could not read, no new syntax error.
        auto before_errors = code[f].frontend->syntax_errors(code[f].text);
        auto after_errors = code[f].frontend->syntax_errors(after);
        fine = before_errors && after_errors && after_errors->size() <= before_errors->size() &&
               std::none_of(before_errors->begin(), before_errors->end(), [&](const Range& error) {
                 return std::any_of(edits->begin(), edits->end(), [&](const model::Replacement& r) {
                   return r.deleted.begin_byte < std::max(error.second, error.first + 1) && error.first < r.deleted.end_byte;
                 });
               });
      }
      if (fine) {
        edited[f] = std::move(after);
        continue;
      }
      for (auto it = removals.begin(); it != removals.end();) {
        bool here = it->second.imports.contains(f) ||
                    std::any_of(it->second.declarations.begin(), it->second.declarations.end(), [&](const auto& d) { return d.file == f; });
        if (here) {
          result.notes.push_back(diag_at(code[f], UINT32_MAX, "kept the declaration of " + it->first +
                                         ": its removal touches or would leave a syntax error here (left untouched)", support::Severity::Warning));
          ++result.skipped_files;
        }
        it = here ? removals.erase(it) : std::next(it);
      }
      again = true;
    }
  }
  // Keep the changes in the walk's order, the newly edited files among them.
  std::vector<FileChange> ordered;
  size_t next_code = 0;
  for (const auto& file : files) {
    // `code` holds the text files in the walk's order.
    bool is_code = next_code < code.size() && code[next_code].file == &file;
    auto edit = is_code ? edited.find(next_code++) : edited.end();
    auto old = changed.find(file.path);
    if (old != changed.end()) {
      ordered.push_back(std::move(result.changes[old->second]));
      if (edit != edited.end()) ordered.back().after = std::move(edit->second);
    } else if (edit != edited.end()) {
      const CodeFile& read = code[edit->first];
      ordered.push_back({file.path, read.text, std::move(edit->second), read.utf16_big_endian});
    }
  }
  result.changes = std::move(ordered);
}

}  // namespace flagdebt::fix
