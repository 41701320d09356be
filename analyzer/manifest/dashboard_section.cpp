#include "manifest/dashboard_section.h"

#include <algorithm>

#include "yaml/yaml_util.h"

namespace flagdebt::manifest {
namespace {

std::optional<support::Diag> number(const std::string& path, const YAML::Node& node, const std::string& what,
                                    std::optional<double>& out) {
  auto v = yaml::value(path, node);
  if (!v || !std::holds_alternative<double>(*v) || std::get<double>(*v) < 0) {
    return yaml::error_at(path, node, "'" + what + "' must be a number >= 0");
  }
  out = std::get<double>(*v);
  return std::nullopt;
}

std::optional<support::Diag> parse_metric(const std::string& path, const std::string& id, const YAML::Node& node,
                                          MetricSetting& out) {
  if (!node.IsMap()) return yaml::error_at(path, node, "dashboard metric '" + id + "' must be a mapping");
  for (const auto& field : node) {
    const std::string name = field.first.Scalar();
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

std::optional<support::Diag> parse_dashboard(const std::string& path, const YAML::Node& node, Dashboard& out) {
  if (!node.IsMap()) return yaml::error_at(path, node, "'dashboard' must be a mapping");
  out.where = {path, static_cast<uint32_t>(node.Mark().line + 1), static_cast<uint32_t>(node.Mark().column + 1)};
  for (const auto& field : node) {
    const std::string name = field.first.Scalar();
    if (name == "stale_after_days") {
      std::optional<double> days;
      if (auto err = number(path, field.second, name, days)) return err;
      out.stale_after_days = static_cast<int>(*days);
    } else if (name == "metrics") {
      if (!field.second.IsMap()) return yaml::error_at(path, field.second, "'metrics' must be a mapping");
      for (const auto& metric : field.second) {
        const std::string id = metric.first.Scalar();
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

}  // namespace flagdebt::manifest
