#include "discover/discover.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "discover/ignore_rules.h"
#include "discover/tree_walk.h"
#include "languages/languages.h"
#include "support/paths.h"

namespace flagdebt::discover {
namespace fs = std::filesystem;
namespace {


// "/a/b/." and "/a/b/" -> "/a/b": one spelling per directory, so relative paths come out right.
fs::path clean(const fs::path& path) {
  fs::path normal = path.lexically_normal();
  return normal.has_filename() || normal == normal.root_path() ? normal : normal.parent_path();
}

void add(Discovery& out, DiscoveredFile file, const FileSink& sink) {
  if (sink) sink(file);
  out.files.push_back(std::move(file));
}

class Walker {
 public:
  Walker(Discovery& out, fs::path cwd, const FileSink& sink) : out_(out), cwd_(std::move(cwd)), sink_(sink) {}

  void walk(const fs::path& root) {
    IgnoreRules rules(root);
    TreeVisitor visitor;
    visitor.wants = [](const fs::path& file) { return worth_reading(file.string()); };
    visitor.file = [this](const fs::path& file) { add(out_, {support::display_path(file, cwd_), false}, sink_); };
    visitor.problem = [this](const fs::path& path, const std::error_code& ec) { problem(path, ec); };
    walk_tree(root, rules, visitor);
  }

 private:
  void problem(const fs::path& path, const std::error_code& ec) {
    out_.problems.push_back(support::make_diag(support::display_path(path, cwd_), 0, 0, "cannot read directory: " + ec.message()));
  }

  Discovery& out_;
  fs::path cwd_;
  const FileSink& sink_;
};

}  // namespace

bool worth_reading(const std::string& path) {
  if (languages::detect(path, {})) return true;
  // No extension at all: maybe a script, recognised by its #! line once read.
  std::string name = fs::path(path).filename().string();
  return !name.empty() && name[0] != '.' && name.find('.') == std::string::npos;
}

std::expected<Discovery, support::Diag> discover(const std::vector<std::string>& paths, const FileSink& sink) {
  Discovery out;
  std::error_code ec;
  fs::path cwd = clean(fs::current_path(ec));
  Walker walker(out, cwd, sink);
  for (const auto& arg : paths) {
    fs::path absolute = clean(fs::absolute(arg, ec));
    auto status = fs::status(absolute, ec);
    if (ec || !fs::exists(status)) return std::unexpected(support::make_diag(arg, 0, 0, "no such file or directory"));
    if (fs::is_directory(status)) {
      out.walked_directory = true;
      walker.walk(absolute);
    } else {
      add(out, {support::display_path(absolute, cwd), true}, sink);
    }
  }
  // Named before walked for one path, so the duplicate that survives is the named one.
  std::sort(out.files.begin(), out.files.end(), [](auto& a, auto& b) {
    return std::tie(a.path, b.named_explicitly) < std::tie(b.path, a.named_explicitly);
  });
  out.files.erase(std::unique(out.files.begin(), out.files.end(), [](auto& a, auto& b) { return a.path == b.path; }),
                  out.files.end());
  return out;
}

}  // namespace flagdebt::discover
