// overlay_manifest: one manifest laid over another (imports first, the native YAML on top).
#include <algorithm>
#include <unordered_map>

#include "manifest/importers/importers.h"

namespace flagdebt::manifest {

namespace {

const int kDefaultCleanupAfterDays = Manifest{}.cleanup_after_days;

void override_text(std::string& base, const std::string& next) {
  if (!next.empty()) base = next;
}

template <typename T>
void override_optional(std::optional<T>& base, const std::optional<T>& next) {
  if (next) base = next;
}

template <typename T, typename Same>
void append_unique(std::vector<T>& base, const std::vector<T>& next, Same same) {
  for (const T& item : next) {
    if (std::none_of(base.begin(), base.end(), [&](const T& existing) { return same(existing, item); })) base.push_back(item);
  }
}

void append_unique(std::vector<std::string>& base, const std::vector<std::string>& next) {
  append_unique(base, next, std::equal_to<std::string>());
}

void override_extra(std::map<std::string, std::string>& base, const std::map<std::string, std::string>& next) {
  for (const auto& [key, value] : next) base.insert_or_assign(key, value);
}

void override_location(Location& base, const Location& next) {
  if (!next.file.empty()) base = next;
}

void overlay_flag(Flag& base, const Flag& next) {
  base.status = next.status;  // status and value travel together
  base.value = next.value;
  override_text(base.owner, next.owner);
  override_optional(base.decided_on, next.decided_on);
  override_optional(base.cleanup_deadline, next.cleanup_deadline);
  override_text(base.experiment, next.experiment);
  append_unique(base.aliases, next.aliases);
  override_location(base.where, next.where);
  override_extra(base.extra, next.extra);
}

void overlay_models(std::vector<ModelRef>& base, const std::vector<ModelRef>& next) {
  for (const ModelRef& model : next) {
    auto it = std::find_if(base.begin(), base.end(), [&](const ModelRef& m) { return m.name == model.name; });
    if (it == base.end()) {
      base.push_back(model);
    } else {
      *it = model;
    }
  }
}

void overlay_experiment(Experiment& base, const Experiment& next) {
  override_text(base.name, next.name);
  override_text(base.owner, next.owner);
  base.status = next.status;
  override_optional(base.start, next.start);
  override_optional(base.end, next.end);
  override_optional(base.cleanup_deadline, next.cleanup_deadline);
  append_unique(base.flags, next.flags);
  overlay_models(base.models, next.models);
  override_text(base.decision, next.decision);
  override_location(base.where, next.where);
  override_extra(base.extra, next.extra);
}

// Overlays items matched by `id`, appending unmatched ones in next's order.
template <typename T, typename Id, typename Overlay>
void overlay_by_id(std::vector<T>& base, const std::vector<T>& next, Id id, Overlay overlay) {
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < base.size(); ++i) index.emplace(id(base[i]), i);
  for (const T& item : next) {
    if (auto it = index.find(id(item)); it != index.end()) {
      overlay(base[it->second], item);
    } else {
      index.emplace(id(item), base.size());
      base.push_back(item);
    }
  }
}

}  // namespace

void overlay_manifest(Manifest& base, const Manifest& next) {
  // Manifest has no "unset" for this field: only a non-default value counts as set.
  if (next.cleanup_after_days != kDefaultCleanupAfterDays) base.cleanup_after_days = next.cleanup_after_days;
  overlay_by_id(base.flags, next.flags, [](const Flag& f) { return f.key; }, overlay_flag);
  overlay_by_id(base.experiments, next.experiments, [](const Experiment& e) { return e.id; }, overlay_experiment);
  append_unique(base.sources, next.sources);
}

}  // namespace flagdebt::manifest
