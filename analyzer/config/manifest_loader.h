#pragma once
// Loads the manifests a scan names, whatever their format (native YAML, flagd, Unleash,
// LaunchDarkly, GitLab), and lays them over each other in order.
#include <expected>
#include <string>
#include <vector>

#include "config/manifest.h"
#include "support/diag.h"

namespace flagdebt::config {

// `paths` empty: ./flagdebt.yaml, else ./.flagdebt.yaml. A directory stands for every
// .yml/.yaml file below it (GitLab's config/feature_flags/). Paths in findings are as given,
// relative to the current directory.
// With `required` false, having no manifest at all gives an empty one (flags may come from
// registries in code instead).
std::expected<Manifest, support::Diag> load_manifests(const std::vector<std::string>& paths, Date today,
                                                      bool required = true);

// Today's date from the system clock (UTC).
Date today_from_clock();

// One line per flag: key, status, value, owner, deadline, source file:line (`manifest show`).
std::string describe_flags(const Manifest& manifest);

}  // namespace flagdebt::config
