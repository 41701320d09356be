#include "config/rules.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "config/yaml_util.h"
#include "support/embedded_files.h"

namespace flagdebt::config {
namespace {

using support::Diag;

std::expected<int, Diag> position(const std::string& path, const YAML::Node& node) {
  auto v = yaml::value(path, node);
  if (!v || !std::holds_alternative<double>(*v) || std::get<double>(*v) < 0) {
    return std::unexpected(yaml::error_at(path, node, "argument position must be a whole number from 0"));
  }
  return static_cast<int>(std::get<double>(*v));
}

std::expected<model::Returns, Diag> returns_of(const std::string& path, const YAML::Node& node) {
  auto text = yaml::scalar(path, node, "returns");
  if (!text) return std::unexpected(text.error());
  if (*text == "boolean") return model::Returns::Boolean;
  if (*text == "negated") return model::Returns::NegatedBoolean;
  if (*text == "value") return model::Returns::Value;
  return std::unexpected(
      yaml::error_at(path, node, "unknown 'returns: " + *text + "' (expected boolean, negated or value)"));
}

std::expected<std::regex, Diag> receiver_regex(const std::string& path, const YAML::Node& node) {
  try {
    return std::regex(node.Scalar(), std::regex::icase | std::regex::ECMAScript | std::regex::optimize);
  } catch (const std::regex_error& e) {
    return std::unexpected(yaml::error_at(path, node, std::string("bad receiver pattern: ") + e.what()));
  }
}

template <typename T, typename F>
std::optional<Diag> assign(F& field, std::expected<T, Diag> result) {
  if (!result) return result.error();
  field = std::move(*result);
  return std::nullopt;
}

std::optional<Diag> call_field(const std::string& path, const std::string& name, const YAML::Node& v,
                               CallRule& rule) {
  if (name == "languages") return assign(rule.languages, yaml::string_list(path, v));
  if (name == "methods") return assign(rule.methods, yaml::string_list(path, v));
  if (name == "key") return assign(rule.key_index, position(path, v));
  if (name == "key_name") return assign(rule.key_name, yaml::scalar(path, v, "key_name"));
  if (name == "default") return assign(rule.default_index, position(path, v));
  if (name == "default_name") return assign(rule.default_name, yaml::scalar(path, v, "default_name"));
  if (name == "returns") return assign(rule.returns, returns_of(path, v));
  if (name == "receiver") {
    rule.receiver_pattern = v.Scalar();
    return assign(rule.receiver, receiver_regex(path, v));
  }
  return yaml::error_at(path, v, "unknown rule field '" + name + "'");
}

std::expected<CallRule, Diag> parse_call(const std::string& path, const std::string& sdk, const YAML::Node& node) {
  if (!node.IsMap()) return std::unexpected(yaml::error_at(path, node, "a check must be a mapping"));
  CallRule rule;
  rule.sdk = sdk;
  rule.source = path + ":" + std::to_string(node.Mark().line + 1);
  for (const auto& field : node) {
    if (auto err = call_field(path, field.first.Scalar(), field.second, rule)) return std::unexpected(*err);
  }
  if (rule.methods.empty()) return std::unexpected(yaml::error_at(path, node, "check without 'methods'"));
  if (rule.languages.empty()) return std::unexpected(yaml::error_at(path, node, "check without 'languages'"));
  if (!rule.key_index && rule.key_name.empty()) {
    return std::unexpected(yaml::error_at(path, node, "check without 'key' or 'key_name'"));
  }
  return rule;
}

std::optional<Diag> parse_root(const std::string& path, const YAML::Node& root, RuleSet& out) {
  if (!root.IsMap()) return yaml::error_at(path, root, "a rule file must be a mapping");
  std::string sdk;
  for (const auto& field : root) {
    const std::string name = field.first.Scalar();
    if (name != "sdk" && name != "doc" && name != "checks") {
      return yaml::error_at(path, field.first, "unknown rule file field '" + name + "'");
    }
  }
  if (auto s = root["sdk"]) sdk = s.Scalar();
  auto checks = root["checks"];
  if (!checks || !checks.IsSequence()) return yaml::error_at(path, root, "rule file needs a 'checks' list");
  for (const auto& item : checks) {
    auto rule = parse_call(path, sdk, item);
    if (!rule) return rule.error();
    out.calls.push_back(std::move(*rule));
  }
  return std::nullopt;
}

}  // namespace

bool CallRule::applies_to(std::string_view language) const {
  return std::any_of(languages.begin(), languages.end(),
                     [&](const std::string& l) { return l == "all" || l == language; });
}

std::vector<const CallRule*> RuleSet::match(std::string_view language, std::string_view method) const {
  std::vector<const CallRule*> out;
  for (const auto& rule : calls) {
    if (!rule.applies_to(language)) continue;
    if (std::find(rule.methods.begin(), rule.methods.end(), method) != rule.methods.end()) out.push_back(&rule);
  }
  return out;
}

std::vector<std::string> RuleSet::method_names() const {
  std::set<std::string> names;
  for (const auto& rule : calls) names.insert(rule.methods.begin(), rule.methods.end());
  return {names.begin(), names.end()};
}

std::expected<RuleSet, Diag> parse_rules(const std::string& text, const std::string& path) {
  auto root = yaml::load(text, path);
  if (!root) return std::unexpected(root.error());
  RuleSet out;
  try {
    if (auto err = parse_root(path, *root, out)) return std::unexpected(*err);
  } catch (const YAML::Exception& e) {
    return std::unexpected(yaml::error_at(path, e.mark, e.msg));
  }
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
  for (auto& rule : more.calls) into.calls.push_back(std::move(rule));
}

}  // namespace flagdebt::config
