#include "sdk_rules/rules.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "yaml/yaml_util.h"
#include "discover/files_matching.h"
#include "support/embedded_files.h"

namespace flagdebt::sdk_rules {
namespace {

using support::Diag;

// `languages:` entries must name a language, a family or "all": a typo would silently match nothing.
std::expected<std::vector<std::string>, Diag> language_list(const std::string& path, const yaml::Node& node) {
  auto names = yaml::string_list(path, node);
  if (!names) return names;
  for (const auto& name : *names) {
    if (!languages::is_known_name(name)) {
      return std::unexpected(yaml::error_at(path, node, "unknown language or family '" + name + "'"));
    }
  }
  return names;
}

std::expected<int, Diag> position(const std::string& path, const yaml::Node& node) {
  auto v = yaml::value(path, node);
  if (!v || !std::holds_alternative<double>(*v) || std::get<double>(*v) < 0) {
    return std::unexpected(yaml::error_at(path, node, "argument position must be a whole number from 0"));
  }
  return static_cast<int>(std::get<double>(*v));
}

std::expected<model::Returns, Diag> returns_of(const std::string& path, const yaml::Node& node) {
  auto text = yaml::scalar(path, node, "returns");
  if (!text) return std::unexpected(text.error());
  if (*text == "boolean") return model::Returns::Boolean;
  if (*text == "negated") return model::Returns::NegatedBoolean;
  if (*text == "value") return model::Returns::Value;
  return std::unexpected(
      yaml::error_at(path, node, "unknown 'returns: " + *text + "' (expected boolean, negated or value)"));
}

// A rule file's regex, compiled by RE2; a pattern RE2 rejects is an error at its line.
std::expected<support::Regex, Diag> regex_at(const std::string& path, const yaml::Node& node, const char* what,
                                             support::Regex::Options options) {
  auto regex = support::Regex::compile(node.scalar(), options);
  if (!regex) return std::unexpected(yaml::error_at(path, node, std::string("bad ") + what + " pattern: " + regex.error()));
  return std::move(*regex);
}


// key_segment counts from the right (-1: the segment before the method): the left end of a
// receiver chain varies (`MyFeatures.X`, `com.acme.MyFeatures.X`), its right end does not.
std::expected<int, Diag> segment_index(const std::string& path, const yaml::Node& node) {
  auto v = yaml::value(path, node);
  if (!v || !std::holds_alternative<double>(*v) || std::get<double>(*v) > -1 ||
      std::get<double>(*v) != static_cast<int>(std::get<double>(*v))) {
    return std::unexpected(yaml::error_at(path, node, "'key_segment' must be a negative whole number (-1: the receiver's last segment)"));
  }
  return static_cast<int>(std::get<double>(*v));
}

std::optional<Diag> flag_field(const std::string& path, const yaml::Node& v, const char* name, bool& out) {
  auto b = yaml::value(path, v);
  if (!b || !std::holds_alternative<bool>(*b)) return yaml::error_at(path, v, std::string("'") + name + "' must be true or false");
  out = std::get<bool>(*b);
  return std::nullopt;
}

std::optional<Diag> call_field(const std::string& path, const std::string& name, const yaml::Node& v,
                               CallRule& rule) {
  if (name == "languages") return yaml::assign(rule.languages, language_list(path, v));
  if (name == "methods") return yaml::assign(rule.methods, yaml::string_list(path, v));
  if (name == "key") return yaml::assign(rule.key_index, position(path, v));
  if (name == "key_name") return yaml::assign(rule.key_name, yaml::scalar(path, v, "key_name"));
  // key_pattern: case-sensitive, as the key is taken from the text it matches.
  if (name == "key_pattern") return yaml::assign(rule.key_pattern, regex_at(path, v, "key", {}));
  if (name == "default") return yaml::assign(rule.default_index, position(path, v));
  if (name == "default_name") return yaml::assign(rule.default_name, yaml::scalar(path, v, "default_name"));
  if (name == "returns") return yaml::assign(rule.returns, returns_of(path, v));
  if (name == "key_segment") return yaml::assign(rule.key_segment, segment_index(path, v));
  if (name == "property") return flag_field(path, v, "property", rule.property);
  if (name == "bare") return flag_field(path, v, "bare", rule.bare);
  if (name == "receiver") {
    rule.receiver_pattern = v.scalar();
    return yaml::assign(rule.receiver, regex_at(path, v, "receiver", {.case_sensitive = false}));
  }
  return yaml::error_at(path, v, "unknown rule field '" + name + "'");
}

// A key_segment rule takes its key from the receiver: no key argument, and a receiver pattern,
// since a method like `isActive` on any object is no evidence of a flag.
std::expected<CallRule, Diag> segment_rule_problem(const std::string& path, const yaml::Node& node, CallRule& rule) {
  for (const char* argument : {"key", "key_name", "key_pattern", "default", "default_name"}) {
    if (node[argument]) {
      return std::unexpected(yaml::error_at(path, node[argument], std::string("'") + argument + "' and 'key_segment' exclude each other"));
    }
  }
  if (!rule.receiver) return std::unexpected(yaml::error_at(path, node["key_segment"], "'key_segment' needs a 'receiver' pattern"));
  return std::move(rule);
}

std::expected<CallRule, Diag> parse_call(const std::string& path, const std::string& sdk, const yaml::Node& node) {
  if (!node.is_map()) return std::unexpected(yaml::error_at(path, node, "a check must be a mapping"));
  CallRule rule;
  rule.sdk = sdk;
  rule.source = path + ":" + std::to_string(node.mark().line);
  for (const auto& field : node.entries()) {
    if (auto err = call_field(path, field.first.scalar(), field.second, rule)) return std::unexpected(*err);
  }
  if (rule.methods.empty()) return std::unexpected(yaml::error_at(path, node, "check without 'methods'"));
  if (rule.languages.empty()) return std::unexpected(yaml::error_at(path, node, "check without 'languages'"));
  if (rule.key_segment) return segment_rule_problem(path, node, rule);
  if (rule.property) return std::unexpected(yaml::error_at(path, node["property"], "'property' needs 'key_segment'"));
  if (!rule.key_index && rule.key_name.empty()) {
    return std::unexpected(yaml::error_at(path, node, "check without 'key' or 'key_name'"));
  }
  return rule;
}

std::expected<NameRule, Diag> parse_names(const std::string& path, const std::string& sdk, const yaml::Node& node) {
  if (!node.is_map()) return std::unexpected(yaml::error_at(path, node, "a names entry must be a mapping"));
  NameRule rule{sdk, {}, path + ":" + std::to_string(node.mark().line)};
  for (const auto& field : node.entries()) {
    const std::string name = field.first.scalar();
    if (name != "templates") return std::unexpected(yaml::error_at(path, field.first, "unknown names field '" + name + "'"));
    auto templates = yaml::string_list(path, field.second);
    if (!templates) return std::unexpected(templates.error());
    for (const auto& t : *templates) {
      if (auto problem = template_problem(t)) return std::unexpected(yaml::error_at(path, field.second, *problem));
    }
    rule.templates = std::move(*templates);
  }
  if (rule.templates.empty()) return std::unexpected(yaml::error_at(path, node, "names entry without 'templates'"));
  return rule;
}

// A registry's file pattern: a rule file may come from the scanned repository, so it names
// files inside the scan root only (no absolute path, no '..'); checked before anything is read.
std::optional<Diag> file_pattern(const std::string& path, const yaml::Node& v, std::string& out) {
  auto text = yaml::scalar(path, v, "file");
  if (!text) return text.error();
  if (auto problem = discover::pattern_problem(*text)) {
    return yaml::error_at(path, v, "registry 'file: " + *text + "' " + *problem);
  }
  out = std::move(*text);
  return std::nullopt;
}

std::optional<Diag> registry_field(const std::string& path, const std::string& name, const yaml::Node& v,
                                   RegistryRule& rule) {
  if (name == "file") return file_pattern(path, v, rule.file_glob);
  if (name == "key_group") return yaml::assign(rule.key_group, position(path, v));
  if (name == "default_group") return yaml::assign(rule.default_group, position(path, v));
  if (name == "stage_group") return yaml::assign(rule.stage_group, position(path, v));
  if (name == "decided_stages") return yaml::assign(rule.decided_stages, yaml::string_list(path, v));
  if (name == "pattern") {
    rule.pattern_text = v.scalar();
    return yaml::assign(rule.pattern, regex_at(path, v, "registry", {}));
  }
  return yaml::error_at(path, v, "unknown registry field '" + name + "'");
}

// Every group a registry names must exist in its pattern: a rule-file error now, not a scan-time
// surprise (or a silently empty key) later.
std::optional<Diag> check_groups(const std::string& path, const yaml::Node& node, const RegistryRule& rule) {
  const int groups = rule.pattern->group_count();
  const std::pair<const char*, int> named[] = {
      {"key_group", rule.key_group}, {"default_group", rule.default_group}, {"stage_group", rule.stage_group}};
  for (const auto& [name, group] : named) {
    if (group <= groups) continue;
    const yaml::Node at = node[name] ? node[name] : node;  // key_group may be the default 1
    return yaml::error_at(path, at, std::string("registry '") + name + "' is " + std::to_string(group) +
                                        " but the pattern has " + std::to_string(groups) + " group(s)");
  }
  return std::nullopt;
}

std::expected<RegistryRule, Diag> parse_registry(const std::string& path, const std::string& sdk, const yaml::Node& node) {
  if (!node.is_map()) return std::unexpected(yaml::error_at(path, node, "a registries entry must be a mapping"));
  RegistryRule rule;
  rule.sdk = sdk;
  rule.source = path + ":" + std::to_string(node.mark().line);
  for (const auto& field : node.entries()) {
    if (auto err = registry_field(path, field.first.scalar(), field.second, rule)) return std::unexpected(*err);
  }
  if (rule.file_glob.empty() || rule.pattern_text.empty()) {
    return std::unexpected(yaml::error_at(path, node, "registry entry needs 'file' and 'pattern'"));
  }
  if (rule.key_group == 0) return std::unexpected(yaml::error_at(path, node, "registry 'key_group' must be 1 or more"));
  if (auto err = check_groups(path, node, rule)) return std::unexpected(*err);
  return rule;
}

std::optional<Diag> query_field(const std::string& path, const std::string& name, const yaml::Node& v, QueryRule& rule) {
  if (name == "languages") return yaml::assign(rule.languages, language_list(path, v));
  if (name == "returns") return yaml::assign(rule.returns, returns_of(path, v));
  if (name == "query") {
    rule.query_line = static_cast<uint32_t>(v.mark().line);
    return yaml::assign(rule.query, yaml::scalar(path, v, "query"));
  }
  return yaml::error_at(path, v, "unknown query rule field '" + name + "'");
}

std::expected<QueryRule, Diag> parse_query(const std::string& path, const std::string& sdk, const yaml::Node& node) {
  if (!node.is_map()) return std::unexpected(yaml::error_at(path, node, "a queries entry must be a mapping"));
  QueryRule rule;
  rule.sdk = sdk;
  rule.source = path;
  for (const auto& field : node.entries()) {
    if (auto err = query_field(path, field.first.scalar(), field.second, rule)) return std::unexpected(*err);
  }
  if (rule.query.empty() || rule.languages.empty()) {
    return std::unexpected(yaml::error_at(path, node, "queries entry needs 'languages' and 'query'"));
  }
  return rule;
}

template <typename T, typename Parse>
std::optional<Diag> parse_section(const std::string& path, const std::string& sdk, const yaml::Node& node,
                                  const char* what, std::vector<T>& out, Parse parse) {
  if (!node.is_sequence()) return yaml::error_at(path, node, std::string("'") + what + "' must be a list");
  for (const auto& item : node.items()) {
    auto parsed = parse(path, sdk, item);
    if (!parsed) return parsed.error();
    out.push_back(std::move(*parsed));
  }
  return std::nullopt;
}

std::optional<Diag> parse_root(const std::string& path, const yaml::Node& root, RuleSet& out) {
  if (!root.is_map()) return yaml::error_at(path, root, "a rule file must be a mapping");
  static const std::set<std::string> known = {"sdk", "doc", "checks", "names", "registries", "queries"};
  for (const auto& field : root.entries()) {
    if (!known.contains(field.first.scalar())) {
      return yaml::error_at(path, field.first, "unknown rule file field '" + field.first.scalar() + "'");
    }
  }
  std::string sdk = root["sdk"] ? root["sdk"].scalar() : "";
  if (!root["checks"] && !root["names"] && !root["registries"] && !root["queries"]) {
    return yaml::error_at(path, root, "rule file needs 'checks', 'names', 'registries' or 'queries'");
  }
  if (auto checks = root["checks"]) {
    if (auto err = parse_section(path, sdk, checks, "checks", out.calls, parse_call)) return err;
  }
  if (auto names = root["names"]) {
    if (auto err = parse_section(path, sdk, names, "names", out.names, parse_names)) return err;
  }
  if (auto registries = root["registries"]) {
    if (auto err = parse_section(path, sdk, registries, "registries", out.registries, parse_registry)) return err;
  }
  if (auto queries = root["queries"]) {
    if (auto err = parse_section(path, sdk, queries, "queries", out.queries, parse_query)) return err;
  }
  return std::nullopt;
}

bool applies(const std::vector<std::string>& names, const languages::Language& language) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) { return language.is_named_by(name); });
}


}  // namespace

