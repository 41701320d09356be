#pragma once
// Flags declared in the repository's own source (a gate table, an enum, a config class), found
// by the `registries` of rule files: the result is a Manifest the user's manifests lay over.
#include <expected>
#include <filesystem>
#include <vector>

#include "config/manifest.h"
#include "config/rules.h"

namespace flagdebt::config {

// Registry files are looked up below `root` (the scan root, the current directory) and only
// there: their paths come out relative to it. A file is read as text, never run.
std::expected<Manifest, support::Diag> import_registries(const std::vector<RegistryRule>& rules,
                                                         const std::filesystem::path& root);

}  // namespace flagdebt::config
