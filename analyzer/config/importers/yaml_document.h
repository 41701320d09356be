#pragma once
// YAML parsing for the importers: yaml-cpp exceptions become Diags with file:line:col, and text
// nested deeper than yaml-cpp's recursive parser can safely take is refused. Internal.
#include <expected>
#include <string>

#include <yaml-cpp/yaml.h>

#include "config/manifest.h"
#include "support/diag.h"

namespace flagdebt::config::importers {

std::expected<YAML::Node, support::Diag> parse_yaml_document(const std::string& text, const std::string& path);

// The Location of a node (yaml-cpp marks are 0-based).
Location yaml_location(const YAML::Node& node, const std::string& path);

// The node of the key `key` in a map (not its value), for a flag's `where`; null when absent.
YAML::Node yaml_key_node(const YAML::Node& map, const std::string& key);

}  // namespace flagdebt::config::importers
