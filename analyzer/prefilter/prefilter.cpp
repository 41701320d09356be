#include "prefilter/prefilter.h"

#include <hs/hs.h>
#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <map>
#include <optional>
#include <set>

#include "support/paths.h"
#include "support/regex.h"
#include "support/read_file.h"

namespace flagdebt::prefilter {
namespace fs = std::filesystem;

// A method of the call shapes: the database's pattern number literal_count + its index.
struct Call {
  std::string method;
  size_t matched = 0;                   // bytes of it in the database (long names are cut)
  std::optional<support::Regex> after;  // its shapes' `after`s, as one alternation
  bool member_before = false;
};

// One literal database: the literals and the call methods, compiled in milliseconds and cached
// by a hash of both (10,000 keys are ~20,000 literals: ~0.4 s).
struct Prefilter::Impl {
  hs_database_t* database = nullptr;
  hs_scratch_t* prototype = nullptr;  // cloned once per thread
  unsigned literal_count = 0;
  std::vector<Call> calls;
  bool pass_all = false;
  uint64_t generation = next_generation();  // tells a thread's scratch which database it was made for
  static uint64_t next_generation() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
  ~Impl() {
    hs_free_scratch(prototype);
    hs_free_database(database);
  }
  bool call_holds(std::string_view text, unsigned id, size_t end) const;
};

Prefilter::Prefilter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Prefilter::Prefilter(Prefilter&&) noexcept = default;
Prefilter& Prefilter::operator=(Prefilter&&) noexcept = default;
Prefilter::~Prefilter() = default;

namespace {

// Hyperscan refuses long literals ("Pattern length exceeds limit"), and a registry in a scanned
// repository can declare a 20 KB key. A file holding a literal holds its prefix, so matching a
// prefix keeps the prefilter a superset: the key still works, the scan still runs.
constexpr size_t kMaxLiteralBytes = 1024;

// The database's inputs, hashed: the cache key. Lengths delimit the patterns, so no two
// different pattern lists hash the same input bytes.
std::string cache_key(const std::vector<std::string>& expressions, unsigned literal_count) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  std::string version = hs_version();
  version += "|block|literals-and-calls-v1";
  XXH3_128bits_update(state, version.data(), version.size());
  XXH3_128bits_update(state, &literal_count, sizeof literal_count);
  for (const auto& e : expressions) {
    uint64_t size = e.size();
    XXH3_128bits_update(state, &size, sizeof size);
    XXH3_128bits_update(state, e.data(), e.size());
  }
  XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char text[40];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return text;
}

// A cached database, or null: a missing, truncated or corrupt file (hs_deserialize_database checks
// the magic, version, platform, length and CRC32) or one over the size cap means compiling again.
hs_database_t* load_cached(const fs::path& file) {
  constexpr uint64_t kMaxCacheBytes = 256ull * 1024 * 1024;
  auto bytes = support::read_file(file.string(), kMaxCacheBytes);
  if (!bytes) return nullptr;
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(bytes->data(), bytes->size(), &database) != HS_SUCCESS) return nullptr;
  return database;
}

// Best effort: a cache that cannot be written is no error. The same atomic writer as reports
// (a random mkstemp name, then a rename): a concurrent run never reads half a database, and a
// link planted at a predictable temporary name is never followed.
void store_cached(const fs::path& file, const hs_database_t* database) {
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) return;
  std::string contents(bytes, length);
  std::free(bytes);
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  (void)support::write_file_atomically(file.string(), contents, 0600);
}

// The first `literal_count` expressions are evidence wherever they occur (one match is enough);
// the call methods after them are reported at every occurrence, each then checked in place.
std::expected<hs_database_t*, std::string> compile_database(const std::vector<std::string>& expressions,
                                                           unsigned literal_count) {
  std::vector<const char*> pointers;
  std::vector<size_t> lengths;
  std::vector<unsigned> flags;
  for (const auto& e : expressions) {
    pointers.push_back(e.c_str());
    lengths.push_back(std::min(e.size(), kMaxLiteralBytes));
    flags.push_back(flags.size() < literal_count ? HS_FLAG_SINGLEMATCH : 0u);
  }
  // One id per literal: Hyperscan merges literals that share an id, and that merge is quadratic
  // (10,000 keys under one id: 320 s of compile on a cold cache; with their own ids: 0.4 s).
  std::vector<unsigned> ids(expressions.size());
  std::iota(ids.begin(), ids.end(), 0u);
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  hs_error_t status = hs_compile_lit_multi(pointers.data(), flags.data(), ids.data(), lengths.data(),
                                           static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                                           &database, &error);
  if (status != HS_SUCCESS) {
    std::string message = error ? error->message : "unknown error";
    if (error && error->expression >= 0) message += " (pattern '" + expressions[error->expression] + "')";
    hs_free_compile_error(error);
    return std::unexpected("cannot compile the prefilter: " + message);
  }
  return database;
}