bool QueryRule::applies_to(const languages::Language& language) const { return applies(languages, language); }

bool CallRule::applies_to(const languages::Language& language) const { return applies(languages, language); }

std::vector<const CallRule*> RuleSet::match(const languages::Language& language, std::string_view method) const {
  std::vector<const CallRule*> out;
  if (indexed_ == calls.size()) {
    auto it = by_method_.find(method);
    if (it == by_method_.end()) return out;
    for (uint32_t i : it->second) {
      if (calls[i].applies_to(language)) out.push_back(&calls[i]);
    }
    return out;
  }
  for (const auto& rule : calls) {
    if (!rule.applies_to(language)) continue;
    if (std::find(rule.methods.begin(), rule.methods.end(), method) != rule.methods.end()) out.push_back(&rule);
  }
  return out;
}

void RuleSet::index_methods() {
  if (indexed_ > calls.size()) {  // rules were taken away: start over
    by_method_.clear();
    indexed_ = 0;
  }
  // Rules are appended (append_rules, once per rule file): only the new ones are added.
  for (auto i = static_cast<uint32_t>(indexed_); i < calls.size(); ++i) {
    for (const auto& method : calls[i].methods) {
      auto& rules = by_method_[method];
      if (rules.empty() || rules.back() != i) rules.push_back(i);  // a method listed twice in one rule
    }
  }
  indexed_ = calls.size();
}

