// LaunchDarkly flags as the REST API lists them (GET /api/v2/flags/{project}: {"items": [...]}, or one
// flag object) -> Manifest, decided by one environment's state.
#include "manifest/importers/import_support.h"
#include "manifest/importers/importers.h"
#include "manifest/importers/json_document.h"

namespace flagdebt::manifest {

namespace {

using importers::JsonDocument;
using nlohmann::json;

// The variation an index names; an index outside the list is an error in the file.
std::expected<std::optional<model::Value>, support::Diag> variation_value(const JsonDocument& doc, const json& flag_json,
                                                                          const json& index, const std::string& pointer) {
  const json* variations = importers::member(flag_json, "variations");
  if (!index.is_number_integer() || variations == nullptr || !variations->is_array() ||
      index.get<int64_t>() < 0 || index.get<int64_t>() >= static_cast<int64_t>(variations->size())) {
    return std::unexpected(doc.error(pointer, "LaunchDarkly: variation index " + index.dump() + " is not in \"variations\""));
  }
  const json* value = importers::member((*variations)[index.get<size_t>()], "value");
  return value != nullptr ? importers::to_flag_value(*value) : std::nullopt;
}

// The fallthrough's variation index when everyone gets the same one: {"variation": i}, or a rollout
// that puts all of its weight (100000) on one variation. nullptr otherwise.
const json* fixed_fallthrough(const json& env) {
  const json* fallthrough = importers::member(env, "fallthrough");
  if (fallthrough == nullptr) return nullptr;
  if (const json* variation = importers::member(*fallthrough, "variation"); variation && !variation->is_null()) return variation;
  const json* rollout = importers::member(*fallthrough, "rollout");
  const json* buckets = rollout != nullptr ? importers::member(*rollout, "variations") : nullptr;
  if (buckets == nullptr || !buckets->is_array()) return nullptr;
  for (const json& bucket : *buckets) {
    const json* weight = importers::member(bucket, "weight");
    if (weight != nullptr && weight->is_number() && weight->get<double>() >= 100000) return importers::member(bucket, "variation");
  }
  return nullptr;
}

// Status and value from the environment's targeting: off -> its off variation; on with nothing but a
// fixed fallthrough -> that variation; anything else stays active.
std::expected<void, support::Diag> apply_environment(const JsonDocument& doc, const json& flag_json, const json& env,
                                                     const std::string& pointer, Flag& flag) {
  const std::optional<bool> on = importers::bool_member(env, "on");
  if (!on) return {};
  const json* served = nullptr;
  std::string served_pointer;
  if (!*on) {
    served = importers::member(env, "offVariation");
    served_pointer = pointer + "/offVariation";
    if (served == nullptr || served->is_null()) {
      flag.status = FlagStatus::Removed;  // off without an off variation: SDKs return the code's default
      return {};
    }
  } else {
    for (const char* targeting : {"rules", "targets", "contextTargets", "prerequisites"}) {
      if (!importers::is_empty_member(env, targeting)) return {};
    }
    served = fixed_fallthrough(env);
    served_pointer = pointer + "/fallthrough";
    if (served == nullptr) return {};
  }
  auto value = variation_value(doc, flag_json, *served, served_pointer);
  if (!value) return std::unexpected(value.error());
  if (*value) {  // a JSON variation has no Value in the model: the flag stays active
    flag.status = FlagStatus::Decided;
    flag.value = std::move(**value);
  }
  return {};
}

std::string owner_of(const json& flag_json) {
  if (const json* maintainer = importers::member(flag_json, "_maintainer")) {
    if (auto email = importers::string_member(*maintainer, "email"); !email.empty()) return email;
  }
  if (const json* team = importers::member(flag_json, "_maintainerTeam")) return importers::string_member(*team, "key");
  return "";
}

// A date in epoch milliseconds; absent or not an integer: none. A number outside years 1..9999 is an
// error, not a date in year 10850 (INT64_MIN) that would decide what is overdue.
std::expected<std::optional<Date>, support::Diag> epoch_ms_member(const JsonDocument& doc, const json& object,
                                                                  const std::string& pointer, std::string_view key) {
  const json* value = importers::member(object, key);
  if (value == nullptr || !value->is_number_integer()) return std::nullopt;
  if (value->is_number_unsigned() && value->get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) {
    return std::unexpected(doc.error(pointer + importers::pointer_token(key), "LaunchDarkly: " + std::string(key) + " is not a date"));
  }
  auto date = importers::date_from_epoch_ms(value->get<int64_t>());
  if (!date) {
    return std::unexpected(doc.error(pointer + importers::pointer_token(key),
                                     "LaunchDarkly: " + std::string(key) + " " + value->dump() +
                                         " is not a date between the years 1 and 9999 (epoch milliseconds)"));
  }
  return date;
}

std::expected<Flag, support::Diag> import_item(const JsonDocument& doc, const json& item, const std::string& pointer,
                                               const std::string& environment) {
  if (!item.is_object()) return std::unexpected(doc.error(pointer, "LaunchDarkly: flag is not an object"));
  Flag flag;
  flag.key = importers::string_member(item, "key");
  if (flag.key.empty()) return std::unexpected(doc.error(pointer, "LaunchDarkly: flag without a \"key\""));
  flag.where = doc.where(pointer + "/key");
  flag.owner = owner_of(item);
  if (auto kind = importers::string_member(item, "kind"); !kind.empty()) flag.extra["kind"] = kind;
  auto created = epoch_ms_member(doc, item, pointer, "creationDate");
  if (!created) return std::unexpected(created.error());
  if (*created) flag.extra["created_at"] = to_string(**created);
  if (importers::bool_member(item, "deprecated") == true) flag.extra["deprecated"] = "true";

  if (importers::bool_member(item, "archived") == true) {
    flag.status = FlagStatus::Removed;  // archived flags are no longer served: SDKs return the code's default
    auto archived = epoch_ms_member(doc, item, pointer, "archivedDate");
    if (!archived) return std::unexpected(archived.error());
    flag.decided_on = *archived;
    return flag;
  }
  if (importers::bool_member(item, "temporary") == false) {
    flag.status = FlagStatus::Permanent;
    return flag;
  }
  const json* environments = importers::member(item, "environments");
  const json* env = environments != nullptr ? importers::member(*environments, environment) : nullptr;
  if (env == nullptr) return flag;  // no state for that environment: the value is unknown
  const std::string env_pointer = pointer + "/environments" + importers::pointer_token(environment);
  if (auto applied = apply_environment(doc, item, *env, env_pointer, flag); !applied) return std::unexpected(applied.error());
  return flag;
}

std::expected<Manifest, support::Diag> read_launchdarkly(const std::string& text, const std::string& path,
                                                         const std::string& environment) {
  auto doc = importers::parse_json_document(text, path);
  if (!doc) return std::unexpected(doc.error());
  Manifest manifest;
  manifest.sources.push_back(path);
  const json* items = importers::member(doc->root, "items");
  if (items != nullptr && items->is_array()) {
    for (size_t i = 0; i < items->size(); ++i) {
      auto flag = import_item(*doc, (*items)[i], "/items" + importers::pointer_token(i), environment);
      if (!flag) return std::unexpected(flag.error());
      manifest.flags.push_back(std::move(*flag));
    }
  } else if (items == nullptr && importers::member(doc->root, "key") && importers::member(doc->root, "variations")) {
    auto flag = import_item(*doc, doc->root, "", environment);  // a single flag (GET /api/v2/flags/{project}/{key})
    if (!flag) return std::unexpected(flag.error());
    manifest.flags.push_back(std::move(*flag));
  } else {
    return std::unexpected(doc->error("/items", "LaunchDarkly: expected an \"items\" array of flags"));
  }
  if (auto duplicate = importers::find_duplicate_key(manifest)) return std::unexpected(*duplicate);
  return manifest;
}

}  // namespace

std::expected<Manifest, support::Diag> import_launchdarkly(const std::string& text, const std::string& path,
                                                           const std::string& environment) {
  return importers::guarded_import(path, [&] { return read_launchdarkly(text, path, environment); });
}

}  // namespace flagdebt::manifest
