#pragma once
// The manifest's `dashboard:` section (private to manifest/): targets, limits and weights of the
// debt dashboard's metrics. Unknown keys and metric ids are errors with file:line, like flag fields.
#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

#include "manifest/manifest.h"

namespace flagdebt::manifest {

std::optional<support::Diag> parse_dashboard(const std::string& path, const YAML::Node& node, Dashboard& out);

}  // namespace flagdebt::manifest
