// Coverage for libFuzzer from GCC-built code. Our code is C++23 (std::expected); Debian's clang-14
// cannot compile libstdc++ 12's <expected>, so -fsanitize=fuzzer is out. GCC's
// -fsanitize-coverage=trace-pc calls __sanitizer_cov_trace_pc at every edge; libFuzzer 14 no longer
// accepts that hook (its own definition is weakened in our copy of the runtime, see CMakeLists.txt),
// so this one hashes the caller's address into inline 8-bit counters, which libFuzzer does read.
// Tests and the CLI link it too (the instrumented modules call it); without libFuzzer it only counts.
#include <cstddef>
#include <cstdint>

extern "C" void __sanitizer_cov_8bit_counters_init(uint8_t* begin, uint8_t* end) __attribute__((weak));

namespace {

alignas(64) uint8_t counters[1 << 16];

struct Register {
  Register() {
    if (__sanitizer_cov_8bit_counters_init != nullptr) __sanitizer_cov_8bit_counters_init(counters, counters + sizeof counters);
  }
} register_counters;

}  // namespace

extern "C" __attribute__((no_sanitize("address", "undefined"))) void __sanitizer_cov_trace_pc() {
  auto pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  counters[((pc ^ (pc >> 15)) * 0x9E3779B97F4A7C15ull) >> 48]++;
}

// GCC's trace-cmp also traces floating-point comparisons, which neither libFuzzer nor the sanitizer
// runtimes handle: nothing to learn from them.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" void __sanitizer_cov_trace_cmpd(double, double) {}
