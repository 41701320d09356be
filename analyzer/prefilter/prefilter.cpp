#include "prefilter/prefilter.h"

#include <hs/hs.h>
#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <optional>

#include "support/paths.h"
#include "support/read_file.h"

namespace flagdebt::prefilter {
namespace fs = std::filesystem;

// Two databases, each cached on its own: the shapes depend only on the rules (the same for
// every repository with the built-in packs: compiled once per machine, ~2 s), the literals on
// the manifest (compiled as pure literals, fast).
struct Database {
  hs_database_t* database = nullptr;
  hs_scratch_t* prototype = nullptr;  // cloned once per thread
  ~Database() {
    hs_free_scratch(prototype);
    hs_free_database(database);
  }
};

struct Prefilter::Impl {
  Database parts[2];  // literals, shapes
  bool pass_all = false;
  uint64_t generation = next_generation();  // tells a thread's scratch which database it was made for
  static uint64_t next_generation() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
};

Prefilter::Prefilter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Prefilter::Prefilter(Prefilter&&) noexcept = default;
Prefilter& Prefilter::operator=(Prefilter&&) noexcept = default;
Prefilter::~Prefilter() = default;

namespace {

// The database's inputs, hashed: the cache key. Lengths delimit the patterns, so no two
// different pattern lists hash the same input bytes.
std::string cache_key(const std::vector<std::string>& expressions, bool literal) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  std::string version = hs_version();
  version += literal ? "|block|literal-v2" : "|block|singlematch-v1";
  XXH3_128bits_update(state, version.data(), version.size());
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

std::expected<hs_database_t*, std::string> compile_database(const std::vector<std::string>& expressions,
                                                           bool literal) {
  std::vector<const char*> pointers;
  std::vector<size_t> lengths;
  // Hyperscan refuses long literals ("Pattern length exceeds limit"), and a registry in a scanned
  // repository can declare a 20 KB key. A file holding a literal holds its prefix, so matching a
  // prefix keeps the prefilter a superset: the key still works, the scan still runs.
  constexpr size_t kMaxLiteralBytes = 1024;
  for (const auto& e : expressions) {
    pointers.push_back(e.c_str());
    lengths.push_back(literal ? std::min(e.size(), kMaxLiteralBytes) : e.size());
  }
  // One id per literal: Hyperscan merges literals that share an id, and that merge is quadratic
  // (10,000 keys under one id: 320 s of compile on a cold cache; with their own ids: 0.4 s). The
  // shapes compile faster under one id (0.8 s against 1.9 s).
  std::vector<unsigned> flags(expressions.size(), HS_FLAG_SINGLEMATCH), ids(expressions.size(), 0);
  if (literal) std::iota(ids.begin(), ids.end(), 0u);
  auto count = static_cast<unsigned>(expressions.size());
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  hs_error_t status =
      literal ? hs_compile_lit_multi(pointers.data(), flags.data(), ids.data(), lengths.data(), count, HS_MODE_BLOCK,
                                     nullptr, &database, &error)
              : hs_compile_multi(pointers.data(), flags.data(), ids.data(), count, HS_MODE_BLOCK, nullptr, &database,
                                 &error);
  if (status != HS_SUCCESS) {
    std::string message = error ? error->message : "unknown error";
    if (error && error->expression >= 0) message += " (pattern '" + expressions[error->expression] + "')";
    hs_free_compile_error(error);
    return std::unexpected("cannot compile the prefilter: " + message);
  }
  return database;
}

// One database, from the cache when it holds it.
std::optional<std::string> build(std::vector<std::string> expressions, bool literal, const std::string& cache_dir,
                                 Database& out) {
  std::sort(expressions.begin(), expressions.end());
  expressions.erase(std::unique(expressions.begin(), expressions.end()), expressions.end());
  std::erase(expressions, std::string());
  if (expressions.empty()) return std::nullopt;
  fs::path cached = cache_dir.empty() ? fs::path()
                                      : fs::path(cache_dir) / ("prefilter-" + cache_key(expressions, literal) + ".hsdb");
  if (!cached.empty()) out.database = load_cached(cached);
  if (!out.database) {
    auto database = compile_database(expressions, literal);
    if (!database) return database.error();
    out.database = *database;
    if (!cached.empty()) store_cached(cached, out.database);
  }
  if (hs_alloc_scratch(out.database, &out.prototype) != HS_SUCCESS) return "cannot allocate prefilter scratch space";
  return std::nullopt;
}

}  // namespace

std::expected<Prefilter, support::Diag> Prefilter::compile(const Patterns& patterns, const std::string& cache_dir) {
  auto impl = std::make_unique<Impl>();
  if (auto error = build(patterns.literals, true, cache_dir, impl->parts[0])) return std::unexpected(support::make_diag("", 0, 0, *error));
  if (auto error = build(patterns.shapes, false, cache_dir, impl->parts[1])) return std::unexpected(support::make_diag("", 0, 0, *error));
  return Prefilter(std::move(impl));
}

Prefilter Prefilter::pass_all() {
  auto impl = std::make_unique<Impl>();
  impl->pass_all = true;
  return Prefilter(std::move(impl));
}

bool Prefilter::might_match(std::string_view text) const {
  if (impl_->pass_all) return true;
  struct Scratch {
    hs_scratch_t* scratch = nullptr;
    uint64_t generation = 0;
    ~Scratch() { hs_free_scratch(scratch); }
  };
  thread_local Scratch local[2];
  for (int part = 0; part < 2; ++part) {
    const Database& db = impl_->parts[part];
    if (!db.database) continue;
    Scratch& mine = local[part];
    if (mine.generation != impl_->generation) {
      hs_free_scratch(mine.scratch);
      mine.scratch = nullptr;
      hs_clone_scratch(db.prototype, &mine.scratch);
      mine.generation = impl_->generation;
    }
    bool found = false;
    auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned, void* context) -> int {
      *static_cast<bool*>(context) = true;
      return 1;  // stop at the first hit
    };
    hs_scan(db.database, text.data(), static_cast<unsigned>(text.size()), 0, mine.scratch, on_match, &found);
    if (found) return true;
  }
  return false;
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
