#include "discover/discover.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "discover/ignore_rules.h"
#include "languages/languages.h"
#include "support/paths.h"

namespace flagdebt::discover {
namespace fs = std::filesystem;
namespace {

const std::set<std::string> kSkippedDirectories = {".git", ".hg", ".svn"};

// "/a/b/." and "/a/b/" -> "/a/b": one spelling per directory, so relative paths come out right.
fs::path clean(const fs::path& path) {
  fs::path normal = path.lexically_normal();
  return normal.has_filename() || normal == normal.root_path() ? normal : normal.parent_path();
}

class Walker {
 public:
  Walker(Discovery& out, fs::path cwd) : out_(out), cwd_(std::move(cwd)) {}

  // Folder by folder with an explicit stack: an unreadable folder is one problem and the walk
  // goes on with its siblings (a recursive_directory_iterator ends at its first error), and no
  // depth of nesting can overflow the call stack.
  void walk(const fs::path& root) {
    IgnoreRules rules(root);
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
      fs::path dir = std::move(pending.back());
      pending.pop_back();
      list(dir, rules, pending);
    }
  }

 private:
  void list(const fs::path& dir, const IgnoreRules& rules, std::vector<fs::path>& pending) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) return problem(dir, ec);
    for (; it != end; it.increment(ec)) {
      if (ec) return problem(dir, ec);
      visit(*it, rules, pending);
    }
    if (ec) problem(dir, ec);
  }

  void visit(const fs::directory_entry& entry, const IgnoreRules& rules, std::vector<fs::path>& pending) {
    std::error_code ec;
    // Symlinks are not followed: no walk out of the root, no loops.
    if (entry.is_symlink(ec)) return;
    if (entry.is_directory(ec)) {
      if (!kSkippedDirectories.contains(entry.path().filename().string()) && !rules.ignored(entry.path(), true)) {
        pending.push_back(entry.path());
      }
      return;
    }
    if (!entry.is_regular_file(ec) || !worth_reading(entry.path().string()) || rules.ignored(entry.path(), false)) return;
    out_.files.push_back({support::display_path(entry.path(), cwd_), false});
  }

  void problem(const fs::path& path, const std::error_code& ec) {
    out_.problems.push_back(support::make_diag(support::display_path(path, cwd_), 0, 0, "cannot read directory: " + ec.message()));
  }

  Discovery& out_;
  fs::path cwd_;
};

}  // namespace

bool worth_reading(const std::string& path) {
  if (languages::detect(path, {})) return true;
  // No extension at all: maybe a script, recognised by its #! line once read.
  std::string name = fs::path(path).filename().string();
  return !name.empty() && name[0] != '.' && name.find('.') == std::string::npos;
}

std::expected<Discovery, support::Diag> discover(const std::vector<std::string>& paths) {
  Discovery out;
  std::error_code ec;
  fs::path cwd = clean(fs::current_path(ec));
  Walker walker(out, cwd);
  for (const auto& arg : paths) {
    fs::path absolute = clean(fs::absolute(arg, ec));
    auto status = fs::status(absolute, ec);
    if (ec || !fs::exists(status)) return std::unexpected(support::make_diag(arg, 0, 0, "no such file or directory"));
    if (fs::is_directory(status)) {
      out.walked_directory = true;
      walker.walk(absolute);
    } else {
      out.files.push_back({support::display_path(absolute, cwd), true});
    }
  }
  std::sort(out.files.begin(), out.files.end(), [](auto& a, auto& b) { return a.path < b.path; });
  out.files.erase(std::unique(out.files.begin(), out.files.end(), [](auto& a, auto& b) { return a.path == b.path; }),
                  out.files.end());
  return out;
}

}  // namespace flagdebt::discover
