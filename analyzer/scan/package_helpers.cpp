#include "scan/package_helpers.h"

#include <set>

#include "frontends/frontend.h"

namespace flagdebt::scan {

std::unordered_map<std::string, model::PackageHelper> package_helpers_of(const std::vector<FileOutcome>& outcomes,
                                                                        const std::vector<discover::DiscoveredFile>& files) {
  std::unordered_map<std::string, model::PackageHelper> found;
  std::set<std::string> ambiguous;
  for (size_t i = 0; i < outcomes.size() && i < files.size(); ++i) {
    for (const auto& helper : outcomes[i].package_helpers) {
      auto [it, fresh] = found.emplace(frontends::FlagIndex::package_helper_key(files[i].path, helper.name), helper);
      if (!fresh && !(it->second == helper)) ambiguous.insert(it->first);
    }
  }
  for (const auto& key : ambiguous) found.erase(key);
  return found;
}

}  // namespace flagdebt::scan
