#pragma once
// Importers: other flag-definition formats (OpenFeature flagd, Unleash export, LaunchDarkly REST
// list, GitLab config/feature_flags YAML) turned into the same Manifest as the native YAML v1.
// Every mapping is documented in docs/manifest.md. No function here throws.
#include <expected>
#include <string>

#include "manifest/manifest.h"
#include "support/diag.h"

namespace flagdebt::manifest {

enum class ManifestFormat { Native, Flagd, Unleash, LaunchDarkly, GitLab, Unknown };

const char* to_string(ManifestFormat format);

// Detects the format from the text, never from the file name.
ManifestFormat detect_manifest_format(const std::string& text);
// The JSON formats only (flagd, Unleash, LaunchDarkly); yaml_formats.h has the YAML half.
ManifestFormat detect_json_format(const std::string& text);

// `path` names the file in every Location and Diag; errors carry file:line:col.
std::expected<Manifest, support::Diag> import_flagd(const std::string& text, const std::string& path);
// `today` only feeds extra["potentially_stale"] (Unleash's per-type lifetimes); it never decides a flag.
std::expected<Manifest, support::Diag> import_unleash(const std::string& text, const std::string& path, Date today);
// `environment` is the LaunchDarkly environment key whose state decides flags ("production").
std::expected<Manifest, support::Diag> import_launchdarkly(const std::string& text, const std::string& path,
                                                           const std::string& environment);
// One GitLab flag definition file (config/feature_flags/<type>/<name>.yml) gives a one-flag Manifest.
std::expected<Manifest, support::Diag> import_gitlab(const std::string& text, const std::string& path);

// Lays `next` over `base`. Flags match by key: next's non-empty owner/experiment, set dates, extra
// entries and `where` override; aliases are appended without duplicates; status and value always come
// from next, together (a native YAML on top of an import can decide a flag). Experiments match by id
// the same way. New keys/ids are appended in next's order; sources are appended without duplicates.
void overlay_manifest(Manifest& base, const Manifest& next);

}  // namespace flagdebt::manifest
