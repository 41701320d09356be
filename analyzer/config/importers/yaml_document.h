#pragma once
// YAML for the importers: config::yaml::load behind a guard against text nested deeper than
// yaml-cpp's recursive parser can take, and node positions as Locations. Internal.
#include <expected>
#include <string>

#include <yaml-cpp/yaml.h>

#include "config/manifest.h"
#include "support/diag.h"

namespace flagdebt::config::importers {

std::expected<YAML::Node, support::Diag> parse_yaml_document(const std::string& text, const std::string& path);

// The Location of a node (yaml-cpp marks are 0-based).
Location yaml_location(const YAML::Node& node, const std::string& path);

}  // namespace flagdebt::config::importers
