// The text, JSON and SARIF writers fed arbitrary strings (what a scanned file can put in a flag key,
// a path, a message or a snippet): every report is written whole, nothing throws.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "report/reporter.h"

using namespace flagdebt;

namespace {

// Splits the input at NUL bytes; missing pieces are empty.
struct Pieces {
  std::vector<std::string> parts;
  size_t next = 0;
  std::string take() { return next < parts.size() ? parts[next++] : std::string(); }
  uint32_t number() {
    std::string piece = take();
    uint32_t n = 0;
    for (unsigned char c : piece) n = n * 31 + c;
    return n;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Pieces in;
  in.parts.emplace_back();
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0) in.parts.emplace_back(); else in.parts.back() += static_cast<char>(data[i]);
  }
  findings::Report report;
  while (in.next < in.parts.size()) {
    findings::Finding finding;
    finding.rule = findings::rule_catalog()[in.number() % findings::rule_catalog().size()].rule;
    finding.flag = in.take();
    finding.path = in.take();
    finding.message = in.take();
    finding.snippet = in.take();
    finding.fingerprint = in.take();
    finding.span.begin = {in.number(), in.number()};
    finding.span.end = {in.number(), in.number()};
    std::string value = in.take();
    if (!value.empty()) finding.value = model::Value(value);
    report.findings.push_back(std::move(finding));
    support::Diag note{in.take(), in.number(), in.number(), in.take(), support::Severity::Note};
    report.notifications.push_back(std::move(note));
  }
  for (auto format : {report::Format::Text, report::Format::Json, report::Format::Sarif}) {
    std::ostringstream out;
    report::write_report(format, report, {.color = size % 2 == 0}, out);
  }
  return 0;
}