std::vector<std::string> RuleSet::method_names() const {
  std::set<std::string> names;
  for (const auto& rule : calls) names.insert(rule.methods.begin(), rule.methods.end());
  return {names.begin(), names.end()};
}

std::expected<RuleSet, Diag> parse_rules(const std::string& text, const std::string& path) {
  auto doc = yaml::Document::parse(text, path);
  if (!doc) return std::unexpected(doc.error());
  RuleSet out;
  if (auto err = parse_root(path, doc->root(), out)) return std::unexpected(*err);
  out.index_methods();
  return out;
}

std::expected<RuleSet, Diag> load_rules_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(support::make_diag(path, 0, 0, "cannot read rule file"));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_rules(text.str(), path);
}

std::expected<RuleSet, Diag> builtin_rules() {
  RuleSet all;
  for (const auto& file : support::embedded_files()) {
    if (!file.path.starts_with("rules/") || !file.path.ends_with(".yaml")) continue;
    auto rules = parse_rules(std::string(file.contents), std::string(file.path));
    if (!rules) return rules;
    append_rules(all, std::move(*rules));
  }
  return all;
}

void append_rules(RuleSet& into, RuleSet more) {
  std::move(more.calls.begin(), more.calls.end(), std::back_inserter(into.calls));
  std::move(more.names.begin(), more.names.end(), std::back_inserter(into.names));
  std::move(more.registries.begin(), more.registries.end(), std::back_inserter(into.registries));
  std::move(more.queries.begin(), more.queries.end(), std::back_inserter(into.queries));
  into.index_methods();
}

}  // namespace flagdebt::sdk_rules
