#pragma once
// Helpers shared across a package's files (model::PackageHelper): a file's calls to a function
// another file of its directory defines as one flag check are that check.
#include <string>
#include <unordered_map>
#include <vector>

#include "discover/discover.h"
#include "model/file_model.h"
#include "scan/file_analyzer.h"

namespace flagdebt::scan {

// By FlagIndex::package_helper_key. A name two files of one directory define differently (build
// tags, per-platform files) is left out: which one a call reaches is not known.
std::unordered_map<std::string, model::PackageHelper> package_helpers_of(const std::vector<FileOutcome>& outcomes,
                                                                        const std::vector<discover::DiscoveredFile>& files);

}  // namespace flagdebt::scan
