#include "discover/files_matching.h"

#include <fmt/format.h>
#include <fnmatch.h>

#include <algorithm>

#include "discover/ignore_rules.h"
#include "discover/tree_walk.h"

namespace flagdebt::discover {
namespace fs = std::filesystem;
namespace {

constexpr int kMatchFlags = FNM_PATHNAME | FNM_PERIOD;  // as glob(3): '*' stops at '/' and skips dot files

// The pattern's segments without empty and "." ones ("./src//a.go" -> src, a.go).
std::vector<std::string> segments_of(std::string_view pattern) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin <= pattern.size()) {
    size_t end = std::min(pattern.find('/', begin), pattern.size());
    std::string_view part = pattern.substr(begin, end - begin);
    if (!part.empty() && part != ".") out.emplace_back(part);
    begin = end + 1;
  }
  return out;
}

bool literal(const std::string& segment) { return segment.find_first_of("*?[\\") == std::string::npos; }

std::string joined(const std::vector<std::string>& segments, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) out += (i ? "/" : "") + segments[i];
  return out;
}

bool matches(const std::string& pattern, const std::string& relative) {
  return ::fnmatch(pattern.c_str(), relative.c_str(), kMatchFlags) == 0;
}

// The directory the pattern's literal prefix names, when it is one the walk could have entered:
// a real directory (no symlink on the way), not version control, not ignored.
std::optional<fs::path> walk_start(const fs::path& root, const std::vector<std::string>& segments,
                                   const IgnoreRules& rules) {
  fs::path dir = root;
  for (size_t i = 0; i + 1 < segments.size() && literal(segments[i]); ++i) {
    dir /= segments[i];
    std::error_code ec;
    if (!fs::is_directory(fs::symlink_status(dir, ec)) || skipped_directory(dir) || rules.ignored(dir, true)) {
      return std::nullopt;
    }
  }
  return dir;
}

}  // namespace

std::optional<std::string> pattern_problem(std::string_view pattern) {
  if (pattern.starts_with('/')) return "is an absolute path: files must lie inside the scan root";
  for (const auto& segment : segments_of(pattern)) {
    if (segment == "..") return "has a '..' segment: files must lie inside the scan root";
  }
  if (segments_of(pattern).empty()) return "names no file";
  return std::nullopt;
}

bool resolves_inside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return false;
  fs::path real = fs::canonical(path, ec);
  if (ec) return false;
  fs::path relative = real.lexically_relative(real_root);
  return !relative.empty() && *relative.begin() != "..";
}

std::expected<std::vector<std::string>, std::string> files_matching(const fs::path& root, std::string_view pattern) {
  if (auto problem = pattern_problem(pattern)) return std::unexpected(fmt::format("'{}' {}", pattern, *problem));
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return std::unexpected(root.string() + ": " + ec.message());
  const std::vector<std::string> segments = segments_of(pattern);
  const std::string whole = joined(segments, segments.size());
  IgnoreRules rules(base);
  std::vector<std::string> found;
  auto start = walk_start(base, segments, rules);
  if (!start) return found;
  auto relative = [&](const fs::path& p) { return p.lexically_relative(base).generic_string(); };
  TreeVisitor visitor;
  // '*' never crosses a '/': a directory is worth entering only if it matches as many leading
  // segments as it has, and files can lie no deeper than the pattern.
  visitor.enter = [&](const fs::path& dir) {
    std::string rel = relative(dir);
    size_t depth = static_cast<size_t>(std::count(rel.begin(), rel.end(), '/')) + 1;
    return depth < segments.size() && matches(joined(segments, depth), rel);
  };
  visitor.wants = [&](const fs::path& file) { return matches(whole, relative(file)); };
  visitor.file = [&](const fs::path& file) {
    if (resolves_inside(base, file)) found.push_back(relative(file));
  };
  visitor.problem = [](const fs::path&, const std::error_code&) {};  // an unreadable directory holds no match
  walk_tree(*start, rules, visitor);
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace flagdebt::discover