// The call shapes, one Call per method (sorted: the database's numbering), each distinct set of
// `after`s compiled once (the built-in packs have 5).
std::expected<std::vector<Call>, std::string> calls_of(const std::vector<CallShape>& shapes) {
  std::map<std::string, std::pair<std::set<std::string>, bool>> by_method;
  for (const auto& shape : shapes) {
    if (shape.method.empty() || (shape.after.empty() && !shape.member_before)) continue;
    auto& [afters, member_before] = by_method[shape.method];
    if (!shape.after.empty()) afters.insert(shape.after);
    member_before |= shape.member_before;
  }
  std::map<std::string, support::Regex> compiled;
  std::vector<Call> calls;
  for (auto& [method, shape] : by_method) {
    Call call{method, std::min(method.size(), kMaxLiteralBytes), std::nullopt, shape.second};
    std::string alternation;
    for (const auto& after : shape.first) alternation += (alternation.empty() ? "(?:" : "|(?:") + after + ")";
    if (!alternation.empty()) {
      auto found = compiled.find(alternation);
      if (found == compiled.end()) {
        auto regex = support::Regex::compile(alternation, {.bytes = true});
        if (!regex) return std::unexpected("cannot compile the prefilter: " + regex.error() + " (pattern '" + alternation + "')");
        found = compiled.emplace(alternation, std::move(*regex)).first;
      }
      call.after = found->second;
    }
    calls.push_back(std::move(call));
  }
  return calls;
}

// Hyperscan's `\w`, `\s` and `\b` (ASCII, no locale).
bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool word_boundary(std::string_view text, size_t at) {
  return (at > 0 && is_word(text[at - 1])) != (at < text.size() && is_word(text[at]));
}

// Whether `\w(?:\(\s*\))?[!?]*\s*\.\s*` ends at `end`, read backwards. Each part ends with a
// character the part before it cannot hold, so skipping greedily finds a match if there is one.
bool member_ends_at(std::string_view text, size_t end) {
  size_t at = end;
  auto skip = [&](auto holds) {
    while (at > 0 && holds(text[at - 1])) --at;
  };
  skip(is_space);
  if (at == 0 || text[at - 1] != '.') return false;
  --at;
  skip(is_space);
  skip([](char c) { return c == '!' || c == '?'; });
  if (at > 0 && text[at - 1] == ')') {
    --at;
    skip(is_space);
    if (at == 0 || text[at - 1] != '(') return false;
    --at;
  }
  return at > 0 && is_word(text[at - 1]);
}

}  // namespace

// The method of call `id` ends at `end` (Hyperscan reports ends): is this place a call shape?
bool Prefilter::Impl::call_holds(std::string_view text, unsigned id, size_t end) const {
  const Call& call = calls[id - literal_count];
  size_t start = end - call.matched;
  if (text.substr(start, call.method.size()) != call.method) return false;  // a long name, cut
  end = start + call.method.size();
  if (call.member_before && word_boundary(text, end) && member_ends_at(text, start)) return true;
  return call.after && word_boundary(text, start) && call.after->matches_at(text, end);
}

std::expected<Prefilter, support::Diag> Prefilter::compile(const Patterns& patterns, const std::string& cache_dir) {
  auto fail = [](const std::string& message) { return std::unexpected(support::make_diag("", 0, 0, message)); };
  auto impl = std::make_unique<Impl>();
  std::vector<std::string> expressions = patterns.literals;
  std::sort(expressions.begin(), expressions.end());
  expressions.erase(std::unique(expressions.begin(), expressions.end()), expressions.end());
  std::erase(expressions, std::string());
  impl->literal_count = static_cast<unsigned>(expressions.size());
  auto calls = calls_of(patterns.calls);
  if (!calls) return fail(calls.error());
  impl->calls = std::move(*calls);
  for (const auto& call : impl->calls) expressions.push_back(call.method);
  if (expressions.empty()) return Prefilter(std::move(impl));

  fs::path cached = cache_dir.empty() ? fs::path()
                                      : fs::path(cache_dir) / ("prefilter-" + cache_key(expressions, impl->literal_count) + ".hsdb");
  if (!cached.empty()) impl->database = load_cached(cached);
  if (!impl->database) {
    auto database = compile_database(expressions, impl->literal_count);
    if (!database) return fail(database.error());
    impl->database = *database;
    if (!cached.empty()) store_cached(cached, impl->database);
  }
  if (hs_alloc_scratch(impl->database, &impl->prototype) != HS_SUCCESS) return fail("cannot allocate prefilter scratch space");
  return Prefilter(std::move(impl));
}

Prefilter Prefilter::pass_all() {
  auto impl = std::make_unique<Impl>();
  impl->pass_all = true;
  return Prefilter(std::move(impl));
}

bool Prefilter::might_match(std::string_view text) const {
  if (impl_->pass_all) return true;
  if (!impl_->database) return false;
  struct Scratch {
    hs_scratch_t* scratch = nullptr;
    uint64_t generation = 0;
    ~Scratch() { hs_free_scratch(scratch); }
  };
  thread_local Scratch mine;
  if (mine.generation != impl_->generation) {
    hs_free_scratch(mine.scratch);
    mine.scratch = nullptr;
    hs_clone_scratch(impl_->prototype, &mine.scratch);
    mine.generation = impl_->generation;
  }
  struct Search {
    const Impl* impl;
    std::string_view text;
    bool found = false;
  } search{impl_.get(), text};
  auto on_match = [](unsigned id, unsigned long long, unsigned long long end, unsigned, void* context) -> int {
    auto& search = *static_cast<Search*>(context);
    search.found = id < search.impl->literal_count || search.impl->call_holds(search.text, id, end);
    return search.found ? 1 : 0;  // stop at the first evidence
  };
  hs_scan(impl_->database, text.data(), static_cast<unsigned>(text.size()), 0, mine.scratch, on_match, &search);
  return search.found;
}

bool looks_binary(std::string_view text) {
  return text.substr(0, std::min<size_t>(text.size(), 8192)).find('\0') != std::string_view::npos;
}

std::string default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return std::string(xdg) + "/flagdebt";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/flagdebt";
  return {};
}

}  // namespace flagdebt::prefilter
