#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/formats.h"
#include "report/sarif_limits.h"

using namespace flagdebt;

namespace {

// `n` findings cycling note, warning, error, each on its own line of one file.
findings::Report many(size_t n) {
  findings::Report r;
  for (size_t i = 0; i < n; ++i) {
    findings::Finding f;
    f.rule = findings::Rule::UndeclaredFlag;
    f.level = static_cast<findings::Level>(i % 3);
    f.flag = "key_" + std::to_string(i);
    f.path = "src/a.ts";
    f.span = {0, 1, {static_cast<uint32_t>(i + 1), 1}, {static_cast<uint32_t>(i + 1), 20}};
    f.message = "Flag 'key_" + std::to_string(i) + "' is checked but no manifest declares it";
    f.fingerprint = "00000000000000ab:" + std::to_string(i);
    r.findings.push_back(f);
  }
  return r;
}

nlohmann::json sarif(const findings::Report& r, report::SarifLimits limits) {
  std::ostringstream out;
  report::write_sarif(r, out, limits);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("sarif limits: GitHub's figures") {
  CHECK(report::kGitHubMaxResults == 25'000);
  CHECK(report::kGitHubMaxGzippedBytes == 10'000'000);
}

TEST_CASE("sarif limits: within them, every result and no notification") {
  auto doc = sarif(many(9), {});
  CHECK(doc["runs"][0]["results"].size() == 9);
  CHECK(doc["runs"][0]["invocations"][0]["toolExecutionNotifications"].empty());
}

TEST_CASE("sarif limits: beyond the result count, the most severe in stable order and a notification") {
  auto doc = sarif(many(9), {.max_results = 4});
  const auto& results = doc["runs"][0]["results"];
  REQUIRE(results.size() == 4);
  // Errors are findings 2, 5, 8; the first warnings are 1, 4: kept in the report's order.
  std::vector<std::string> flags;
  for (const auto& r : results) flags.push_back(r["properties"]["flag"]);
  CHECK(flags == std::vector<std::string>{"key_1", "key_2", "key_5", "key_8"});
  const auto& notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["level"] == "warning");
  std::string text = notes[0]["message"]["text"];
  CHECK(text.find("5 of 9 results left out") != std::string::npos);
  CHECK(text.find("at most 4 results per run") != std::string::npos);
}

TEST_CASE("sarif limits: beyond the gzipped size, fewer results until the log fits") {
  auto r = many(3000);
  std::ostringstream full;
  report::write_sarif(r, full, {});
  size_t full_gz = report::gzipped_size(full.str());
  report::SarifLimits limits{.max_gzipped_bytes = full_gz / 2};
  std::ostringstream cut;
  report::write_sarif(r, cut, limits);
  CHECK(report::gzipped_size(cut.str()) <= limits.max_gzipped_bytes);
  auto doc = nlohmann::json::parse(cut.str());
  const auto& results = doc["runs"][0]["results"];
  CHECK(results.size() < 3000);
  CHECK(results.size() > 1000);  // the proportional cut leaves no more than its margin unused
  for (const auto& result : results) CHECK(result["level"] != "note");
  std::string text = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"];
  CHECK(text.find("bytes of gzipped SARIF") != std::string::npos);
}

TEST_CASE("sarif limits: gzipped_size measures real compression") {
  std::string repetitive(100'000, 'a');
  CHECK(report::gzipped_size(repetitive) < 1'000);
  CHECK(report::gzipped_size("") > 0);  // the gzip header and trailer
}
