#include "manifest/manifest.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <set>

#include "manifest/dashboard_section.h"
#include "manifest/importers/yaml_formats.h"
#include "yaml/yaml_util.h"

namespace flagdebt::manifest {
namespace {

using support::Diag;
template <typename T>
using Result = std::expected<T, Diag>;

Result<FlagStatus> flag_status(const std::string& path, const yaml::Node& node) {
  static const std::map<std::string, FlagStatus> names = {{"active", FlagStatus::Active},
                                                          {"decided", FlagStatus::Decided},
                                                          {"removed", FlagStatus::Removed},
                                                          {"permanent", FlagStatus::Permanent}};
  auto text = yaml::scalar(path, node, "status");
  if (!text) return std::unexpected(text.error());
  auto it = names.find(*text);
  if (it == names.end()) {
    return std::unexpected(yaml::error_at(path, node, "unknown flag status '" + *text +
                                                          "' (expected active, decided, removed or permanent)"));
  }
  return it->second;
}

Result<ExperimentStatus> experiment_status(const std::string& path, const yaml::Node& node) {
  static const std::map<std::string, ExperimentStatus> names = {
      {"draft", ExperimentStatus::Draft},       {"running", ExperimentStatus::Running},
      {"analyzing", ExperimentStatus::Analyzing}, {"decided", ExperimentStatus::Decided},
      {"cleanup", ExperimentStatus::Cleanup},   {"archived", ExperimentStatus::Archived}};
  auto text = yaml::scalar(path, node, "status");
  if (!text) return std::unexpected(text.error());
  auto it = names.find(*text);
  if (it == names.end()) {
    return std::unexpected(yaml::error_at(
        path, node, "unknown experiment status '" + *text +
                        "' (expected draft, running, analyzing, decided, cleanup or archived)"));
  }
  return it->second;
}

std::optional<Diag> check_mapping(const std::string& path, const yaml::Node& node, const char* what) {
  if (!node.is_map()) return yaml::error_at(path, node, std::string(what) + " must be a mapping");
  if (auto dup = yaml::duplicate_key(node)) {
    return yaml::error_at(path, *dup, "duplicate field '" + dup->scalar() + "'");
  }
  return std::nullopt;
}

std::optional<Diag> flag_field(const std::string& path, const std::string& name, const yaml::Node& v,
                               Flag& flag) {
  if (name == "key") return yaml::assign(flag.key, yaml::scalar(path, v, "key"));
  if (name == "status") return yaml::assign(flag.status, flag_status(path, v));
  if (name == "value") return yaml::assign(flag.value, yaml::value(path, v));
  if (name == "owner") return yaml::assign(flag.owner, yaml::scalar(path, v, "owner"));
  if (name == "decided_on") return yaml::assign(flag.decided_on, yaml::date(path, v));
  if (name == "cleanup_deadline") return yaml::assign(flag.cleanup_deadline, yaml::date(path, v));
  if (name == "experiment") return yaml::assign(flag.experiment, yaml::scalar(path, v, "experiment"));
  if (name == "aliases") return yaml::assign(flag.aliases, yaml::string_list(path, v));
  flag.extra[name] = yaml::text_of(v);
  return std::nullopt;
}

Result<Flag> parse_flag(const std::string& path, const yaml::Node& node) {
  if (auto err = check_mapping(path, node, "a flag entry")) return std::unexpected(*err);
  Flag flag;
  flag.where = location_of(path, node);
  bool has_status = false;
  for (const auto& field : node.entries()) {
    const std::string name = field.first.scalar();
    has_status |= name == "status";
    if (auto err = flag_field(path, name, field.second, flag)) return std::unexpected(*err);
  }
  if (flag.key.empty()) return std::unexpected(yaml::error_at(path, node, "flag entry without 'key'"));
  if (!has_status) return std::unexpected(yaml::error_at(path, node, "flag '" + flag.key + "' has no 'status'"));
  if (flag.status == FlagStatus::Decided && !flag.value) {
    return std::unexpected(
        yaml::error_at(path, node, "flag '" + flag.key + "' is decided but has no 'value'"));
  }
  return flag;
}

Result<ModelRef> parse_model(const std::string& path, const yaml::Node& node) {
  if (node.is_scalar()) return ModelRef{node.scalar(), "", false};
  if (auto err = check_mapping(path, node, "a model entry")) return std::unexpected(*err);
  ModelRef model;
  for (const auto& field : node.entries()) {
    const std::string name = field.first.scalar();
    if (name == "name") model.name = field.second.scalar();
    else if (name == "role") model.role = field.second.scalar();
    else if (name == "retired") {
      auto v = yaml::value(path, field.second);
      if (!v || !std::holds_alternative<bool>(*v)) {
        return std::unexpected(yaml::error_at(path, field.second, "'retired' must be true or false"));
      }
      model.retired = std::get<bool>(*v);
    }
  }
  if (model.name.empty()) return std::unexpected(yaml::error_at(path, node, "model entry without 'name'"));
  return model;
}

std::optional<Diag> experiment_field(const std::string& path, const std::string& name, const yaml::Node& v,
                                     Experiment& exp) {
  if (name == "id") return yaml::assign(exp.id, yaml::scalar(path, v, "id"));
  if (name == "name") return yaml::assign(exp.name, yaml::scalar(path, v, "name"));
  if (name == "owner") return yaml::assign(exp.owner, yaml::scalar(path, v, "owner"));
  if (name == "status") return yaml::assign(exp.status, experiment_status(path, v));
  if (name == "start") return yaml::assign(exp.start, yaml::date(path, v));
  if (name == "end") return yaml::assign(exp.end, yaml::date(path, v));
  if (name == "cleanup_deadline") return yaml::assign(exp.cleanup_deadline, yaml::date(path, v));
  if (name == "flags") return yaml::assign(exp.flags, yaml::string_list(path, v));
  if (name == "decision") return yaml::assign(exp.decision, yaml::scalar(path, v, "decision"));
  if (name == "models") {
    if (!v.is_sequence()) return yaml::error_at(path, v, "'models' must be a list");
    for (const auto& item : v.items()) {
      auto model = parse_model(path, item);
      if (!model) return model.error();
      exp.models.push_back(*model);
    }
    return std::nullopt;
  }
  exp.extra[name] = yaml::text_of(v);
  return std::nullopt;
}

Result<Experiment> parse_experiment(const std::string& path, const yaml::Node& node) {
  if (auto err = check_mapping(path, node, "an experiment entry")) return std::unexpected(*err);
  Experiment exp;
  exp.where = location_of(path, node);
  for (const auto& field : node.entries()) {
    if (auto err = experiment_field(path, field.first.scalar(), field.second, exp)) return std::unexpected(*err);
  }
  if (exp.id.empty()) return std::unexpected(yaml::error_at(path, node, "experiment entry without 'id'"));
  return exp;
}

std::optional<Diag> parse_defaults(const std::string& path, const yaml::Node& node, Manifest& manifest) {
  if (auto err = check_mapping(path, node, "'defaults'")) return err;
  if (auto days = node["cleanup_after_days"]) {
    auto v = yaml::value(path, days);
    if (!v || !std::holds_alternative<double>(*v) || std::get<double>(*v) < 0) {
      return yaml::error_at(path, days, "'cleanup_after_days' must be a whole number of days");
    }
    manifest.cleanup_after_days = static_cast<int>(std::get<double>(*v));
  }
  return std::nullopt;
}

template <typename T, typename Parse>
std::optional<Diag> parse_list(const std::string& path, const yaml::Node& node, const char* what,
                               std::vector<T>& out, Parse parse) {
  if (!node.is_sequence()) return yaml::error_at(path, node, std::string("'") + what + "' must be a list");
  for (const auto& item : node.items()) {
    auto parsed = parse(path, item);
    if (!parsed) return parsed.error();
    out.push_back(std::move(*parsed));
  }
  return std::nullopt;
}

// Two entries with the same key (flags) or id (experiments) are an error at the second one.
template <typename T, typename Name>
std::optional<Diag> check_unique(const std::vector<T>& items, Name name, const char* what) {
  std::set<std::string> seen;
  for (const auto& item : items) {
    if (!seen.insert(name(item)).second) {
      return support::make_diag(item.where.file, item.where.line, item.where.column,
                                std::string("duplicate ") + what + " '" + name(item) + "'");
    }
  }
  return std::nullopt;
}

// A misspelled section (`flgs:`) would otherwise load as an empty manifest and turn every flag
// into an undeclared one: the top level is closed, unlike a flag's own fields.
std::optional<Diag> check_top_level_keys(const std::string& path, const yaml::Node& root) {
  static const std::set<std::string> known = {"version", "defaults", "flags", "experiments", "dashboard"};
  for (const auto& entry : root.entries()) {
    const std::string name = yaml::text_of(entry.first);
    if (!known.contains(name)) {
      return yaml::error_at(path, entry.first,
                            "unknown top-level key '" + name + "' (expected version, defaults, flags, experiments, dashboard)");
    }
  }
  return std::nullopt;
}

std::optional<Diag> parse_root(const std::string& path, const yaml::Node& root, Manifest& manifest) {
  if (auto err = check_mapping(path, root, "the manifest")) return err;
  if (auto err = check_top_level_keys(path, root)) return err;
  auto version = root["version"];
  if (!version) return support::make_diag(path, 1, 1, "manifest has no 'version' (expected 'version: 1')");
  if (!version.is_scalar() || version.scalar() != "1") {
    return yaml::error_at(path, version, "unsupported manifest version '" + yaml::text_of(version) + "' (expected 1)");
  }
  if (auto defaults = root["defaults"]) {
    if (auto err = parse_defaults(path, defaults, manifest)) return err;
  }
  if (auto dashboard = root["dashboard"]) {
    if (auto err = parse_dashboard(path, dashboard, manifest.dashboard)) return err;
  }
  if (auto flags = root["flags"]) {
    if (auto err = parse_list(path, flags, "flags", manifest.flags, parse_flag)) return err;
  }
  if (auto experiments = root["experiments"]) {
    if (auto err = parse_list(path, experiments, "experiments", manifest.experiments, parse_experiment)) return err;
  }
  if (auto err = check_unique(manifest.flags, [](const Flag& f) { return f.key; }, "flag key")) return err;
  return check_unique(manifest.experiments, [](const Experiment& e) { return e.id; }, "experiment id");
}

}  // namespace

void Manifest::index_keys() {
  key_index.clear();
  for (size_t i = 0; i < flags.size(); ++i) key_index.emplace(flags[i].key, i);
}

const Flag* Manifest::find(std::string_view key) const {
  if (auto it = key_index.find(std::string(key)); it != key_index.end() && it->second < flags.size() &&
                                                   flags[it->second].key == key) {
    return &flags[it->second];
  }
  for (const auto& flag : flags) {
    if (flag.key == key) return &flag;
  }
  return nullptr;
}

const Experiment* Manifest::find_experiment(std::string_view id) const {
  for (const auto& exp : experiments) {
    if (exp.id == id) return &exp;
  }
  return nullptr;
}

const Experiment* Manifest::experiment_of(const Flag& flag) const {
  if (!flag.experiment.empty()) return find_experiment(flag.experiment);
  for (const auto& exp : experiments) {
    if (std::find(exp.flags.begin(), exp.flags.end(), flag.key) != exp.flags.end()) return &exp;
  }
  return nullptr;
}

Result<Manifest> parse_manifest(const std::string& text, const std::string& path) {
  auto doc = yaml::Document::parse(text, path);
  if (!doc) return std::unexpected(doc.error());
  return read_native(doc->root(), path);
}

Result<Manifest> read_native(const yaml::Node& root, const std::string& path) {
  Manifest manifest;
  manifest.sources.push_back(path);
  if (auto err = parse_root(path, root, manifest)) return std::unexpected(*err);
  return manifest;
}

Result<Manifest> load_manifest_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(support::make_diag(path, 0, 0, "cannot read manifest"));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_manifest(text.str(), path);
}

const char* to_string(FlagStatus status) {
  switch (status) {
    case FlagStatus::Active: return "active";
    case FlagStatus::Decided: return "decided";
    case FlagStatus::Removed: return "removed";
    case FlagStatus::Permanent: return "permanent";
  }
  return "?";
}

const char* to_string(ExperimentStatus status) {
  switch (status) {
    case ExperimentStatus::Draft: return "draft";
    case ExperimentStatus::Running: return "running";
    case ExperimentStatus::Analyzing: return "analyzing";
    case ExperimentStatus::Decided: return "decided";
    case ExperimentStatus::Cleanup: return "cleanup";
    case ExperimentStatus::Archived: return "archived";
  }
  return "?";
}

std::string to_string(const Date& date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

bool is_settled(const Flag& flag) {
  return flag.status == FlagStatus::Decided || flag.status == FlagStatus::Removed;
}

std::optional<Date> effective_deadline(const Flag& flag, int cleanup_after_days) {
  if (flag.cleanup_deadline) return flag.cleanup_deadline;
  if (!flag.decided_on) return std::nullopt;
  return Date{std::chrono::sys_days{*flag.decided_on} + std::chrono::days{cleanup_after_days}};
}

}  // namespace flagdebt::manifest
