#include "scan/scan.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "manifest/importers/importers.h"
#include "manifest/manifest.h"
#include "sdk_rules/rules.h"
#include "discover/discover.h"
#include "discover/files_matching.h"
#include "evaluate/evaluator.h"
#include "findings/finders.h"
#include "frontends/frontend.h"
#include "frontends/passes/pass_context.h"
#include "frontends/registry.h"
#include "history/changed_files.h"
#include "history/key_history.h"
#include "prefilter/prefilter.h"
#include "scan/file_analyzer.h"
#include "scan/file_feed.h"
#include "scan/package_helpers.h"
#include "support/paths.h"
#include "support/text.h"

namespace flagdebt::scan {
namespace fs = std::filesystem;
namespace {

using support::Diag;

std::expected<sdk_rules::RuleSet, Diag> load_rules(const std::vector<std::string>& extra_files) {
  auto rules = sdk_rules::builtin_rules();
  if (!rules) return rules;
  std::vector<std::string> files;
  std::error_code ec;
  // A repository's own wrappers: every .flagdebt/rules/*.yaml of the current directory.
  for (const auto& entry : fs::directory_iterator(".flagdebt/rules", ec)) {
    if (entry.path().extension() != ".yaml" && entry.path().extension() != ".yml") continue;
    // The repository's files are untrusted: a symlink to a file elsewhere is not a rule file.
    if (!discover::resolves_inside(".", entry.path())) {
      return std::unexpected(support::make_diag(entry.path().string(), 0, 0, "rule file lies outside the scan root"));
    }
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  for (const auto& file : files) {
    auto more = sdk_rules::load_rules_file(file);
    if (!more) return std::unexpected(more.error());
    sdk_rules::append_rules(*rules, std::move(*more));
  }
  return rules;
}

// Manifest aliases and the rules' name templates stand for a flag's value.
// A rule file's tree-sitter queries must compile for every language they name: a configuration
// error, reported before any file is read.
std::optional<Diag> check_rule_queries(const sdk_rules::RuleSet& rules) {
  for (const auto& rule : rules.queries) {
    for (const auto& language : languages::all()) {
      const frontends::Frontend* frontend = frontends::frontend_for(language);
      if (!frontend || !rule.applies_to(language)) continue;
      if (auto error = frontend->check_extra_query(rule.query)) {
        return support::make_diag(rule.source, rule.query_line, 0,
                                  "query does not compile for " + std::string(language.id) + ": " + error->message);
      }
    }
  }
  return std::nullopt;
}

frontends::FlagIndex index_of(const manifest::Manifest& manifest, const sdk_rules::RuleSet& rules) {
  frontends::FlagIndex index;
  size_t templates = 0;
  for (const auto& names : rules.names) templates += names.templates.size();
  index.keys.reserve(manifest.flags.size());
  index.words_to_key.reserve(manifest.flags.size());
  index.alias_to_key.reserve(manifest.flags.size() * templates);
  for (const auto& flag : manifest.flags) {
    index.add_key(flag.key);
    for (const auto& alias : flag.aliases) index.alias_to_key[alias] = flag.key;
    sdk_rules::KeyNames key_names(flag.key);
    for (const auto& names : rules.names) {
      for (const auto& name_template : names.templates) {
        std::string name = key_names.expand(name_template);
        if (sdk_rules::is_wildcard(name_template)) {
          index.add_suffix(name.substr(sdk_rules::kWildcard.size() - 1), flag.key);  // keeps the '.'
        } else {
          index.alias_to_key.emplace(std::move(name), flag.key);
        }
      }
    }
  }
  return index;
}

evaluate::SettledFlags settled_of(const manifest::Manifest& manifest) {
  evaluate::SettledFlags settled;
  for (const auto& flag : manifest.flags) {
    if (manifest::is_settled(flag)) settled[flag.key] = {flag.value};
  }
  return settled;
}

// What a file must contain to hold a finding at all: evidence of a flag, never a bare method
// name (prefilter.h). Undeclared flags still pass through the rules' call shapes.
// Needs only the manifest, so it is compiled while the flag index is built.
prefilter::Patterns patterns_of(const manifest::Manifest& manifest, const sdk_rules::RuleSet& rules,
                                const frontends::FlagIndex::Names& key_constants) {
  std::vector<std::string> literals;  // Prefilter::compile sorts them and drops duplicates
  // A name template's expansion always contains its placeholder's expansion (FEATURE_{KEY} holds
  // NEW_UI): one literal per placeholder and key, shared by all templates, keeps the literal set
  // (and Hyperscan's superlinear compile time) small.
  std::set<std::string> placeholders;
  for (const auto& names : rules.names) {
    for (const auto& name_template : names.templates) {
      for (size_t open = name_template.find('{'); open != std::string::npos; open = name_template.find('{', open + 1)) {
        placeholders.insert(name_template.substr(open, name_template.find('}', open) - open + 1));
      }
    }
  }
  literals.reserve(manifest.flags.size() * (1 + placeholders.size()) + key_constants.size());
  for (const auto& flag : manifest.flags) {
    literals.push_back(flag.key);
    literals.insert(literals.end(), flag.aliases.begin(), flag.aliases.end());
    sdk_rules::KeyNames key_names(flag.key);
    for (const auto& placeholder : placeholders) literals.push_back(key_names.expand(placeholder));
  }
  for (const auto& [constant, key] : key_constants) literals.push_back(constant);
  for (const auto& exp : manifest.experiments) {
    for (const auto& model : exp.models) {
      if (model.retired) literals.push_back(model.name);
    }
  }
  return {std::move(literals), rules.call_shapes()};
}

// A rule file's tree-sitter query can match any code: files of its languages skip the prefilter.
std::unordered_set<std::string> unfiltered_languages(const sdk_rules::RuleSet& rules) {
  std::unordered_set<std::string> ids;
  for (const auto& rule : rules.queries) {
    for (const auto& language : languages::all()) {
      if (rule.applies_to(language)) ids.insert(std::string(language.id));
    }
  }
  return ids;
}

// Flags from registries in code, with the user's manifests (`loaded`, read without requiring one)
// laid over them. Without registries a manifest is required.
std::expected<manifest::Manifest, Diag> manifest_for(const ScanOptions& options, const sdk_rules::RuleSet& rules,
                                                     manifest::Date today,
                                                     std::expected<manifest::Manifest, Diag> loaded) {
  std::error_code ec;
  auto registry = sdk_rules::import_registries(rules.registries, fs::current_path(ec));
  if (!registry) return registry;
  auto manifest = std::move(loaded);
  if (manifest && manifest->sources.empty() && registry->flags.empty()) {
    manifest = manifest::load_manifests(options.manifests, today, /*required=*/true);  // says what is missing
  }
  if (!manifest) return manifest;
  if (!registry->flags.empty()) {
    manifest::overlay_manifest(*registry, *manifest);
    manifest = std::move(registry);
  }
  if (auto inconsistent = manifest::check_consistency(*manifest)) return std::unexpected(*inconsistent);
  manifest->index_keys();
  return manifest;
}

// Constants bound to a key in one file (`NEW_UI = "new_ui"`), unambiguous across the scan.
frontends::FlagIndex::Names key_constants_of(const std::vector<FileOutcome>& outcomes,
                                             const frontends::FlagIndex& index) {
  frontends::FlagIndex::Names found;
  std::set<std::string> ambiguous;
  for (const auto& outcome : outcomes) {
    for (const auto& constant : outcome.key_constants) {
      if (constant.by_name || index.alias_to_key.contains(constant.name)) continue;
      auto [it, fresh] = found.emplace(constant.name, constant.key);
      if (!fresh && it->second != constant.key) ambiguous.insert(constant.name);
    }
  }
  for (const auto& name : ambiguous) found.erase(name);
  return found;
}

// Runs `worker()` on `threads` threads, the calling one included, until each returns.
template <typename Worker>
void on_threads(unsigned threads, Worker worker) {
  std::vector<std::jthread> others;
  for (unsigned t = 1; t < threads; ++t) others.emplace_back(worker);
  worker();
}

// Runs `work(i)` for every i in [0, count) on `jobs` threads.
template <typename Work>
void parallel_for(size_t count, unsigned jobs, Work work) {
  std::atomic<size_t> next{0};
  on_threads(static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(count, 1))), [&] {
    for (size_t i = next++; i < count; i = next++) work(i);
  });
}

// One file's problem is one notification: nothing a file holds may end the scan, even an
// exception from a library deep inside a frontend.
template <typename Analysis>
FileOutcome guarded(const discover::DiscoveredFile& file, Analysis analysis) {
  try {
    return analysis();
  } catch (const std::exception& e) {
    FileOutcome out;
    out.problem = support::make_diag(file.path, 0, 0, std::string("internal error, file skipped: ") + e.what());
    return out;
  }
}

FileOutcome guarded_analyze(const discover::DiscoveredFile& file, const AnalysisContext& context) {
  return guarded(file, [&] { return analyze_file(file, context); });
}

// Asked for every file of the tree: only a file named like a manifest is compared by identity
// (two stat calls), so a hard link to a manifest under another name is scanned like any file.
bool is_manifest(const std::string& path, const std::vector<std::string>& manifests) {
  std::error_code ec;
  for (const auto& manifest : manifests) {
    if (fs::path(path).filename() == fs::path(manifest).filename() && fs::equivalent(path, manifest, ec)) return true;
  }
  return false;
}

std::expected<discover::Discovery, Diag> walk(const ScanOptions& options, const discover::FileSink& sink = {}) {
  return discover::discover(options.paths.empty() ? std::vector<std::string>{"."} : options.paths, sink);
}

// The files the options name; the manifests themselves are configuration, not code to scan.
std::expected<discover::Discovery, Diag> without_manifests(std::expected<discover::Discovery, Diag> discovery,
                                                           const manifest::Manifest& manifest) {
  if (!discovery) return discovery;
  std::erase_if(discovery->files, [&](const auto& f) { return is_manifest(f.path, manifest.sources); });
  return discovery;
}

// Findings and notifications quote keys, code and file names: valid UTF-8 before any writer sees them.
void make_text_valid(ScanResult& result) {
  auto repair = [](std::string& text) {  // nearly always valid: copied only when not
    if (support::invalid_utf8_at(text) != std::string_view::npos) text = support::valid_utf8(text);
  };
  for (auto& f : result.findings) {
    repair(f.flag);
    repair(f.message);
    repair(f.snippet);
    for (auto& line : f.context) repair(line);
    if (f.suppressed) repair(*f.suppressed);
    for (auto& fix : f.fixes) repair(fix.inserted);
  }
  for (auto& d : result.notifications) repair(d.message);
}

// `--output` must not name an input: writing the report would destroy a manifest, a rule file or
// source code. An earlier report in the scanned tree (a .json or .sarif among the walked files) is
// our own output, not code: it is left out of the scan instead.
std::optional<Diag> guard_output(const ScanOptions& options, const std::vector<std::string>& manifests,
                                 discover::Discovery& discovery) {
  std::error_code ec;
  if (options.output.empty() || !fs::exists(options.output, ec)) return std::nullopt;
  auto refuse = [&] { return support::make_diag(options.output, 0, 0, "refusing to write the report over an input file"); };
  for (const auto& input : manifests) {
    if (fs::equivalent(options.output, input, ec)) return refuse();
  }
  for (const auto& input : options.rule_files) {
    if (fs::equivalent(options.output, input, ec)) return refuse();
  }
  std::string shown = support::display_path(fs::weakly_canonical(options.output, ec).string());
  auto it = std::lower_bound(discovery.files.begin(), discovery.files.end(), shown,
                             [](const auto& f, const std::string& p) { return f.path < p; });
  if (it == discovery.files.end() || it->path != shown) return std::nullopt;
  const languages::Language* language = languages::detect(it->path, {});
  if (it->named_explicitly || (language && language->has_code_model())) return refuse();
  discovery.files.erase(it);
  return std::nullopt;
}

// The dashboard's numbers; git history only when asked (it costs a walk of the history).
void add_metrics(const ScanOptions& options, const findings::ScanScope& scope, manifest::Date today, ScanResult& result) {
  std::vector<std::string> referenced(scope.referenced.begin(), scope.referenced.end());
  std::optional<findings::KeyHistory> history;
  if (options.key_history) {
    std::vector<std::string> keys;
    for (const auto& flag : result.manifest.flags) keys.push_back(flag.key);
    if (auto read = history::key_history(keys)) history = std::move(*read);
  }
  result.metrics = findings::compute_metrics(result.findings, result.manifest, referenced, today,
                                             history ? &*history : nullptr);
}

// Everything a scan knows before it reads a source file.
struct Setup {
  sdk_rules::RuleSet rules;
  frontends::passes::PassContext passes;
  manifest::Manifest manifest;
  frontends::FlagIndex flags;
  evaluate::SettledFlags settled;
  prefilter::Prefilter prefilter;  // the manifest's evidence; rebuilt once key constants are known
  std::unordered_set<std::string> unfiltered;  // languages a rule's query applies to: no prefilter
};

std::expected<prefilter::Prefilter, Diag> prefilter_for(const ScanOptions& options, const sdk_rules::RuleSet& rules,
                                                        const manifest::Manifest& manifest,
                                                        const frontends::FlagIndex::Names& key_constants) {
  if (!options.prefilter) return prefilter::Prefilter::pass_all();
  return prefilter::Prefilter::compile(patterns_of(manifest, rules, key_constants),
                                       options.use_cache ? prefilter::default_cache_dir() : "");
}

// Threads a scan may use (--jobs; 0: one per core).
unsigned thread_count(const ScanOptions& options) {
  return options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
}

// Side work (the walk, the manifests, the prefilter) runs on a thread of its own, except with one
// thread: then everything runs on the calling one, as `rg -j1` does, so `--jobs 1` is the serial
// baseline that `--jobs N` is measured against.
std::launch side_work(const ScanOptions& options) {
  return thread_count(options) > 1 ? std::launch::async : std::launch::deferred;
}

// Rules and manifests are both YAML, the biggest part of a short scan's start-up: the manifests
// are read on a second thread while the rules load.
std::expected<Setup, Diag> prepare(const ScanOptions& options, manifest::Date today) {
  auto manifests = std::async(side_work(options), [&] { return manifest::load_manifests(options.manifests, today, false); });
  auto rules = load_rules(options.rule_files);
  auto loaded = manifests.get();
  if (!rules) return std::unexpected(rules.error());
  if (auto error = check_rule_queries(*rules)) return std::unexpected(*error);
  // Once per scan, before any source file is read: a bad compile_commands.json is an input error.
  auto passes = frontends::passes::PassContext::create(options.passes);
  if (!passes) return std::unexpected(passes.error());
  auto manifest = manifest_for(options, *rules, today, std::move(loaded));
  if (!manifest) return std::unexpected(manifest.error());
  // With many flags both take tens of milliseconds: the prefilter compiles while the index is built.
  auto prefilter = std::async(side_work(options), [&] { return prefilter_for(options, *rules, *manifest, {}); });
  auto flags = index_of(*manifest, *rules);
  auto settled = settled_of(*manifest);
  auto compiled = prefilter.get();
  if (!compiled) return std::unexpected(compiled.error());
  auto unfiltered = unfiltered_languages(*rules);
  return Setup{std::move(*rules),   std::move(*passes),   std::move(*manifest),  std::move(flags),
               std::move(settled), std::move(*compiled), std::move(unfiltered)};
}

}  // namespace

