#include "scan/scan.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "config/manifest_loader.h"
#include "config/rules.h"
#include "discover/discover.h"
#include "evaluate/evaluator.h"
#include "findings/finders.h"
#include "frontends/frontend.h"
#include "prefilter/prefilter.h"
#include "scan/file_analyzer.h"
#include "support/paths.h"

namespace flagdebt::scan {
namespace fs = std::filesystem;
namespace {

using support::Diag;

std::expected<config::RuleSet, Diag> load_rules(const std::vector<std::string>& extra_files) {
  auto rules = config::builtin_rules();
  if (!rules) return rules;
  std::vector<std::string> files;
  std::error_code ec;
  // A repository's own wrappers: every .flagdebt/rules/*.yaml of the current directory.
  for (const auto& entry : fs::directory_iterator(".flagdebt/rules", ec)) {
    if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  for (const auto& file : files) {
    auto more = config::load_rules_file(file);
    if (!more) return std::unexpected(more.error());
    config::append_rules(*rules, std::move(*more));
  }
  return rules;
}

frontends::FlagIndex index_of(const config::Manifest& manifest) {
  frontends::FlagIndex index;
  for (const auto& flag : manifest.flags) {
    index.keys.insert(flag.key);
    for (const auto& alias : flag.aliases) index.alias_to_key[alias] = flag.key;
  }
  return index;
}

evaluate::SettledFlags settled_of(const config::Manifest& manifest) {
  evaluate::SettledFlags settled;
  for (const auto& flag : manifest.flags) {
    if (config::is_settled(flag)) settled[flag.key] = {flag.value};
  }
  return settled;
}

std::vector<std::string> literals_of(const config::Manifest& manifest, const config::RuleSet& rules) {
  std::set<std::string> literals;
  for (const auto& flag : manifest.flags) {
    literals.insert(flag.key);
    literals.insert(flag.aliases.begin(), flag.aliases.end());
  }
  for (const auto& exp : manifest.experiments) {
    for (const auto& model : exp.models) {
      if (model.retired) literals.insert(model.name);
    }
  }
  for (const auto& method : rules.method_names()) literals.insert(method);
  literals.erase("");
  return {literals.begin(), literals.end()};
}

// Runs `work(i)` for every i in [0, count) on `jobs` threads.
template <typename Work>
void parallel_for(size_t count, unsigned jobs, Work work) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < jobs && t < count; ++t) threads.emplace_back(worker);
  worker();
}

bool is_manifest(const std::string& path, const std::vector<std::string>& manifests) {
  std::error_code ec;
  for (const auto& manifest : manifests) {
    if (fs::equivalent(path, manifest, ec)) return true;
  }
  return false;
}

}  // namespace

std::expected<ScanResult, Diag> run_scan(const ScanOptions& options) {
  ScanResult result;
  config::Date today = options.today.value_or(config::today_from_clock());
  auto manifest = config::load_manifests(options.manifests, today);
  if (!manifest) return std::unexpected(manifest.error());
  result.manifest = std::move(*manifest);
  auto rules = load_rules(options.rule_files);
  if (!rules) return std::unexpected(rules.error());
  auto prefilter = prefilter::Prefilter::compile(literals_of(result.manifest, *rules));
  if (!prefilter) return std::unexpected(support::make_diag("", 0, 0, prefilter.error()));
  auto discovery = discover::discover(options.paths.empty() ? std::vector<std::string>{"."} : options.paths);
  if (!discovery) return std::unexpected(discovery.error());
  std::erase_if(discovery->files, [&](const auto& f) { return is_manifest(f.path, result.manifest.sources); });

  auto flags = index_of(result.manifest);
  auto settled = settled_of(result.manifest);
  AnalysisContext context{result.manifest, *rules, flags, settled, *prefilter, options.max_file_bytes};
  std::vector<FileOutcome> outcomes(discovery->files.size());
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  parallel_for(outcomes.size(), jobs, [&](size_t i) { outcomes[i] = analyze_file(discovery->files[i], context); });

  findings::ScanScope scope{discovery->walked_directory, {}, today};
  result.notifications = std::move(discovery->problems);
  result.input_errors = !result.notifications.empty();
  for (auto& outcome : outcomes) {
    result.stats.files_parsed += outcome.parsed;
    result.stats.bytes_read += outcome.bytes;
    scope.referenced.insert(outcome.referenced_keys.begin(), outcome.referenced_keys.end());
    std::move(outcome.findings.begin(), outcome.findings.end(), std::back_inserter(result.findings));
    if (outcome.problem) {
      result.input_errors |= outcome.problem->severity == support::Severity::Error;
      result.notifications.push_back(std::move(*outcome.problem));
    }
  }
  result.stats.files_discovered = discovery->files.size();
  findings::manifest_findings(result.manifest, scope, result.findings);
  std::sort(result.findings.begin(), result.findings.end());
  findings::assign_fingerprints(result.findings);
  return result;
}

}  // namespace flagdebt::scan
