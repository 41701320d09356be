#include "discover/tree_walk.h"

#include <set>
#include <string>

#include "discover/ignore_rules.h"

namespace flagdebt::discover {
namespace fs = std::filesystem;

bool skipped_directory(const fs::path& dir) {
  static const std::set<std::string> kSkipped = {".git", ".hg", ".svn"};
  return kSkipped.contains(dir.filename().string());
}

void walk_tree(const fs::path& start, const IgnoreRules& rules, const TreeVisitor& visitor) {
  std::error_code ec;
  fs::recursive_directory_iterator it(start, fs::directory_options::none, ec), end;
  if (ec) return visitor.problem(start, ec);
  for (; it != end; it.increment(ec)) {
    if (ec) {
      visitor.problem(it->path(), ec);
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    if (entry.is_symlink(ec)) continue;
    if (entry.is_directory(ec)) {
      if (skipped_directory(entry.path()) || (visitor.enter && !visitor.enter(entry.path())) ||
          rules.ignored(entry.path(), true)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!entry.is_regular_file(ec)) continue;
    if (visitor.wants && !visitor.wants(entry.path())) continue;
    if (!rules.ignored(entry.path(), false)) visitor.file(entry.path());
  }
}

}  // namespace flagdebt::discover
