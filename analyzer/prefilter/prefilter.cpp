#include "prefilter/prefilter.h"

#include <hs/hs.h>
#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <map>
#include <mutex>
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

// One file's search: its text, the answer so far, and whether the call shapes of the rest of the
// text are already decided (call_holds).
struct Search {
  std::string_view text;
  bool found = false;
  bool calls_decided = false;
};

// One literal database: the literals and the call methods, compiled in milliseconds and cached
// by a hash of both (10,000 keys are ~20,000 literals: ~0.4 s).
struct Prefilter::Impl {
  hs_database_t* database = nullptr;
  hs_scratch_t* prototype = nullptr;  // cloned once per thread
  unsigned literal_count = 0;
  std::vector<Call> calls;
  // Every call shape as one RE2 regex, searched at most once per file (call_holds) and compiled
  // the first time one is (~2 ms: most scans never need it); none when RE2 refuses it (then an
  // undecided call is evidence).
  std::string any_call_pattern;
  mutable std::once_flag any_call_once;
  mutable std::optional<support::Regex> any_call;
  const support::Regex* every_call() const {
    std::call_once(any_call_once, [this] {
      if (any_call_pattern.empty()) return;
      if (auto regex = support::Regex::compile(any_call_pattern, {.bytes = true})) any_call = std::move(*regex);
    });
    return any_call ? &*any_call : nullptr;
  }
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
  bool call_holds(Search& search, unsigned id, size_t end) const;
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

// Hyperscan's `\w`, `\s` and `\b` (ASCII, no locale).
bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool word_boundary(std::string_view text, size_t at) {
  return (at > 0 && is_word(text[at - 1])) != (at < text.size() && is_word(text[at]));
}

// A method as RE2 text: word characters as they are, every other byte as \xHH (Latin-1).
std::string re2_text(std::string_view method) {
  std::string out;
  for (unsigned char c : method) {
    if (is_word(static_cast<char>(c))) {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out;
}

// One group that matches any of `parts`: (?:(?:a)|(?:b)); empty for none.
std::string alternation_of(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "(?:(?:" : "|(?:") + part + ")";
  return out.empty() ? out : out + ")";
}

// The call shapes, one Call per method (sorted: the database's numbering), each distinct set of
// `after`s compiled once (the built-in packs have 5), and all of them as one regex.
struct CallSet {
  std::vector<Call> calls;
  std::string any_call_pattern;
};
std::expected<CallSet, std::string> calls_of(const std::vector<CallShape>& shapes) {
  std::map<std::string, std::pair<std::set<std::string>, bool>> by_method;
  for (const auto& shape : shapes) {
    if (shape.method.empty() || (shape.after.empty() && !shape.member_before)) continue;
    auto& [afters, member_before] = by_method[shape.method];
    if (!shape.after.empty()) afters.insert(shape.after);
    member_before |= shape.member_before;
  }
  std::map<std::string, std::pair<support::Regex, std::vector<std::string>>> compiled;  // by alternation
  std::vector<std::string> members;
  CallSet out;
  for (auto& [method, shape] : by_method) {
    Call call{method, std::min(method.size(), kMaxLiteralBytes), std::nullopt, shape.second};
    if (call.member_before) members.push_back(re2_text(method));
    std::string alternation = alternation_of({shape.first.begin(), shape.first.end()});
    if (!alternation.empty()) {
      auto found = compiled.find(alternation);
      if (found == compiled.end()) {
        auto regex = support::Regex::compile(alternation, {.bytes = true});
        if (!regex) return std::unexpected("cannot compile the prefilter: " + regex.error() + " (pattern '" + alternation + "')");
        found = compiled.emplace(alternation, std::pair{std::move(*regex), std::vector<std::string>{}}).first;
      }
      call.after = found->second.first;
      found->second.second.push_back(re2_text(method));
    }
    out.calls.push_back(std::move(call));
  }
  std::vector<std::string> every;
  for (const auto& [alternation, compiled_methods] : compiled) {
    every.push_back("\\b" + alternation_of(compiled_methods.second) + alternation);
  }
  if (!members.empty()) {
    every.push_back(R"(\w(?:\([\t\n\v\f\r ]*\))?[!?]*[\t\n\v\f\r ]*\.[\t\n\v\f\r ]*)" + alternation_of(members) + "\\b");
  }
  if (!every.empty()) out.any_call_pattern = alternation_of(every);
  return out;
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

// An `after` is read in a window: up to the first `;`, `{` or `}` (no shape holds one), at most
// kWindowBytes. Nearly every occurrence is decided there (a stop character, or no parenthesis).
// One that is not (a long argument list without stops, as in Python) decides the rest of the file
// at once: one search of every shape from there on, linear in the text. Reading each
// occurrence's `after` to its end instead took minutes on a hostile 1 MB line of method names,
// each reading to the end of the line; the whole regexes Hyperscan ran before were linear.
constexpr size_t kWindowBytes = 256;

// The method of call `id` ends at `end` (Hyperscan reports ends): is this place a call shape?
bool Prefilter::Impl::call_holds(Search& search, unsigned id, size_t end) const {
  if (search.calls_decided) return false;
  std::string_view text = search.text;
  const Call& call = calls[id - literal_count];
  size_t start = end - call.matched;
  if (text.substr(start, call.method.size()) != call.method) return false;  // a long name, cut
  end = start + call.method.size();
  if (call.member_before && word_boundary(text, end) && member_ends_at(text, start)) return true;
  if (!call.after || !word_boundary(text, start)) return false;
  std::string_view window = text.substr(end, kWindowBytes);
  size_t stop = window.find_first_of(";{}");
  bool whole = stop != std::string_view::npos || end + window.size() == text.size();
  if (call.after->matches_at(text.substr(0, end + std::min(stop, window.size())), end)) return true;
  if (whole) return false;
  search.calls_decided = true;
  const support::Regex* every = every_call();
  return !every || every->find(text, start).has_value();
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
  impl->calls = std::move(calls->calls);
  impl->any_call_pattern = std::move(calls->any_call_pattern);
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
  struct Context {
    const Impl* impl;
    Search search;
  } context{impl_.get(), {text}};
  auto on_match = [](unsigned id, unsigned long long, unsigned long long end, unsigned, void* opaque) -> int {
    auto& [impl, search] = *static_cast<Context*>(opaque);
    search.found = id < impl->literal_count || impl->call_holds(search, id, end);
    return search.found ? 1 : 0;  // stop at the first evidence
  };
  hs_scan(impl_->database, text.data(), static_cast<unsigned>(text.size()), 0, mine.scratch, on_match, &context);
  return context.search.found;
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
