#pragma once
// SDK rules: which calls evaluate a flag, loaded from rules/*.yaml (built in) and user files.
//
//   sdk: unleash
//   doc: https://docs.getunleash.io/...          # which public doc the shapes follow
//   checks:
//     - languages: [jvm]                           # ids or families (grammars/languages.json), or [all]
//       methods: [isEnabled]
//       receiver: "unleash|client|toggle"         # optional: case-insensitive RE2 regex on the receiver text
//       bare: false                               # optional: with a receiver pattern, a call without a
//                                                 # receiver (`getValue("x")`) does not match either
//       key: 0                                    # key argument: position (0-based) ...
//       key_name: name                            # ... and/or argument name (Swift forKey:, Python key=)
//       key_pattern: '::(\w+)$'                   # optional: a key argument that is a name, not a string
//                                                 # (Rust `UserFeatures::new_ui`): regex on its text, group 1
//                                                 # (or the whole match) is the key
//       default: 1                                # optional: position of the default value
//       default_name: defaultValue                # optional: name of the default argument
//       returns: boolean                          # boolean | negated | value
//     - languages: [java]                         # enum-style: the key is a member of the receiver
//       methods: [isActive]                       # (Togglz `MyFeatures.NEW_UI.isActive()`)
//       receiver: '(^|\.)\w*features?\.\w+$'     # required with key_segment
//       key_segment: -1                           # -1: the segment just before the method, -2 ...
//       property: true                            # optional: `methods` are read without a call
//                                                 # (`Features.newUi.isEnabled`); key_segment only
//   names:                                        # flags named in code rather than passed by key
//     - templates: ["FEATURE_{KEY}", "features.{keyCamel}", "Feature_{KeyPascal}::IsEnabled"]
//   registries:                                   # flags declared in the repository's own source
//     - file: "src/flags/*.go"                    # glob inside the scan root (no absolute path, no ..)
//       pattern: 'Flag\{Key: "([^"]+)", Default: (true|false), Stage: (\w+)'   # RE2 syntax
//       key_group: 1                              # regex groups: key (required), default, stage;
//                                                 # each must exist in the pattern (checked on load)
//       default_group: 2
//       stage_group: 3
//       decided_stages: [GA, Locked]              # stages meaning "decided to the default"
//   queries:                                      # escape hatch: a tree-sitter query per language
//     - languages: [python]
//       returns: boolean
//       query: |                                  # @check = the expression that evaluates the flag,
//         (call function: (identifier) @_f (#eq? @_f "flag_on")   # @check.key = the key node
//               arguments: (argument_list . (string) @check.key)) @check
// Template placeholders: {key} as written, {KEY} UPPER_SNAKE, {key_snake}, {keyCamel},
// {KeyPascal}, {key-kebab}; words split at non-alphanumerics and camel-case humps. {KEY_UPPER} and
// {key_lower} only change the case (no word splitting: NewUi -> NEWUI, newui). A leading `*.`
// stands for any receiver of one or more segments (`*.experimental.{key}`).
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "languages/languages.h"
#include "manifest/manifest.h"
#include "model/file_model.h"
#include "prefilter/prefilter.h"
#include "support/diag.h"
#include "support/regex.h"
#include "support/string_hash.h"

namespace flagdebt::sdk_rules {

struct CallRule {
  std::string sdk;
  std::vector<std::string> languages;  // language ids or families (languages.json); "all": every language
  std::vector<std::string> methods;
  std::string receiver_pattern;        // empty: any receiver, or none
  std::optional<support::Regex> receiver;  // case-insensitive
  bool bare = true;                    // false: a receiver-less call never matches a rule with a receiver
  std::optional<int> key_index;
  std::string key_name;
  std::optional<support::Regex> key_pattern;  // a name/path argument whose text holds the key (group 1)
  std::optional<int> key_segment;      // negative: the receiver's segment holding the key (-1: last)
  bool property = false;               // methods are properties read without a call (key_segment only)
  std::optional<int> default_index;
  std::string default_name;
  model::Returns returns = model::Returns::Boolean;
  std::string source;  // file:line of the rule, for messages

