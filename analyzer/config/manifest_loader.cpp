#include "config/manifest_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "config/importers/importers.h"
#include "support/paths.h"

namespace flagdebt::config {
namespace fs = std::filesystem;
namespace {

std::expected<Manifest, support::Diag> load_one(const std::string& path, Date today) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(support::make_diag(path, 0, 0, "cannot read manifest"));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  switch (detect_manifest_format(text)) {
    case ManifestFormat::Native: return parse_manifest(text, path);
    case ManifestFormat::Flagd: return import_flagd(text, path);
    case ManifestFormat::Unleash: return import_unleash(text, path, today);
    case ManifestFormat::LaunchDarkly: return import_launchdarkly(text, path, "production");
    case ManifestFormat::GitLab: return import_gitlab(text, path);
    case ManifestFormat::Unknown: break;
  }
  // Not JSON: read it as native YAML, whose loader says exactly what is wrong and where.
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || (text[first] != '{' && text[first] != '[')) return parse_manifest(text, path);
  return std::unexpected(support::make_diag(
      path, 1, 1, "unrecognised manifest format (expected flagdebt v1 YAML, flagd, Unleash, LaunchDarkly or GitLab)"));
}

std::vector<std::string> expand(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
    auto ext = entry.path().extension();
    if (entry.is_regular_file(ec) && (ext == ".yml" || ext == ".yaml")) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::expected<Manifest, support::Diag> load_manifests(const std::vector<std::string>& paths, Date today,
                                                      bool required) {
  std::vector<std::string> named = paths;
  if (named.empty()) {
    for (const char* candidate : {"flagdebt.yaml", ".flagdebt.yaml"}) {
      if (fs::exists(candidate)) {
        named.push_back(candidate);
        break;
      }
    }
  }
  if (named.empty() && !required) return Manifest{};
  if (named.empty()) {
    return std::unexpected(support::make_diag("", 0, 0, "no manifest: pass --manifest FILE or create flagdebt.yaml here"));
  }
  Manifest merged;
  bool first = true;
  for (const auto& path : named) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return std::unexpected(support::make_diag(path, 0, 0, "no such manifest"));
    for (const auto& file : expand(path)) {
      auto manifest = load_one(support::display_path(file), today);
      if (!manifest) return manifest;
      if (first) merged = std::move(*manifest);
      else overlay_manifest(merged, *manifest);
      first = false;
    }
  }
  return merged;
}

Date today_from_clock() {
  return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

std::string describe_flags(const Manifest& manifest) {
  std::string out = fmt::format("{:<32} {:<9} {:<14} {:<28} {:<10} {}\n", "KEY", "STATUS", "VALUE", "OWNER",
                                "DEADLINE", "SOURCE");
  for (const auto& flag : manifest.flags) {
    auto deadline = effective_deadline(flag, manifest.cleanup_after_days);
    out += fmt::format("{:<32} {:<9} {:<14} {:<28} {:<10} {}:{}\n", flag.key, to_string(flag.status),
                       flag.value ? model::to_display(*flag.value) : "-", flag.owner.empty() ? "-" : flag.owner,
                       deadline ? to_string(*deadline) : "-", flag.where.file, flag.where.line);
  }
  return out;
}

}  // namespace flagdebt::config
