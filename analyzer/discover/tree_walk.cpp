#include "discover/tree_walk.h"

#include <set>
#include <vector>
#include <string>

#include "discover/ignore_rules.h"

namespace flagdebt::discover {
namespace fs = std::filesystem;

bool skipped_directory(const fs::path& dir) {
  static const std::set<std::string> kSkipped = {".git", ".hg", ".svn"};
  return kSkipped.contains(dir.filename().string());
}

namespace {

void visit(const fs::directory_entry& entry, const IgnoreRules& rules, const TreeVisitor& visitor,
           std::vector<fs::path>& pending) {
  std::error_code ec;
  if (entry.is_symlink(ec)) return;
  if (entry.is_directory(ec)) {
    if (!skipped_directory(entry.path()) && (!visitor.enter || visitor.enter(entry.path())) &&
        !rules.ignored(entry.path(), true)) {
      pending.push_back(entry.path());
    }
    return;
  }
  if (!entry.is_regular_file(ec)) return;
  if (visitor.wants && !visitor.wants(entry.path())) return;
  if (!rules.ignored(entry.path(), false)) visitor.file(entry.path());
}

void list(const fs::path& dir, const IgnoreRules& rules, const TreeVisitor& visitor, std::vector<fs::path>& pending) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) return visitor.problem(dir, ec);
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    visit(*it, rules, visitor, pending);
  }
  if (ec) visitor.problem(dir, ec);
}

}  // namespace

// Folder by folder with an explicit stack: an unreadable folder is one problem and the walk goes on
// with its siblings (a recursive_directory_iterator ends at its first error, dropping every later
// folder silently), and no depth of nesting can overflow the call stack.
void walk_tree(const fs::path& start, const IgnoreRules& rules, const TreeVisitor& visitor) {
  std::vector<fs::path> pending{start};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    list(dir, rules, visitor, pending);
  }
}

}  // namespace flagdebt::discover
