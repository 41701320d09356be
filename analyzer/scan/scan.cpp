#include "scan/scan.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>
#include <unordered_map>

#include "config/importers/importers.h"
#include "config/manifest_loader.h"
#include "config/registry_import.h"
#include "config/rules.h"
#include "discover/discover.h"
#include "evaluate/evaluator.h"
#include "findings/finders.h"
#include "frontends/frontend.h"
#include "frontends/registry.h"
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

// Manifest aliases and the rules' name templates stand for a flag's value.
// A rule file's tree-sitter queries must compile for every language they name: a configuration
// error, reported before any file is read.
std::optional<Diag> check_rule_queries(const config::RuleSet& rules) {
  for (const auto& rule : rules.queries) {
    for (const auto& language : frontends::languages()) {
      if (!rule.applies_to(language.id)) continue;
      if (auto error = language.frontend->check_extra_query(rule.query)) {
        return support::make_diag(rule.source, rule.query_line, 0,
                                  "query does not compile for " + std::string(language.id) + ": " + *error);
      }
    }
  }
  return std::nullopt;
}

frontends::FlagIndex index_of(const config::Manifest& manifest, const config::RuleSet& rules) {
  frontends::FlagIndex index;
  for (const auto& flag : manifest.flags) {
    index.keys.insert(flag.key);
    for (const auto& alias : flag.aliases) index.alias_to_key[alias] = flag.key;
    for (const auto& names : rules.names) {
      for (const auto& name_template : names.templates) {
        index.alias_to_key.emplace(config::expand_template(name_template, flag.key), flag.key);
      }
    }
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

// What a file must contain to hold a finding at all.
std::vector<std::string> literals_of(const config::Manifest& manifest, const config::RuleSet& rules,
                                     const frontends::FlagIndex& index) {
  std::set<std::string> literals(index.keys.begin(), index.keys.end());
  for (const auto& flag : manifest.flags) literals.insert(flag.aliases.begin(), flag.aliases.end());
  // A name template's expansion always contains its placeholder's expansion (FEATURE_{KEY} holds
  // NEW_UI): one literal per placeholder and key, shared by all templates, keeps the literal set
  // (and Hyperscan's superlinear compile time) small.
  for (const auto& names : rules.names) {
    for (const auto& name_template : names.templates) {
      for (size_t open = name_template.find('{'); open != std::string::npos; open = name_template.find('{', open + 1)) {
        std::string placeholder = name_template.substr(open, name_template.find('}', open) - open + 1);
        for (const auto& flag : manifest.flags) literals.insert(config::expand_template(placeholder, flag.key));
      }
    }
  }
  for (const auto& [constant, key] : index.constant_to_key) literals.insert(constant);
  for (const auto& exp : manifest.experiments) {
    for (const auto& model : exp.models) {
      if (model.retired) literals.insert(model.name);
    }
  }
  for (const auto& method : rules.method_names()) literals.insert(method);
  literals.erase("");
  return {literals.begin(), literals.end()};
}

// Flags from registries in code, with the user's manifests laid over them.
std::expected<config::Manifest, Diag> manifest_for(const ScanOptions& options, const config::RuleSet& rules,
                                                   config::Date today) {
  auto registry = config::import_registries(rules.registries);
  if (!registry) return registry;
  auto manifest = config::load_manifests(options.manifests, today, registry->flags.empty());
  if (!manifest || registry->flags.empty()) return manifest;
  config::overlay_manifest(*registry, *manifest);
  return registry;
}

// Constants bound to a key in one file (`NEW_UI = "new_ui"`), unambiguous across the scan.
std::unordered_map<std::string, std::string> key_constants_of(const std::vector<FileOutcome>& outcomes,
                                                              const frontends::FlagIndex& index) {
  std::unordered_map<std::string, std::string> found;
  std::set<std::string> ambiguous;
  for (const auto& outcome : outcomes) {
    for (const auto& constant : outcome.key_constants) {
      if (index.alias_to_key.contains(constant.name)) continue;
      auto [it, fresh] = found.emplace(constant.name, constant.key);
      if (!fresh && it->second != constant.key) ambiguous.insert(constant.name);
    }
  }
  for (const auto& name : ambiguous) found.erase(name);
  return found;
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

std::expected<config::Manifest, Diag> effective_manifest(const ScanOptions& options) {
  auto rules = load_rules(options.rule_files);
  if (!rules) return std::unexpected(rules.error());
  return manifest_for(options, *rules, options.today.value_or(config::today_from_clock()));
}

std::expected<ScanResult, Diag> run_scan(const ScanOptions& options) {
  ScanResult result;
  config::Date today = options.today.value_or(config::today_from_clock());
  auto rules = load_rules(options.rule_files);
  if (!rules) return std::unexpected(rules.error());
  if (auto error = check_rule_queries(*rules)) return std::unexpected(*error);
  auto manifest = manifest_for(options, *rules, today);
  if (!manifest) return std::unexpected(manifest.error());
  result.manifest = std::move(*manifest);
  auto flags = index_of(result.manifest, *rules);
  auto prefilter = prefilter::Prefilter::compile(literals_of(result.manifest, *rules, flags));
  if (!prefilter) return std::unexpected(support::make_diag("", 0, 0, prefilter.error()));
  auto discovery = discover::discover(options.paths.empty() ? std::vector<std::string>{"."} : options.paths);
  if (!discovery) return std::unexpected(discovery.error());
  std::erase_if(discovery->files, [&](const auto& f) { return is_manifest(f.path, result.manifest.sources); });

  auto settled = settled_of(result.manifest);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const auto& files = discovery->files;
  std::vector<FileOutcome> outcomes(files.size());
  AnalysisContext context{result.manifest, *rules, flags, settled, *prefilter, options.max_file_bytes, options.parse_budget};
  parallel_for(outcomes.size(), jobs, [&](size_t i) { outcomes[i] = analyze_file(files[i], context); });

  // Second pass: files that use a key constant found in another file now name that flag.
  flags.constant_to_key = key_constants_of(outcomes, flags);
  if (!flags.constant_to_key.empty()) {
    std::vector<std::string> names;
    for (const auto& [name, key] : flags.constant_to_key) names.push_back(name);
    auto users = prefilter::Prefilter::compile(names);
    if (!users) return std::unexpected(support::make_diag("", 0, 0, users.error()));
    AnalysisContext again{result.manifest, *rules, flags, settled, *users, options.max_file_bytes, options.parse_budget};
    parallel_for(outcomes.size(), jobs, [&](size_t i) {
      FileOutcome second = analyze_file(files[i], again);
      if (second.parsed) outcomes[i] = std::move(second);
    });
  }

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
  result.stats.files_discovered = files.size();
  findings::manifest_findings(result.manifest, scope, result.findings);
  std::sort(result.findings.begin(), result.findings.end());
  findings::assign_fingerprints(result.findings);
  return result;
}

}  // namespace flagdebt::scan
