#include "prefilter/prefilter.h"

#include <hs/hs.h>

#include <algorithm>
#include <atomic>

namespace flagdebt::prefilter {

struct Prefilter::Impl {
  hs_database_t* database = nullptr;
  hs_scratch_t* prototype = nullptr;  // cloned once per thread
  uint64_t generation = next_generation();  // tells a thread's scratch which database it was made for
  static uint64_t next_generation() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
  ~Impl() {
    hs_free_scratch(prototype);
    hs_free_database(database);
  }
};

Prefilter::Prefilter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Prefilter::Prefilter(Prefilter&&) noexcept = default;
Prefilter::~Prefilter() = default;

std::expected<Prefilter, std::string> Prefilter::compile(const std::vector<std::string>& literals) {
  auto impl = std::make_unique<Impl>();
  if (literals.empty()) return Prefilter(std::move(impl));
  std::vector<const char*> expressions;
  std::vector<size_t> lengths;
  std::vector<unsigned> flags(literals.size(), HS_FLAG_SINGLEMATCH), ids(literals.size(), 0);
  // Hyperscan refuses long literals ("Pattern length exceeds limit"), and a registry in a scanned
  // repository can declare a 20 KB key. A file holding a literal holds its prefix, so matching a
  // prefix keeps the prefilter a superset: the key still works, the scan still runs.
  constexpr size_t kMaxLiteralBytes = 1024;
  for (const auto& literal : literals) {
    expressions.push_back(literal.data());
    lengths.push_back(std::min(literal.size(), kMaxLiteralBytes));
  }
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr, &impl->database,
                           &error) != HS_SUCCESS) {
    std::string message = error ? error->message : "unknown error";
    hs_free_compile_error(error);
    return std::unexpected("cannot compile the prefilter: " + message);
  }
  if (hs_alloc_scratch(impl->database, &impl->prototype) != HS_SUCCESS) {
    return std::unexpected("cannot allocate prefilter scratch space");
  }
  return Prefilter(std::move(impl));
}

bool Prefilter::might_match(std::string_view text) const {
  if (!impl_->database) return false;
  struct Scratch {
    hs_scratch_t* scratch = nullptr;
    uint64_t generation = 0;
    ~Scratch() { hs_free_scratch(scratch); }
  };
  thread_local Scratch local;
  if (local.generation != impl_->generation) {
    hs_free_scratch(local.scratch);
    local.scratch = nullptr;
    hs_clone_scratch(impl_->prototype, &local.scratch);
    local.generation = impl_->generation;
  }
  bool found = false;
  auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned, void* context) -> int {
    *static_cast<bool*>(context) = true;
    return 1;  // stop at the first hit
  };
  hs_scan(impl_->database, text.data(), static_cast<unsigned>(text.size()), 0, local.scratch, on_match, &found);
  return found;
}

bool looks_binary(std::string_view text) {
  return text.substr(0, std::min<size_t>(text.size(), 8192)).find('\0') != std::string_view::npos;
}

}  // namespace flagdebt::prefilter
