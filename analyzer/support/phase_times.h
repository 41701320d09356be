#pragma once
// Wall and CPU time of a run's phases, for the hidden `scan --timings` (docs/performance.md): CPU
// time above wall time is the phase using more than one core.
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace flagdebt::support {

class PhaseTimes {
 public:
  PhaseTimes();
  // Records the time since the previous mark (or since construction) as `phase`.
  void mark(std::string_view phase);
  // One line per phase and a total: "setup  12.3 ms wall  20.1 ms cpu".
  std::string to_string() const;

 private:
  struct Phase {
    std::string name;
    double wall_ms;
    double cpu_ms;
  };
  std::chrono::steady_clock::time_point wall_;
  double cpu_ms_;
  std::vector<Phase> phases_;
};

}  // namespace flagdebt::support
