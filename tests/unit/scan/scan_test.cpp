// The whole pipeline (scan/scan.h run_scan) on temporary trees with a manifest: ordering,
// notifications, the orphan rule's scope, statistics, determinism across thread counts, and the
// second pass that resolves key constants defined in another file.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "../temp_dir.h"
#include "scan/scan.h"

namespace {

using namespace flagdebt;
using testing::CurrentDir;
using testing::TempDir;

const char* const kManifest =
    "version: 1\n"
    "flags:\n"
    "  - key: new_checkout\n"
    "    status: decided\n"
    "    value: true\n"
    "  - key: new_ui\n"
    "    status: decided\n"
    "    value: true\n"
    "  - key: unused_flag\n"
    "    status: active\n";

std::string checkout_source(const std::string& name) {
  return "def " + name + "(client):\n"
         "    if client.is_enabled(\"new_checkout\"):\n"
         "        fast()\n"
         "    else:\n"
         "        slow()\n";
}

// A tree with the manifest at its root and the scan run from there.
struct Project : TempDir {
  Project() { write("flagdebt.yaml", kManifest); }

  scan::ScanResult scan(std::vector<std::string> paths, unsigned jobs = 2,
                        std::optional<int64_t> kept_text_bytes = std::nullopt) const {
    CurrentDir cwd(path);
    scan::ScanOptions options;
    options.paths = std::move(paths);
    options.jobs = jobs;
    if (kept_text_bytes) options.kept_text_bytes = *kept_text_bytes;
    auto result = scan::run_scan(options);
    REQUIRE_MESSAGE(result.has_value(), result.error().to_string());
    return std::move(*result);
  }
};

// Everything a report shows about a finding, one line each.
std::vector<std::string> serialised(const scan::ScanResult& result) {
  std::vector<std::string> lines;
  for (const auto& f : result.findings) {
    lines.push_back(std::string(findings::rule_info(f.rule).id) + " " + f.path + ":" +
                    std::to_string(f.span.begin.line) + ":" + std::to_string(f.span.begin.column) + "-" +
                    std::to_string(f.span.end.line) + ":" + std::to_string(f.span.end.column) + " " + f.flag +
                    " " + f.fingerprint + " " + f.message + " | " + f.snippet);
  }
  return lines;
}

size_t count(const scan::ScanResult& result, std::string_view rule, const std::string& flag,
             const std::string& path = "") {
  return std::count_if(result.findings.begin(), result.findings.end(), [&](const auto& f) {
    return findings::rule_info(f.rule).id == rule && f.flag == flag && (path.empty() || f.path == path);
  });
}

}  // namespace

TEST_CASE("scan: findings come out sorted by path and position, fingerprinted") {
  Project project;
  project.write("z.py", checkout_source("z"));
  project.write("a/b.py", checkout_source("b") + checkout_source("b2"));
  project.write("m.py", checkout_source("m"));
  auto result = project.scan({"."});
  REQUIRE(result.findings.size() >= 6);
  CHECK(std::is_sorted(result.findings.begin(), result.findings.end()));
  CHECK(result.findings.front().path == "a/b.py");
  for (const auto& f : result.findings) CHECK_FALSE(f.fingerprint.empty());
  CHECK(count(result, "dead-branch", "new_checkout", "a/b.py") == 2);
  CHECK(count(result, "dead-branch", "new_checkout", "z.py") == 1);
}

TEST_CASE("scan: a binary file named on the command line is a notification, a walked one is silent") {
  Project project;
  project.write("code.py", checkout_source("f"));
  project.write("blob.py", std::string("new_checkout\0\x01\x02", 15));
  auto named = project.scan({"blob.py", "code.py"});
  REQUIRE(named.notifications.size() == 1);
  CHECK(named.notifications[0].file == "blob.py");
  CHECK(named.notifications[0].message.find("binary") != std::string::npos);
  CHECK(named.notifications[0].severity == support::Severity::Note);
  CHECK_FALSE(named.input_errors);
  CHECK(count(named, "dead-branch", "new_checkout", "code.py") == 1);

  auto walked = project.scan({"."});
  CHECK(walked.notifications.empty());
}

