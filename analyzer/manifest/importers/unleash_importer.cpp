// Unleash export JSON (state export v1-v4, and the 4.22+ environment export / import body) -> Manifest.
#include <cstdlib>
#include <set>
#include <unordered_map>
#include <vector>

#include "manifest/importers/import_support.h"
#include "manifest/importers/importers.h"
#include "manifest/importers/json_document.h"

namespace flagdebt::manifest {

namespace {

using importers::JsonDocument;
using nlohmann::json;

// One environment's configuration of one feature.
struct Environment {
  std::string name;
  std::optional<bool> enabled;
  std::vector<const json*> strategies;
};

// The export's side tables, indexed by feature name.
struct ExportIndex {
  std::unordered_map<std::string, std::vector<const json*>> environments;  // featureEnvironments
  std::unordered_map<std::string, std::vector<const json*>> strategies;    // featureStrategies
  std::set<std::string> segmented_strategy_ids;                            // featureStrategySegments
  std::set<std::string> dependent_features;                                // dependencies (child features)
};

void index_by_feature(const json& data, std::string_view table, std::string_view field,
                      std::unordered_map<std::string, std::vector<const json*>>& out) {
  const json* rows = importers::member(data, table);
  if (rows == nullptr || !rows->is_array()) return;
  for (const json& row : *rows) out[importers::string_member(row, field)].push_back(&row);
}

ExportIndex index_export(const json& data) {
  ExportIndex index;
  index_by_feature(data, "featureEnvironments", "featureName", index.environments);
  index_by_feature(data, "featureStrategies", "featureName", index.strategies);
  if (const json* links = importers::member(data, "featureStrategySegments"); links && links->is_array()) {
    for (const json& link : *links) index.segmented_strategy_ids.insert(importers::string_member(link, "featureStrategyId"));
  }
  if (const json* deps = importers::member(data, "dependencies"); deps && deps->is_array()) {
    for (const json& dep : *deps) {
      if (!importers::is_empty_member(dep, "dependencies")) index.dependent_features.insert(importers::string_member(dep, "feature"));
    }
  }
  return index;
}

std::vector<const json*> array_items(const json& object, std::string_view key) {
  std::vector<const json*> items;
  if (const json* array = importers::member(object, key); array && array->is_array()) {
    for (const json& item : *array) items.push_back(&item);
  }
  return items;
}

// Every environment the export describes for the feature, in file order. Sources, first that has any:
// featureEnvironments rows (+ featureStrategies of that environment, or without one in single-environment
// exports), the feature's own `environments` list, the legacy v1 `enabled` + `strategies`.
std::vector<Environment> environments_of(const json& feature, const std::string& name, const ExportIndex& index) {
  std::vector<Environment> envs;
  static const std::vector<const json*> kNone;
  auto found = index.strategies.find(name);
  const std::vector<const json*>& strategies = found != index.strategies.end() ? found->second : kNone;
  if (auto rows = index.environments.find(name); rows != index.environments.end()) {
    for (const json* row : rows->second) {
      Environment env{importers::string_member(*row, "environment"), importers::bool_member(*row, "enabled"), {}};
      for (const json* strategy : strategies) {
        const json* strategy_env = importers::member(*strategy, "environment");
        if (strategy_env == nullptr || (strategy_env->is_string() && strategy_env->get<std::string>() == env.name)) {
          env.strategies.push_back(strategy);
        }
      }
      envs.push_back(std::move(env));
    }
  }
  if (envs.empty()) {
    for (const json* row : array_items(feature, "environments")) {
      envs.push_back({importers::string_member(*row, "name"), importers::bool_member(*row, "enabled"),
                      array_items(*row, "strategies")});
    }
  }
  if (envs.empty() && importers::bool_member(feature, "enabled").has_value()) {
    Environment env{"", importers::bool_member(feature, "enabled"), array_items(feature, "strategies")};
    env.strategies.insert(env.strategies.end(), strategies.begin(), strategies.end());
    envs.push_back(std::move(env));
  }
  return envs;
}

std::optional<double> percentage(const json& strategy, std::string_view parameter) {
  const json* params = importers::member(strategy, "parameters");
  const json* value = params != nullptr ? importers::member(*params, parameter) : nullptr;
  if (value == nullptr) return std::nullopt;
  if (value->is_number()) return value->get<double>();
  if (value->is_string()) {
    const std::string text = value->get<std::string>();
    char* end = nullptr;
    double number = std::strtod(text.c_str(), &end);
    if (!text.empty() && end == text.c_str() + text.size()) return number;
  }
  return std::nullopt;
}

// True when the strategy enables the feature for everyone: `default`, or a 100% rollout, unconstrained.
bool enables_everyone(const json& strategy, const ExportIndex& index) {
  if (!importers::is_empty_member(strategy, "constraints") || !importers::is_empty_member(strategy, "segments")) return false;
  if (index.segmented_strategy_ids.contains(importers::string_member(strategy, "id"))) return false;
  std::string name = importers::string_member(strategy, "name");
  if (name.empty()) name = importers::string_member(strategy, "strategyName");
  if (name == "default") return true;
  if (name == "flexibleRollout") return percentage(strategy, "rollout") == 100.0;
  if (name.starts_with("gradualRollout")) return percentage(strategy, "percentage") == 100.0;
  return false;
}

// What isEnabled() returns in the environment, when that is certain.
std::optional<bool> environment_value(const Environment& env, bool has_parent, const ExportIndex& index) {
  if (!env.enabled) return std::nullopt;
  if (!*env.enabled) return false;
  if (has_parent) return std::nullopt;  // also needs its parent feature enabled
  for (const json* strategy : env.strategies) {
    if (importers::bool_member(*strategy, "disabled") == true) continue;
    if (enables_everyone(*strategy, index)) return true;
  }
  return std::nullopt;  // partial rollout, constraints, custom strategies or no strategy: unknown
}

std::optional<bool> production_value(const json& feature, const std::string& name, const ExportIndex& index) {
  auto envs = environments_of(feature, name, index);
  if (envs.empty()) return std::nullopt;
  const Environment* chosen = &envs.front();
  for (const Environment& env : envs) {
    if (env.name == "production") chosen = &env;
  }
  return environment_value(*chosen, index.dependent_features.contains(name), index);
}

// The lifecycle stage (Unleash 6.1+) as `lifecycle: {stage, enteredStageAt}`, a list of those (the last
// counts), or a plain string.
const json* lifecycle_entry(const json& feature) {
  const json* lifecycle = importers::member(feature, "lifecycle");
  if (lifecycle != nullptr && lifecycle->is_array()) return lifecycle->empty() ? nullptr : &lifecycle->back();
  return lifecycle;
}

std::string lifecycle_stage(const json* entry) {
  if (entry == nullptr) return "";
  if (entry->is_string()) return entry->get<std::string>();
  return importers::string_member(*entry, "stage");
}

std::optional<int> lifetime_days(const std::string& type) {
  if (type == "release" || type == "experiment") return 40;
  if (type == "operational") return 7;
  return std::nullopt;  // kill-switch, permission, custom types: never potentially stale
}

bool is_permanent_type(const std::string& type) {
  return type == "operational" || type == "kill-switch" || type == "permission";
}

std::expected<std::optional<Date>, support::Diag> date_member(const JsonDocument& doc, const json& object,
                                                              std::string_view key, const std::string& pointer) {
  const json* value = importers::member(object, key);
  if (value == nullptr || value->is_null()) return std::optional<Date>{};
  if (auto date = value->is_string() ? importers::parse_iso_date(value->get<std::string>()) : std::nullopt) return date;
  return std::unexpected(doc.error(pointer, "Unleash: malformed date in '" + std::string(key) + "'"));
}

std::expected<Flag, support::Diag> import_feature(const JsonDocument& doc, const json& feature, const std::string& pointer,
                                                  const ExportIndex& index, Date today) {
  if (!feature.is_object()) return std::unexpected(doc.error(pointer, "Unleash: feature is not an object"));
  Flag flag;
  flag.key = importers::string_member(feature, "name");
  if (flag.key.empty()) return std::unexpected(doc.error(pointer, "Unleash: feature without a \"name\""));
  flag.where = doc.where(pointer + "/name");
  const std::string type = importers::string_member(feature, "type");
  if (!type.empty()) flag.extra["type"] = type;
  if (auto project = importers::string_member(feature, "project"); !project.empty()) flag.extra["project"] = project;
  const std::string created_at = importers::string_member(feature, "createdAt");
  if (!created_at.empty()) flag.extra["created_at"] = created_at;

  const json* lifecycle = lifecycle_entry(feature);
  const std::string stage = lifecycle_stage(lifecycle);
  if (!stage.empty()) flag.extra["lifecycle"] = stage;

  auto archived_at = date_member(doc, feature, "archivedAt", pointer + "/archivedAt");
  if (!archived_at) return std::unexpected(archived_at.error());
  if (importers::bool_member(feature, "archived") == true || *archived_at || stage == "archived") {
    flag.status = FlagStatus::Removed;  // archived: SDKs no longer get it and return the code's default
    flag.decided_on = *archived_at;
    return flag;
  }

  const bool stale = importers::bool_member(feature, "stale") == true;
  if (stale || stage == "completed") {
    if (auto value = production_value(feature, flag.key, index)) {
      flag.status = FlagStatus::Decided;
      flag.value = model::Value{*value};
      if (stage == "completed" && lifecycle->is_object()) {
        auto entered = date_member(doc, *lifecycle, "enteredStageAt", pointer + "/lifecycle");
        if (!entered) return std::unexpected(entered.error());
        flag.decided_on = *entered;
      }
      return flag;
    }
    if (stale) flag.extra["stale"] = "true";  // done, but the value it settled on is not certain
  }
  if (is_permanent_type(type)) {
    flag.status = FlagStatus::Permanent;
    return flag;
  }
  auto created = importers::parse_iso_date(created_at);
  auto lifetime = lifetime_days(type);
  if (importers::bool_member(feature, "potentiallyStale") == true ||
      (created && lifetime && std::chrono::sys_days(*created) + std::chrono::days(*lifetime) <= std::chrono::sys_days(today))) {
    flag.extra["potentially_stale"] = "true";
  }
  return flag;
}

std::expected<Manifest, support::Diag> read_unleash(const std::string& text, const std::string& path, Date today) {
  auto doc = importers::parse_json_document(text, path);
  if (!doc) return std::unexpected(doc.error());
  // An import request body ({project, environment, data: {...}}) carries the export under "data".
  const json* data = &doc->root;
  std::string prefix;
  if (importers::member(*data, "features") == nullptr && importers::member(*data, "data") != nullptr) {
    data = importers::member(*data, "data");
    prefix = "/data";
  }
  const json* features = importers::member(*data, "features");
  if (features == nullptr || !features->is_array()) {
    return std::unexpected(doc->error(prefix + "/features", "Unleash: expected a \"features\" array"));
  }
  const ExportIndex index = index_export(*data);
  Manifest manifest;
  manifest.sources.push_back(path);
  for (size_t i = 0; i < features->size(); ++i) {
    auto flag = import_feature(*doc, (*features)[i], prefix + "/features" + importers::pointer_token(i), index, today);
    if (!flag) return std::unexpected(flag.error());
    manifest.flags.push_back(std::move(*flag));
  }
  if (auto duplicate = importers::find_duplicate_key(manifest)) return std::unexpected(*duplicate);
  return manifest;
}

}  // namespace

std::expected<Manifest, support::Diag> import_unleash(const std::string& text, const std::string& path, Date today) {
  return importers::guarded_import(path, [&] { return read_unleash(text, path, today); });
}

}  // namespace flagdebt::manifest
