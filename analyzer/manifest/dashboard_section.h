#pragma once
// The manifest's `dashboard:` section (private to manifest/): targets, limits and weights of the
// debt dashboard's metrics, and their merge across manifests. Unknown keys and metric ids are errors with file:line, like flag fields.
#include <optional>
#include <string>

#include "yaml/document.h"

#include "manifest/manifest.h"

namespace flagdebt::manifest {

std::optional<support::Diag> parse_dashboard(const std::string& path, const yaml::Node& node, Dashboard& out);
// Lays `next` (a later manifest's section) over `base`: settings only one names are kept; the same
// setting with two different values is an error at next's file:line that names base's.
std::optional<support::Diag> merge_dashboard(Dashboard& base, const Dashboard& next);

}  // namespace flagdebt::manifest
