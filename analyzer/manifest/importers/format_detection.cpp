// Which flag-definition format a text is, from its content alone.
#include "manifest/importers/yaml_formats.h"
#include "manifest/importers/json_document.h"
#include "yaml/yaml_util.h"

namespace flagdebt::manifest {

namespace {

using importers::member;
using nlohmann::json;

bool has_any(const json& object, std::initializer_list<std::string_view> keys) {
  for (auto key : keys) {
    if (member(object, key) != nullptr) return true;
  }
  return false;
}

bool looks_like_flagd(const json& root) {
  if (auto schema = importers::string_member(root, "$schema"); schema.find("flagd") != std::string::npos) return true;
  const json* flags = member(root, "flags");
  if (flags == nullptr || !(flags->is_object() || flags->is_array()) || flags->empty()) return false;
  for (const json& flag : *flags) {
    if (!has_any(flag, {"variants", "defaultVariant"})) return false;
  }
  return true;
}

bool looks_like_unleash(const json& root) {
  const json* data = member(root, "features") == nullptr && member(root, "data") ? member(root, "data") : &root;
  const json* features = member(*data, "features");
  return features != nullptr && features->is_array() &&
         (has_any(*data, {"featureStrategies", "featureEnvironments", "environments", "strategies"}) ||
          (!features->empty() && importers::member(features->front(), "name") != nullptr));
}

bool looks_like_launchdarkly_flag(const json& flag) {
  return member(flag, "key") != nullptr && has_any(flag, {"variations", "environments", "_maintainer"});
}

bool looks_like_launchdarkly(const json& root) {
  const json* items = member(root, "items");
  if (items == nullptr) return member(root, "variations") != nullptr && looks_like_launchdarkly_flag(root);
  return items->is_array() && !items->empty() && looks_like_launchdarkly_flag(items->front());
}

ManifestFormat detect_json(const json& root) {
  if (looks_like_flagd(root)) return ManifestFormat::Flagd;
  if (looks_like_unleash(root)) return ManifestFormat::Unleash;
  if (looks_like_launchdarkly(root)) return ManifestFormat::LaunchDarkly;
  return ManifestFormat::Unknown;
}

}  // namespace

ManifestFormat detect_yaml_format(const yaml::Node& doc) {
  if (!doc.is_map()) return ManifestFormat::Unknown;
  if (doc["version"] && (doc["flags"] || doc["experiments"])) return ManifestFormat::Native;
  if (doc["name"] && doc["default_enabled"]) return ManifestFormat::GitLab;
  return ManifestFormat::Unknown;
}

const char* to_string(ManifestFormat format) {
  switch (format) {
    case ManifestFormat::Native: return "native";
    case ManifestFormat::Flagd: return "flagd";
    case ManifestFormat::Unleash: return "unleash";
    case ManifestFormat::LaunchDarkly: return "launchdarkly";
    case ManifestFormat::GitLab: return "gitlab";
    case ManifestFormat::Unknown: break;
  }
  return "unknown";
}

ManifestFormat detect_json_format(const std::string& text) {
  try {
    json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
    return root.is_discarded() ? ManifestFormat::Unknown : detect_json(root);
  } catch (const std::exception&) {
    return ManifestFormat::Unknown;
  }
}

ManifestFormat detect_manifest_format(const std::string& text) {
  if (ManifestFormat format = detect_json_format(text); format != ManifestFormat::Unknown) return format;
  auto doc = yaml::Document::parse(text, "");  // YAML, or JSON in the native layout (JSON is YAML)
  return doc ? detect_yaml_format(doc->root()) : ManifestFormat::Unknown;
}

}  // namespace flagdebt::manifest