  bool applies_to(const languages::Language& language) const;
};

// Identifiers or member paths that stand for a flag's value, one per manifest key.
struct NameRule {
  std::string sdk;
  std::vector<std::string> templates;
  std::string source;
};

// A file pattern and a regex whose matches declare flags (key, default, stage).
struct RegistryRule {
  std::string sdk;
  std::string file_glob;
  std::string pattern_text;
  std::optional<support::Regex> pattern;  // set once the rule loaded
  int key_group = 1;
  int default_group = 0;  // 0: none
  int stage_group = 0;
  std::vector<std::string> decided_stages;
  std::string source;
};

// A tree-sitter query whose @check captures are flag checks keyed by their @check.key.
struct QueryRule {
  std::string sdk;
  std::vector<std::string> languages;
  std::string query;
  model::Returns returns = model::Returns::Boolean;
  std::string source;
  uint32_t query_line = 0;  // line of the query text in the rule file, for errors

  bool applies_to(const languages::Language& language) const;
};

struct RuleSet {
  std::vector<CallRule> calls;
  std::vector<NameRule> names;
  std::vector<RegistryRule> registries;
  std::vector<QueryRule> queries;

  // Rules for `language` whose method list contains `method`.
  std::vector<const CallRule*> match(const languages::Language& language, std::string_view method) const;
  // Indexes by method name the `calls` added since the last call, for match (parse_rules and
  // append_rules call it); rules added without it are still matched, by a scan of all of them.
  void index_methods();
  // Every method name of every rule.
  std::vector<std::string> method_names() const;
  // The calls that can hold a flag key (call_shapes.cpp): the prefilter's evidence of an SDK
  // call, declared flag or not.
  std::vector<prefilter::CallShape> call_shapes() const;

 private:
  // Every call of every parsed file is looked up: most name no SDK method at all.
  std::unordered_map<std::string, std::vector<uint32_t>, support::StringHash, std::equal_to<>> by_method_;
  size_t indexed_ = 0;  // how many of `calls` by_method_ covers
};

// Parses one rule file's text; `path` is used in diagnostics. Unknown keys are errors.
std::expected<RuleSet, support::Diag> parse_rules(const std::string& text, const std::string& path);
std::expected<RuleSet, support::Diag> load_rules_file(const std::string& path);
// The rule files compiled into the binary (rules/*.yaml).
std::expected<RuleSet, support::Diag> builtin_rules();
void append_rules(RuleSet& into, RuleSet more);

// A template's leading `*.`: any receiver (one or more segments) before the rest of the path.
inline constexpr std::string_view kWildcard = "*.";
bool is_wildcard(std::string_view name_template);
// The words of a name, lower case, joined by '_' ({key_snake}): `NEW_UI`, `newUi`, `NewUi` and
// `new-ui` all give `new_ui`. How an enum member or property names a key (docs/rules.md).
std::string name_words(std::string_view name);

// Enum-style keys (key_segment.cpp). A path's segments at top-level `.`, `::`, `->` (`a.b().c` ->
// `a`, `b()`, `c`); a segment's name without `!!`, `?`, `!` and an empty `()` (nullopt when it is
// not an identifier, e.g. a call with arguments); the name at `index` (negative, from the right).
std::vector<std::string_view> path_segments(std::string_view path);
std::optional<std::string_view> segment_name(std::string_view segment);
std::optional<std::string_view> receiver_segment(std::string_view receiver, int index);

// A template with its placeholders filled from `key` (see the file comment).
std::string expand_template(std::string_view name_template, std::string_view key);
// One key under many templates: its words are split once (a scan expands every template of the
// packs for each of up to 10,000 keys).
class KeyNames {
 public:
  explicit KeyNames(std::string_view key) : key_(key) {}
  std::string expand(std::string_view name_template);

 private:
  std::string value_of(std::string_view placeholder);
  std::string key_;
  std::optional<std::vector<std::string>> words_;
};
// What is wrong with a template: an unmatched brace, an unknown placeholder, or none at all.
std::optional<std::string> template_problem(std::string_view name_template);

// Flags declared in the repository's own source, found by the rules' registries under `root`;
// the result is a Manifest the user's manifests lay over. Registry files are looked up below `root` (the scan root, the current directory) and only
// there: their paths come out relative to it. A file is read as text, never run.
std::expected<manifest::Manifest, support::Diag> import_registries(const std::vector<RegistryRule>& rules,
                                                         const std::filesystem::path& root);

}  // namespace flagdebt::sdk_rules