std::expected<manifest::Manifest, Diag> effective_manifest(const ScanOptions& options) {
  manifest::Date today = options.today.value_or(manifest::today_from_clock());
  auto rules = load_rules(options.rule_files);
  if (!rules) return std::unexpected(rules.error());
  return manifest_for(options, *rules, today, manifest::load_manifests(options.manifests, today, false));
}

std::expected<ScanResult, Diag> run_scan(const ScanOptions& options) {
  ScanResult result;
  manifest::Date today = options.today.value_or(manifest::today_from_clock());
  // The walk needs nothing from the setup: a large tree is listed while the YAML is read, and its
  // files go to the workers as it finds them (with --changed-since, git first says which count).
  unsigned jobs = thread_count(options);
  bool stream = options.changed_since.empty() && jobs > 1;
  FileFeed feed;
  auto walked = std::async(side_work(options), [&] {
    // Closed however the walk ends (an exception included): the workers wait for it.
    struct CloseAtEnd {
      FileFeed& feed;
      ~CloseAtEnd() { feed.close(); }
    } close_at_end{feed};
    return walk(options, stream ? discover::FileSink([&](const auto& file) { feed.push(file); }) : nullptr);
  });
  // While the setup keeps this thread busy (with 10,000 flags, tens of milliseconds of YAML and
  // indexes), another one reads the walk's first files.
  std::atomic<bool> setup_done{false};
  std::future<std::vector<ReadFile>> ahead;
  if (stream) {
    ahead = std::async(std::launch::async,
                       [&] { return read_ahead(feed, options.max_file_bytes, options.kept_text_bytes, setup_done); });
  }
  auto setup = prepare(options, today);
  setup_done = true;
  std::vector<ReadFile> read_early = stream ? ahead.get() : std::vector<ReadFile>{};
  if (!setup) return std::unexpected(setup.error());
  const auto* prefilter = &setup->prefilter;
  result.times.mark("setup");
  auto& flags = setup->flags;
  const auto& settled = setup->settled;
  const auto& rules = setup->rules;
  const auto* passes = &setup->passes;
  result.manifest = std::move(setup->manifest);

  const auto& unfiltered = setup->unfiltered;
  // Texts kept for a second pass, up to a bound: a tree larger than it is read again past it.
  std::atomic<int64_t> keep_budget{options.kept_text_bytes};
  AnalysisContext context{result.manifest, rules, flags, settled, *prefilter, options.max_file_bytes, passes,
                          options.parse_budget, options.context_lines, &unfiltered, &keep_budget};
  std::atomic<size_t> done{0}, parsed{0};
  auto counted = [&](FileOutcome outcome, size_t total) {
    parsed += outcome.parsed;
    if (options.progress) options.progress(++done, total, parsed);
    return outcome;
  };
  auto analyze_one = [&](const discover::DiscoveredFile& file, size_t total) {
    return counted(guarded_analyze(file, context), total);
  };
  // Files analysed while the walk went on, by path and how it was named; the report takes them in
  // the sorted order of the finished walk below, so any --jobs gives the same output.
  std::map<std::pair<std::string, bool>, FileOutcome> early;
  std::mutex early_mutex;
  if (stream) {
    std::atomic<size_t> next_read{0};
    on_threads(jobs, [&] {
      auto keep = [&](const discover::DiscoveredFile& file, FileOutcome outcome) {
        std::lock_guard lock(early_mutex);
        early.emplace(std::pair{file.path, file.named_explicitly}, std::move(outcome));
      };
      for (size_t i; (i = next_read++) < read_early.size();) {
        auto& [file, text] = read_early[i];
        if (is_manifest(file.path, result.manifest.sources)) continue;
        keep(file, counted(guarded(file, [&] { return analyze_read(file, std::move(text), context); }), feed.pushed()));
      }
      while (auto file = feed.next()) {
        if (is_manifest(file->path, result.manifest.sources)) continue;
        keep(*file, analyze_one(*file, feed.pushed()));
      }
    });
  }
  result.times.mark("walk+analysis");

  auto discovery = without_manifests(walked.get(), result.manifest);
  if (!discovery) return std::unexpected(discovery.error());
  if (!options.changed_since.empty()) {
    if (auto kept = history::keep_changed(*discovery, options.changed_since); !kept) return std::unexpected(kept.error());
  }
  if (auto refused = guard_output(options, result.manifest.sources, *discovery)) return std::unexpected(*refused);
  const auto& files = discovery->files;
  std::vector<FileOutcome> outcomes(files.size());
  parallel_for(outcomes.size(), jobs, [&](size_t i) {
    auto it = early.find({files[i].path, files[i].named_explicitly});
    outcomes[i] = it != early.end() ? std::move(it->second) : analyze_one(files[i], files.size());
  });
  result.times.mark("analysis");

  // Second pass: files that use a key constant found in another file now name that flag, and
  // files that call a helper another file of their package defines now check it.
  flags.constant_to_key = key_constants_of(outcomes, flags);
  flags.package_helpers = package_helpers_of(outcomes, files);
  result.key_constants.insert(flags.constant_to_key.begin(), flags.constant_to_key.end());
  if (!flags.constant_to_key.empty() || !flags.package_helpers.empty()) {
    std::vector<std::string> names;
    for (const auto& [name, key] : flags.constant_to_key) names.push_back(name);
    for (const auto& [key, helper] : flags.package_helpers) names.push_back(helper.name);
    auto users = prefilter::Prefilter::compile(names);
    if (!users) return std::unexpected(users.error());
    AnalysisContext again{result.manifest, rules, flags, settled, *users, options.max_file_bytes, passes, options.parse_budget,
                          options.context_lines};
    parallel_for(outcomes.size(), jobs, [&](size_t i) {
      // Binary, too large, unreadable or no code: the same again.
      if (!outcomes[i].read || !outcomes[i].code) return;
      auto& kept = outcomes[i].kept_text;
      FileOutcome second = kept ? guarded(files[i], [&] { return analyze_text(files[i], std::move(*kept), again); })
                                : guarded_analyze(files[i], again);
      if (!second.parsed) return;
      second.matched = true;
      second.bytes = outcomes[i].bytes;  // as read (a UTF-16 file's text was kept decoded)
      outcomes[i] = std::move(second);
    });
  }
  for (auto& outcome : outcomes) outcome.kept_text.reset();

  result.times.mark("key constants");
  findings::ScanScope scope{discovery->walked_directory, {}, today};
  result.notifications = std::move(discovery->problems);
  result.input_errors = !result.notifications.empty();
  for (auto& outcome : outcomes) {
    result.stats.files_read += outcome.read;
    result.stats.files_matched += outcome.matched;
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
  result.whole_directories = discovery->walked_directory;
  for (const auto& file : files) result.scanned_files.push_back(file.path);
  // A whole-directory scan sees every manifest entry again (orphans, deadlines).
  if (result.whole_directories) {
    result.scanned_files.insert(result.scanned_files.end(), result.manifest.sources.begin(), result.manifest.sources.end());
  }
  findings::manifest_findings(result.manifest, scope, result.findings);
  findings::sort_findings(result.findings);
  findings::assign_fingerprints(result.findings);
  add_metrics(options, scope, today, result);
  make_text_valid(result);
  result.times.mark("findings");
  return result;
}

}  // namespace flagdebt::scan

