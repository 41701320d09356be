// One GitLab feature flag definition (config/feature_flags/<type>/<name>.yml) -> a one-flag Manifest.
#include "manifest/importers/import_support.h"
#include "manifest/importers/yaml_formats.h"
#include "yaml/yaml_util.h"

namespace flagdebt::manifest {

namespace {

support::Diag error_at(const yaml::Node& node, const std::string& path, const std::string& message) {
  return yaml::error_at(path, node, "GitLab: " + message);
}

std::expected<Manifest, support::Diag> read_gitlab(const yaml::Node& root, const std::string& path) {
  if (!root.is_map()) return std::unexpected(support::make_diag(path, 1, 1, "GitLab: expected a flag definition mapping"));
  if (auto duplicate = yaml::duplicate_key(root)) {
    return std::unexpected(error_at(*duplicate, path, "'" + duplicate->scalar() + "' is given twice"));
  }

  Flag flag;
  std::string type;
  std::optional<bool> default_enabled;
  for (const auto& entry : root.entries()) {
    const std::string field = entry.first.scalar();
    const yaml::Node& value = entry.second;
    if (field == "name") {
      if (!value.is_scalar() || value.scalar().empty()) return std::unexpected(error_at(value, path, "'name' must be a flag name"));
      flag.key = value.scalar();
      flag.where = location_of(path, entry.first);
    } else if (field == "default_enabled") {
      default_enabled = yaml::boolean(value);
      if (!default_enabled) return std::unexpected(error_at(value, path, "'default_enabled' must be true or false"));
    } else if (field == "group") {
      flag.owner = yaml::text_of(value);  // e.g. "group::source code"
    } else if (!value.is_null()) {
      if (field == "type") type = yaml::text_of(value);
      flag.extra[field] = yaml::text_of(value);  // type, milestone, introduced_by_url, rollout_issue_url, ...
    }
  }
  if (flag.key.empty()) return std::unexpected(support::make_diag(path, 1, 1, "GitLab: flag definition without 'name'"));
  if (!default_enabled) {
    return std::unexpected(support::make_diag(path, flag.where.line, flag.where.column,
                                              "GitLab: flag '" + flag.key + "' has no 'default_enabled'"));
  }
  if (type == "ops") {
    flag.status = FlagStatus::Permanent;  // an operational switch, on by default or not
  } else if (*default_enabled) {
    flag.status = FlagStatus::Decided;
    flag.value = model::Value{true};
  }
  Manifest manifest;
  manifest.flags.push_back(std::move(flag));
  manifest.sources.push_back(path);
  return manifest;
}

}  // namespace

std::expected<Manifest, support::Diag> import_gitlab(const yaml::Node& root, const std::string& path) {
  return importers::guarded_import(path, [&] { return read_gitlab(root, path); });
}

std::expected<Manifest, support::Diag> import_gitlab(const std::string& text, const std::string& path) {
  auto doc = yaml::Document::parse(text, path);
  if (!doc) return std::unexpected(doc.error());
  return import_gitlab(doc->root(), path);
}

}  // namespace flagdebt::manifest
