// The readers of earlier results on arbitrary bytes: the baseline reader (`--baseline`, a JSON
// result or a SARIF log) then matching against a small scan, and the metrics reader of
// `flagdebt report RESULT.json...`. A value or a Diag, never a crash. The first byte picks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "findings/baseline.h"
#include "report/reporter.h"

using namespace flagdebt;

namespace {

// Two findings a scan could report: the baseline's entries match them, or not, or are absent.
findings::Report small_report() {
  findings::Report report;
  report.whole_directories = false;
  for (int i = 0; i < 2; ++i) {
    findings::Finding f;
    f.rule = findings::rule_catalog()[static_cast<size_t>(i)].rule;
    f.flag = "new_ui";
    f.path = i ? "src/a.py" : "fuzz-missing/b.py";
    f.fingerprint = i ? "0123456789abcdef" : "fedcba9876543210";
    f.content_fingerprint = "c0ffee";
    report.findings.push_back(f);
    report.scanned_files.push_back(f.path);
  }
  return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    auto baseline = findings::parse_baseline(text, "fuzz-baseline.json");
    if (baseline) {
      findings::Report report = small_report();
      findings::apply_baseline(report, std::move(*baseline));
    }
  } else {
    std::string error;
    (void)report::read_metrics_json(text, "fuzz-result.json", &error);
  }
  return 0;
}
