#include "manifest/manifest.h"

#include <algorithm>
#include <filesystem>


#include "manifest/dashboard_section.h"
#include "manifest/importers/yaml_formats.h"
#include "manifest/importers/json_document.h"
#include "support/line_index.h"
#include "support/paths.h"
#include "support/read_file.h"
#include "support/text.h"

namespace flagdebt::manifest {
namespace fs = std::filesystem;
namespace {

// A manifest is configuration someone writes by hand: 16 MiB is far beyond any real one.
constexpr uint64_t kMaxManifestBytes = 16 * 1024 * 1024;

// Every format we read is Unicode text; a key with a stray Latin-1 byte would reach reports.
std::optional<support::Diag> invalid_utf8(const std::string& text, const std::string& path) {
  size_t at = support::invalid_utf8_at(text);
  if (at == std::string::npos) return std::nullopt;
  auto point = support::LineIndex(text).point_at(static_cast<uint32_t>(at));
  return support::make_diag(path, point.line, point.column, "not valid UTF-8 text");
}

std::expected<Manifest, support::Diag> load_one(const std::string& path, Date today) {
  auto read = support::read_file(path, kMaxManifestBytes);
  if (!read) return std::unexpected(support::make_diag(path, 0, 0, "cannot read manifest: " + read.error().message));
  const std::string& text = *read;
  if (auto bad = invalid_utf8(text, path)) return std::unexpected(*bad);
  switch (detect_json_format(text)) {
    case ManifestFormat::Flagd: return import_flagd(text, path);
    case ManifestFormat::Unleash: return import_unleash(text, path, today);
    case ManifestFormat::LaunchDarkly: return import_launchdarkly(text, path, "production");
    default: break;
  }
  // YAML (or JSON in the native layout: JSON is YAML), parsed once for detection and reading.
  auto doc = yaml::Document::parse(text, path);
  auto first = text.find_first_not_of(" \t\r\n");
  bool json_like = first != std::string::npos && (text[first] == '{' || text[first] == '[');
  ManifestFormat yaml_format = doc ? detect_yaml_format(doc->root()) : ManifestFormat::Unknown;
  if (yaml_format == ManifestFormat::GitLab) return import_gitlab(doc->root(), path);
  // Not JSON: read it as native YAML, whose loader says exactly what is wrong and where.
  if (doc && (yaml_format == ManifestFormat::Native || !json_like)) return read_native(doc->root(), path);
  if (!doc && !json_like) return std::unexpected(doc.error());
  // JSON that does not parse says where it breaks ("malformed JSON" at line:col), not "unrecognised".
  if (auto json = importers::parse_json_document(text, path); !json) return std::unexpected(json.error());
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
    auto files = expand(path);
    if (files.empty()) return std::unexpected(support::make_diag(path, 0, 0, "folder holds no .yaml or .yml manifest"));
    for (const auto& file : files) {
      auto manifest = load_one(support::display_path(file), today);
      if (!manifest) return manifest;
      if (first) {
        merged = std::move(*manifest);
      } else {
        if (auto err = merge_dashboard(merged.dashboard, manifest->dashboard)) return std::unexpected(*err);
        overlay_manifest(merged, *manifest);
      }
      first = false;
    }
  }
  return merged;
}

Date today_from_clock() {
  return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}


}  // namespace flagdebt::manifest
