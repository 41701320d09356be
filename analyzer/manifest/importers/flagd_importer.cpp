// OpenFeature flagd flag definitions (https://flagd.dev/schema/v0/flags.json) -> Manifest.
#include "manifest/importers/importers.h"

#include <algorithm>
#include <utility>

#include "manifest/importers/import_support.h"
#include "manifest/importers/json_document.h"

namespace flagdebt::manifest {

namespace {

using importers::JsonDocument;
using nlohmann::json;

// `pointer` names the flag's definition; `key_pointer` the text that names its key.
std::expected<Flag, support::Diag> import_flag(const JsonDocument& doc, const std::string& key, const json& def,
                                               const std::string& pointer, const std::string& key_pointer) {
  Flag flag;
  flag.key = key;
  flag.where = doc.where(key_pointer);
  if (!def.is_object()) return std::unexpected(doc.error(pointer, "flagd: flag '" + key + "' is not an object"));

  const std::string state = importers::string_member(def, "state");
  if (state == "DISABLED") {
    flag.status = FlagStatus::Removed;  // not served: every evaluation returns the code's default
    return flag;
  }
  if (state != "ENABLED") {
    return std::unexpected(doc.error(pointer + "/state", "flagd: flag '" + key + "' has state '" + state +
                                                             "' (expected ENABLED or DISABLED)"));
  }
  if (!importers::is_empty_member(def, "targeting")) return flag;  // targeted: value depends on context

  const json* default_variant = importers::member(def, "defaultVariant");
  if (default_variant == nullptr || default_variant->is_null()) {
    flag.status = FlagStatus::Removed;  // no default and no targeting: flagd falls back to the code's default
    return flag;
  }
  if (!default_variant->is_string()) {
    return std::unexpected(doc.error(pointer + "/defaultVariant", "flagd: defaultVariant of flag '" + key +
                                                                      "' is not a string"));
  }
  const std::string variant_name = default_variant->get<std::string>();
  const json* variants = importers::member(def, "variants");
  const json* variant = variants != nullptr ? importers::member(*variants, variant_name) : nullptr;
  if (variant == nullptr) {
    return std::unexpected(doc.error(pointer + "/defaultVariant", "flagd: defaultVariant '" + variant_name +
                                                                      "' of flag '" + key + "' is not among its variants"));
  }
  if (auto value = importers::to_flag_value(*variant)) {
    flag.status = FlagStatus::Decided;
    flag.value = std::move(value);
  }  // an object variant has no Value in the model: the flag stays active
  return flag;
}

std::expected<Manifest, support::Diag> read_flagd(const std::string& text, const std::string& path) {
  auto doc = importers::parse_json_document(text, path);
  if (!doc) return std::unexpected(doc.error());
  const json* flags = importers::member(doc->root, "flags");
  if (flags == nullptr || !(flags->is_object() || flags->is_array())) {
    return std::unexpected(doc->error("/flags", "flagd: expected a \"flags\" object or array"));
  }

  Manifest manifest;
  manifest.sources.push_back(path);
  if (flags->is_object()) {
    for (const auto& [key, def] : flags->items()) {
      const std::string pointer = "/flags" + importers::pointer_token(key);
      auto flag = import_flag(*doc, key, def, pointer, pointer);
      if (!flag) return std::unexpected(flag.error());
      manifest.flags.push_back(std::move(*flag));
    }
    // nlohmann::json orders members by key; keep the file's order instead.
    std::stable_sort(manifest.flags.begin(), manifest.flags.end(), [](const Flag& a, const Flag& b) {
      return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
    });
  } else {
    for (size_t i = 0; i < flags->size(); ++i) {
      const std::string pointer = "/flags" + importers::pointer_token(i);
      const std::string key = importers::string_member((*flags)[i], "key");
      if (key.empty()) return std::unexpected(doc->error(pointer, "flagd: flag without a \"key\""));
      auto flag = import_flag(*doc, key, (*flags)[i], pointer, pointer + "/key");
      if (!flag) return std::unexpected(flag.error());
      manifest.flags.push_back(std::move(*flag));
    }
  }
  if (auto duplicate = importers::find_duplicate_key(manifest)) return std::unexpected(*duplicate);
  return manifest;
}

}  // namespace

std::expected<Manifest, support::Diag> import_flagd(const std::string& text, const std::string& path) {
  return importers::guarded_import(path, [&] { return read_flagd(text, path); });
}

}  // namespace flagdebt::manifest