// ---- Session (scan/session.h): the setup above, kept for `flagdebt fix`.

#include "scan/session.h"

namespace flagdebt::scan {

struct SessionState {
  ScanOptions options;
  Setup setup;
};

Session::Session(std::unique_ptr<SessionState> state) : state_(std::move(state)) {}
Session::~Session() = default;

std::expected<std::unique_ptr<Session>, Diag> Session::open(const ScanOptions& options,
                                                            const std::vector<std::string>& only_flags) {
  auto setup = prepare(options, options.today.value_or(manifest::today_from_clock()));
  if (!setup) return std::unexpected(setup.error());
  if (!only_flags.empty()) {
    evaluate::SettledFlags chosen;
    for (const auto& key : only_flags) {
      auto it = setup->settled.find(key);
      if (it == setup->settled.end()) {
        return std::unexpected(support::make_diag("", 0, 0, "--flag " + key + ": not a decided or removed flag of the manifest"));
      }
      chosen.insert(*it);
    }
    setup->settled = std::move(chosen);
  }
  auto state = std::unique_ptr<SessionState>(new SessionState{options, std::move(*setup)});
  return std::unique_ptr<Session>(new Session(std::move(state)));
}

std::expected<discover::Discovery, Diag> Session::files() const {
  return without_manifests(walk(state_->options), state_->setup.manifest);
}

namespace {

// A file of the fix's, through `prefilter`. As the scan: files of a language a rule's query applies
// to skip the prefilter.
FileOutcome analyze_with(const SessionState& s, const discover::DiscoveredFile& file, std::string text,
                         const prefilter::Prefilter& prefilter) {
  AnalysisContext context{s.setup.manifest, s.setup.rules, s.setup.flags, s.setup.settled, prefilter,
                          s.options.max_file_bytes, &s.setup.passes, s.options.parse_budget, 0, &s.setup.unfiltered};
  return guarded(file, [&] { return analyze_text(file, std::move(text), context); });
}

}  // namespace

FileOutcome Session::analyze(const discover::DiscoveredFile& file, std::string text) const {
  return analyze_with(*state_, file, std::move(text), state_->setup.prefilter);
}

FileOutcome Session::analyze_unfiltered(const discover::DiscoveredFile& file, std::string text) const {
  static const prefilter::Prefilter every_file = prefilter::Prefilter::pass_all();
  return analyze_with(*state_, file, std::move(text), every_file);
}

const manifest::Manifest& Session::manifest() const { return state_->setup.manifest; }

// The scan's second pass, for the fix: a constant declared in one file names its flag in all.
std::optional<Diag> Session::learn_key_constants(const std::vector<FileOutcome>& outcomes) {
  SessionState& s = *state_;
  s.setup.flags.constant_to_key = key_constants_of(outcomes, s.setup.flags);
  if (s.setup.flags.constant_to_key.empty()) return std::nullopt;
  auto prefilter = prefilter_for(s.options, s.setup.rules, s.setup.manifest, s.setup.flags.constant_to_key);
  if (!prefilter) return prefilter.error();
  s.setup.prefilter = std::move(*prefilter);
  return std::nullopt;
}

}  // namespace flagdebt::scan
