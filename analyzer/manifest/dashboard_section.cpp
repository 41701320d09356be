#include "manifest/dashboard_section.h"

#include <algorithm>

#include "manifest/importers/yaml_formats.h"
#include "yaml/yaml_util.h"

namespace flagdebt::manifest {
namespace {

std::optional<support::Diag> number(const std::string& path, const yaml::Node& node, const std::string& what,
                                    std::optional<double>& out) {
  auto v = yaml::value(path, node);
  if (!v || !std::holds_alternative<double>(*v) || std::get<double>(*v) < 0) {
    return yaml::error_at(path, node, "'" + what + "' must be a number >= 0");
  }
  out = std::get<double>(*v);
  return std::nullopt;
}

std::string at(const Location& where) { return where.file + ":" + std::to_string(where.line); }

std::string number_text(double v) {
  std::string text = std::to_string(v);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) text.pop_back();
  return text;
}

// One setting of two manifests: taken when base lacks it, an error when both hold different values.
std::optional<support::Diag> merge_value(std::optional<double>& base, const Location& base_at, const std::optional<double>& next,
                                         const Location& next_at, const std::string& what) {
  if (!next) return std::nullopt;
  if (base && *base != *next) {
    return support::make_diag(next_at.file, next_at.line, next_at.column,
                              "dashboard " + what + " is " + number_text(*next) + " here but " + number_text(*base) +
                                  " at " + at(base_at) + " (manifests must agree; set it in one)");
  }
  base = next;
  return std::nullopt;
}

std::optional<support::Diag> parse_metric(const std::string& path, const std::string& id, const yaml::Node& node,
                                          MetricSetting& out) {
  if (!node.is_map()) return yaml::error_at(path, node, "dashboard metric '" + id + "' must be a mapping");
  out.where = location_of(path, node);
  for (const auto& field : node.entries()) {
    const std::string name = field.first.scalar();
    std::optional<double>* slot = name == "target" ? &out.target
                                  : name == "limit" ? &out.limit
                                  : name == "weight" ? &out.weight
                                                     : nullptr;
    if (!slot) return yaml::error_at(path, field.first, "unknown field '" + name + "' (expected target, limit or weight)");
    if (auto err = number(path, field.second, name, *slot)) return err;
  }
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& dashboard_metric_ids() {
  static const std::vector<std::string> ids = {
      "active_flags",      "decided_still_referenced", "stale_experiments", "dead_code_paths",
      "retired_models_referenced", "cleanup_rate", "median_days_to_cleanup", "median_flag_age_days"};
  return ids;
}

std::optional<support::Diag> parse_dashboard(const std::string& path, const yaml::Node& node, Dashboard& out) {
  if (!node.is_map()) return yaml::error_at(path, node, "'dashboard' must be a mapping");
  out.where = location_of(path, node);
  for (const auto& field : node.entries()) {
    const std::string name = field.first.scalar();
    if (name == "stale_after_days") {
      std::optional<double> days;
      if (auto err = number(path, field.second, name, days)) return err;
      out.stale_after_days = static_cast<int>(*days);
      out.stale_where = location_of(path, field.second);
    } else if (name == "metrics") {
      if (!field.second.is_map()) return yaml::error_at(path, field.second, "'metrics' must be a mapping");
      for (const auto& metric : field.second.entries()) {
        const std::string id = metric.first.scalar();
        const auto& ids = dashboard_metric_ids();
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
          return yaml::error_at(path, metric.first, "unknown dashboard metric '" + id + "' (see docs/dashboard.md)");
        }
        if (auto err = parse_metric(path, id, metric.second, out.metrics[id])) return err;
      }
    } else {
      return yaml::error_at(path, field.first, "unknown field '" + name + "' in 'dashboard' (expected stale_after_days or metrics)");
    }
  }
  return std::nullopt;
}

std::optional<support::Diag> merge_dashboard(Dashboard& base, const Dashboard& next) {
  if (!next.stale_where.file.empty()) {
    std::optional<double> mine, theirs = next.stale_after_days;
    if (!base.stale_where.file.empty()) mine = base.stale_after_days;
    if (auto err = merge_value(mine, base.stale_where, theirs, next.stale_where, "stale_after_days")) return err;
    if (base.stale_where.file.empty()) base.stale_where = next.stale_where;
    base.stale_after_days = next.stale_after_days;
  }
  for (const auto& [id, setting] : next.metrics) {
    MetricSetting& mine = base.metrics[id];
    if (mine.where.file.empty()) mine.where = setting.where;
    if (auto err = merge_value(mine.target, mine.where, setting.target, setting.where, id + ".target")) return err;
    if (auto err = merge_value(mine.limit, mine.where, setting.limit, setting.where, id + ".limit")) return err;
    if (auto err = merge_value(mine.weight, mine.where, setting.weight, setting.where, id + ".weight")) return err;
  }
  if (base.where.file.empty()) base.where = next.where;
  return std::nullopt;
}

}  // namespace flagdebt::manifest
