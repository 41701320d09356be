#pragma once
// The YAML manifest formats read from an already parsed document, so that the loader parses a YAML
// manifest once for detecting its format and reading it (manifest module only).
#include <expected>
#include <string>

#include "manifest/importers/importers.h"
#include "yaml/document.h"

namespace flagdebt::manifest {

// Native v1 or GitLab, from the document's top-level keys; Unknown otherwise.
ManifestFormat detect_yaml_format(const yaml::Node& root);
// parse_manifest and import_gitlab without the parse.
std::expected<Manifest, support::Diag> read_native(const yaml::Node& root, const std::string& path);
std::expected<Manifest, support::Diag> import_gitlab(const yaml::Node& root, const std::string& path);
// Where a node was written, as a manifest entry's location (1-based; 0 for an absent node).
inline Location location_of(const std::string& path, const yaml::Node& node) {
  return Location{path, node.mark().line, node.mark().column};
}

}  // namespace flagdebt::manifest
