#pragma once
// A frontend turns one file's text into the language-neutral FileModel.
#include <algorithm>
#include <chrono>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "sdk_rules/rules.h"
#include "languages/languages.h"
#include "model/file_model.h"
#include "support/diag.h"
#include "support/string_hash.h"

namespace flagdebt::frontends::passes {
class PassContext;
}

namespace flagdebt::frontends {

// What the manifest knows: the keys; the identifiers that stand for a flag's value (manifest
// aliases, macros, name templates); and the constants in code that stand for a key string.
struct FlagIndex {
  // Looked up with string_views of the parsed text (every identifier and string of a file).
  using Names = std::unordered_map<std::string, std::string, support::StringHash, std::equal_to<>>;
  std::unordered_set<std::string, support::StringHash, std::equal_to<>> keys;
  Names alias_to_key;
  Names constant_to_key;
  // Helpers other files of a package define (model::PackageHelper), by package_helper_key.
  std::unordered_map<std::string, model::PackageHelper> package_helpers;
  static std::string package_helper_key(std::string_view path, std::string_view name) {
    auto slash = path.find_last_of('/');
    std::string key(slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash));
    return key.append("\n").append(name);
  }
  // Wildcard name templates (`*.experimental.{key}`) expanded without their `*`
  // (`.experimental.new_ui`): a member path that ends so, after a receiver, stands for the flag.
  Names suffix_to_key;
  size_t suffix_dots = 0;  // the most '.' one suffix holds: how far back a lookup looks

  void add_suffix(std::string suffix, const std::string& key) {
    suffix_dots = std::max<size_t>(suffix_dots, std::count(suffix.begin(), suffix.end(), '.'));
    suffix_to_key.emplace(std::move(suffix), key);
  }
  // Tries the path's tails from its last '.' back to its suffix_dots-th: linear in the path.
  const std::string* key_of_suffix(std::string_view path) const {
    size_t dots = 0;
    for (size_t at = path.size(); dots < suffix_dots && at-- > 1;) {
      if (path[at] != '.') continue;
      ++dots;
      if (path[at - 1] == '.') continue;  // the receiver must be a segment
      auto it = suffix_to_key.find(path.substr(at));
      if (it != suffix_to_key.end()) return &it->second;
    }
    return nullptr;
  }

  // Keys by their words (sdk_rules::name_words): an enum member or property named after a flag
  // (`NEW_UI`, `newUi`) names it. A words form two keys share is left out (ambiguous).
  Names words_to_key;

  // A manifest key, also under its words; an empty entry marks words two keys share.
  void add_key(const std::string& key) {
    keys.insert(key);
    auto [words, fresh] = words_to_key.emplace(sdk_rules::name_words(key), key);
    if (!fresh && words->second != key) words->second.clear();
  }
  // The key an identifier's text names: the key itself, else the one key with the same words.
  const std::string* key_named_by(std::string_view name) const {
    if (auto it = keys.find(name); it != keys.end()) return &*it;
    auto it = words_to_key.find(sdk_rules::name_words(name));
    return it == words_to_key.end() || it->second.empty() ? nullptr : &it->second;
  }
  bool is_key(std::string_view text) const { return keys.contains(text); }
  const std::string* key_of_alias(std::string_view identifier) const {
    auto it = alias_to_key.find(identifier);
    return it == alias_to_key.end() ? nullptr : &it->second;
  }
  const std::string* key_of_constant(std::string_view identifier) const {
    auto it = constant_to_key.find(identifier);
    return it == constant_to_key.end() ? nullptr : &it->second;
  }
};

inline constexpr std::chrono::milliseconds kDefaultParseBudget{2000};

// What `flagdebt fix` tidies after its edits (fix/left_unused.h), read from the language's fix.scm
// (a language without one has nothing to tidy): imports of packages that code names as `pkg.`,
// and locals whose declaration does nothing but bind them, which the language refuses to compile
// once nothing uses them (Go). Byte ranges into the text.
struct TidyFacts {
  using Range = std::pair<uint32_t, uint32_t>;
  struct Import {
    std::string path;   // as written, quotes included
    std::string alias;  // the name written before the path, if any (`f`, `_`, `.`)
    Range spec, declaration;  // the one import, and the statement that holds it (maybe a group)
  };
  struct Local {
    std::string name;
    Range statement, scope;  // scope: where the name can be read (the block around the statement)
  };
  std::vector<Import> imports;
  std::vector<Local> locals;
  std::vector<Range> opaque;  // comments and strings: code names nothing inside them
};

struct ParseInput {
  std::string_view path;      // for diagnostics
  std::string_view text;      // the whole file
  const languages::Language& language;
  const sdk_rules::RuleSet& rules;
  const FlagIndex& flags;
  const passes::PassContext* context = nullptr;  // the scan's model-pass settings; null: defaults
  // Wall time the file may take to parse and query; past it the file is skipped with a note.
  std::chrono::milliseconds budget = kDefaultParseBudget;
};

class Frontend {
 public:
  virtual ~Frontend() = default;
  virtual std::expected<model::FileModel, support::Diag> analyze(const ParseInput& input) const = 0;
  // Loads what the frontend needs and checks it thoroughly (its query with tree-sitter's full
  // pattern analysis: slow, for tests); the error says what is wrong.
  virtual std::optional<support::Diag> self_check() const = 0;
  // Compiles a rule file's extra query for this language; the error says what is wrong.
  virtual std::optional<support::Diag> check_extra_query(const std::string& query) const = 0;
  // The byte ranges the parser could not read (error and missing nodes), for `flagdebt fix` to
  // refuse an edit that makes a file worse. Nullopt: this frontend cannot tell (or gave up).
  virtual std::optional<std::vector<std::pair<uint32_t, uint32_t>>> syntax_errors(std::string_view text) const {
    (void)text;
    return std::nullopt;
  }
  // The file's TidyFacts; nullopt when the text could not be parsed (or the frontend has none).
  virtual std::optional<TidyFacts> tidy_facts(std::string_view text) const {
    (void)text;
    return std::nullopt;
  }
};

}  // namespace flagdebt::frontends
