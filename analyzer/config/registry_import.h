#pragma once
// Flags declared in the repository's own source (a gate table, an enum, a config class), found
// by the `registries` of rule files: the result is a Manifest the user's manifests lay over.
#include <expected>
#include <vector>

#include "config/manifest.h"
#include "config/rules.h"

namespace flagdebt::config {

std::expected<Manifest, support::Diag> import_registries(const std::vector<RegistryRule>& rules);

}  // namespace flagdebt::config
