#include "trend/trend.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "discover/discover.h"
#include "findings/finders.h"
#include "history/key_history.h"
#include "history/snapshots.h"
#include "manifest/manifest.h"
#include "scan/session.h"

namespace flagdebt::trend {
namespace fs = std::filesystem;
namespace {

// The manifest of a past commit, as a file the session can load (removed when the trend is done).
struct TempManifests {
  fs::path dir = fs::temp_directory_path() / ("flagdebt-trend-" + std::to_string(std::random_device{}()));
  int written = 0;
  ~TempManifests() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string write(const std::string& text) {
    fs::create_directories(dir);
    fs::path file = dir / ("flagdebt-" + std::to_string(++written) + ".yaml");
    std::ofstream(file, std::ios::binary) << text;
    return file.string();
  }
};

struct PastManifest {
  support::Date point;
  std::string commit;
  std::string text;
};

findings::TrendPoint point_of(const PastManifest& past, const findings::Metrics& metrics, const std::vector<findings::Finding>& found) {
  findings::TrendPoint p;
  p.date = manifest::to_string(past.point);
  p.commit = past.commit;
  p.debt_score = metrics.debt_score;
  for (const auto& m : metrics.metrics) {
    if (m.value) p.values[m.id] = *m.value;
  }
  p.active_flags = p.values.contains("active_flags") ? p.values["active_flags"] : 0;
  p.decided_still_referenced = p.values.contains("decided_still_referenced") ? p.values["decided_still_referenced"] : 0;
  for (const auto& f : found) {
    if (f.rule == findings::Rule::StaleFlagReference) ++p.references;
    if (f.rule == findings::Rule::DeadBranch) p.dead_lines += f.span.end.line - f.span.begin.line + 1;
  }
  return p;
}

}  // namespace

std::expected<std::vector<findings::TrendPoint>, support::Diag> monthly_trend(const scan::ScanOptions& options,
                                                                             const std::string& manifest_path,
                                                                             int months, support::Date today) {
  auto snapshots = history::Snapshots::open();
  if (!snapshots) return std::unexpected(snapshots.error());
  // First the manifests of every point: the key history is read once, for every key any of them names.
  std::vector<PastManifest> pasts;
  std::set<std::string> keys;
  for (support::Date point : history::monthly_points(months, today)) {
    if (!(*snapshots)->select(point)) continue;  // the repository is younger than this point
    auto text = (*snapshots)->read(manifest_path);
    if (!text) continue;
    if (auto parsed = manifest::parse_manifest(*text, manifest_path)) {
      for (const auto& flag : parsed->flags) keys.insert(flag.key);
    }
    pasts.push_back({point, (*snapshots)->commit_id(), std::move(*text)});
  }
  auto key_history = history::key_history(std::vector<std::string>(keys.begin(), keys.end()));
  const findings::KeyHistory* events = key_history ? &*key_history : nullptr;

  TempManifests temp;
  std::map<std::string, std::unique_ptr<scan::Session>> sessions;  // by manifest text: months often share one
  std::vector<findings::TrendPoint> points;
  for (const auto& past : pasts) {
    auto& session = sessions[past.text];
    if (!session) {
      scan::ScanOptions at = options;
      at.manifests = {temp.write(past.text)};
      at.today = past.point;
      auto opened = scan::Session::open(at, {});
      if (!opened) continue;  // an old manifest that no longer loads: no point for that month
      session = std::move(*opened);
    }
    (*snapshots)->select(past.point);
    std::vector<findings::Finding> found;
    std::set<std::string> referenced;
    (*snapshots)->for_each_file(options.max_file_bytes, [&](const std::string& path, std::string_view text) {
      if (path == manifest_path || !discover::worth_reading(path)) return;
      auto outcome = session->analyze({path, false}, std::string(text));
      referenced.insert(outcome.referenced_keys.begin(), outcome.referenced_keys.end());
      std::move(outcome.findings.begin(), outcome.findings.end(), std::back_inserter(found));
    });
    // Deadlines are judged at the point; the session's manifest knows the right dates already.
    findings::ScanScope scope{true, referenced, past.point};
    findings::manifest_findings(session->manifest(), scope, found);
    auto metrics = findings::compute_metrics(found, session->manifest(), {referenced.begin(), referenced.end()},
                                             past.point, events);
    points.push_back(point_of(past, metrics, found));
  }
  return points;
}

}  // namespace flagdebt::trend