TEST_CASE("scan: orphaned-flag only when a directory was walked") {
  Project project;
  project.write("code.py", checkout_source("f"));
  auto walked = project.scan({"."});
  CHECK(count(walked, "orphaned-flag", "unused_flag") == 1);
  CHECK(count(walked, "orphaned-flag", "new_checkout") == 0);  // referenced in code.py

  auto files_only = project.scan({"code.py"});
  CHECK(count(files_only, "orphaned-flag", "unused_flag") == 0);
  CHECK(count(files_only, "dead-branch", "new_checkout") == 1);
}

TEST_CASE("scan: stats count discovered files and the ones parsed") {
  Project project;
  project.write("uses_flag.py", checkout_source("f"));
  project.write("also_flag.ts", "if (unleash.isEnabled(\"new_checkout\")) { go(); }\n");
  project.write("no_flag.py", "print('hello')\n");
  project.write("logo.png", "new_checkout");
  auto result = project.scan({"."});
  CHECK(result.stats.files_discovered == 3);  // flagdebt.yaml is the manifest, logo.png not source
  CHECK(result.stats.files_parsed == 2);      // no_flag.py never passes the prefilter
  CHECK(result.stats.bytes_read > 0);
}

TEST_CASE("scan: one thread and four threads give the same findings") {
  Project project;
  for (int i = 0; i < 24; ++i) {
    std::string name = "f";
    name += std::to_string(i);  // ("f" + std::to_string(i) trips GCC 12's -Wrestrict)
    project.write("pkg" + std::to_string(i % 3) + "/" + name + ".py",
                  i % 2 ? checkout_source(name) : checkout_source(name) + checkout_source(name + "_again"));
  }
  project.write("consts.py", "NEW_UI = \"new_ui\"\n");
  project.write("ui.py", "from consts import NEW_UI\nif client.is_enabled(NEW_UI):\n    new()\n");
  auto one = project.scan({"."}, 1);
  auto four = project.scan({"."}, 4);
  REQUIRE_FALSE(one.findings.empty());
  CHECK(serialised(one) == serialised(four));
  CHECK(one.stats.files_parsed == four.stats.files_parsed);
}

TEST_CASE("scan: a key constant defined in one file resolves to its flag in another") {
  Project project;
  project.write("consts.py", "NEW_UI = \"new_ui\"\n");
  project.write("ui.py",
                "from consts import NEW_UI\n"
                "def f(client):\n"
                "    if client.is_enabled(NEW_UI):\n"
                "        new()\n"
                "    else:\n"
                "        old()\n");
  auto both = project.scan({"."});
  CHECK(count(both, "dead-branch", "new_ui", "ui.py") == 1);
  // The second pass reads the first pass's texts, or the files again past the bound: the same.
  for (int64_t kept : {0, 20}) CHECK(serialised(project.scan({"."}, 2, kept)) == serialised(both));
  // Without the defining file the constant means nothing.
  auto alone = project.scan({"ui.py"});
  CHECK(count(alone, "dead-branch", "new_ui") == 0);
}

TEST_CASE("scan: lines added above a finding leave its fingerprint as it was") {
  Project project;
  project.write("code.py", checkout_source("f"));
  auto before = project.scan({"code.py"});
  project.write("code.py", "import os\n\n\n" + checkout_source("f"));
  auto after = project.scan({"code.py"});
  REQUIRE(before.findings.size() == after.findings.size());
  REQUIRE_FALSE(before.findings.empty());
  for (size_t i = 0; i < before.findings.size(); ++i) {
    CHECK(after.findings[i].span.begin.line == before.findings[i].span.begin.line + 3);
    CHECK(after.findings[i].fingerprint == before.findings[i].fingerprint);
  }
}

TEST_CASE("scan: a missing path is a usage error, not a result") {
  Project project;
  CurrentDir cwd(project.path);
  scan::ScanOptions options;
  options.paths = {"missing.py"};
  auto result = scan::run_scan(options);
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().file == "missing.py");
}
