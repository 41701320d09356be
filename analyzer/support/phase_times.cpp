#include "support/phase_times.h"

#include <sys/resource.h>

#include <cstdio>

namespace flagdebt::support {
namespace {

// User and system time of the whole process (every thread), in milliseconds.
double process_cpu_ms() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

}  // namespace

PhaseTimes::PhaseTimes() : wall_(std::chrono::steady_clock::now()), cpu_ms_(process_cpu_ms()) {}

void PhaseTimes::mark(std::string_view phase) {
  auto now = std::chrono::steady_clock::now();
  double cpu = process_cpu_ms();
  phases_.push_back({std::string(phase), std::chrono::duration<double, std::milli>(now - wall_).count(), cpu - cpu_ms_});
  wall_ = now;
  cpu_ms_ = cpu;
}

std::string PhaseTimes::to_string() const {
  std::string out;
  double wall = 0, cpu = 0;
  char line[160];
  for (const auto& phase : phases_) {
    std::snprintf(line, sizeof line, "%-14s %9.1f ms wall %9.1f ms cpu\n", phase.name.c_str(), phase.wall_ms, phase.cpu_ms);
    out += line;
    wall += phase.wall_ms;
    cpu += phase.cpu_ms;
  }
  std::snprintf(line, sizeof line, "%-14s %9.1f ms wall %9.1f ms cpu\n", "total", wall, cpu);
  return out + line;
}

}  // namespace flagdebt::support
