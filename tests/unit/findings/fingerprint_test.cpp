// Fingerprints (findings/fingerprint.cpp, assign_fingerprints in findings/finders.h): what they
// survive (line shifts, re-indentation) and what changes them (the finding's own identity).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "findings/finders.h"

using flagdebt::findings::assign_fingerprints;
using flagdebt::findings::Finding;
using flagdebt::findings::Rule;

namespace {

Finding finding(uint32_t line, std::string snippet, Rule rule = Rule::StaleFlagReference,
                std::string flag = "new_checkout", std::string path = "src/app.py") {
  Finding f;
  f.rule = rule;
  f.flag = std::move(flag);
  f.path = std::move(path);
  f.span.begin = {line, 5};
  f.span.end = {line, 30};
  f.snippet = std::move(snippet);
  f.message = "reference to a decided flag";
  return f;
}

// The fingerprint of `f` as the only finding of its scan.
std::string fingerprint_of(Finding f) {
  std::vector<Finding> one{std::move(f)};
  assign_fingerprints(one);
  return one[0].fingerprint;
}

std::vector<std::string> fingerprints_of(std::vector<Finding> findings) {
  std::sort(findings.begin(), findings.end());
  assign_fingerprints(findings);
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.fingerprint);
  return out;
}

const std::string kLine = "if client.is_enabled(\"new_checkout\"):";

}  // namespace

TEST_CASE("fingerprint: every finding gets one, and it is not empty") {
  CHECK_FALSE(fingerprint_of(finding(3, kLine)).empty());
}

TEST_CASE("fingerprint: the same finding moved down by unrelated lines keeps its fingerprint") {
  std::string before = fingerprint_of(finding(10, kLine));
  CHECK(fingerprint_of(finding(11, kLine)) == before);
  CHECK(fingerprint_of(finding(250, kLine)) == before);
  // ...and among other findings: one added above does not renumber it.
  auto alone = fingerprints_of({finding(10, kLine)});
  auto with_other = fingerprints_of({finding(2, "other()", Rule::UndeclaredFlag, "mystery"), finding(12, kLine)});
  CHECK(with_other[1] == alone[0]);
}

TEST_CASE("fingerprint: re-indenting the line keeps the fingerprint") {
  std::string before = fingerprint_of(finding(10, kLine));
  CHECK(fingerprint_of(finding(10, "if  client.is_enabled(\"new_checkout\"):")) == before);
  CHECK(fingerprint_of(finding(10, "if\tclient.is_enabled(\"new_checkout\"):\r")) == before);
  CHECK(fingerprint_of(finding(10, "    " + kLine)) == before);
}

TEST_CASE("fingerprint: changes when the finding's own line text changes") {
  std::string before = fingerprint_of(finding(10, kLine));
  CHECK(fingerprint_of(finding(10, "if not client.is_enabled(\"new_checkout\"):")) != before);
  CHECK(fingerprint_of(finding(10, "ifclient.is_enabled(\"new_checkout\"):")) != before);  // a space is not nothing
}

TEST_CASE("fingerprint: changes with the rule, the flag and the path") {
  std::string before = fingerprint_of(finding(10, kLine));
  CHECK(fingerprint_of(finding(10, kLine, Rule::DeadBranch)) != before);
  CHECK(fingerprint_of(finding(10, kLine, Rule::StaleFlagReference, "new_checkout_v2")) != before);
  CHECK(fingerprint_of(finding(10, kLine, Rule::StaleFlagReference, "new_checkout", "src/other.py")) != before);
}

TEST_CASE("fingerprint: identical findings in one file are told apart by their order") {
  auto prints = fingerprints_of({finding(30, kLine), finding(4, kLine), finding(17, kLine)});
  REQUIRE(prints.size() == 3);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[1] != prints[2]);
  CHECK(prints[0] != prints[2]);
  // Deterministic: the same findings in another order number the same way.
  CHECK(fingerprints_of({finding(17, kLine), finding(30, kLine), finding(4, kLine)}) == prints);
  // The first of them keeps the fingerprint a lone finding would have.
  CHECK(prints[0] == fingerprint_of(finding(4, kLine)));
}

TEST_CASE("fingerprint: occurrences count per identity, not per file") {
  auto prints = fingerprints_of({finding(1, kLine), finding(2, "other()", Rule::UndeclaredFlag, "mystery"),
                                 finding(3, kLine, Rule::StaleFlagReference, "new_checkout", "src/b.py")});
  CHECK(prints[0] == fingerprint_of(finding(1, kLine)));
  CHECK(prints[1] == fingerprint_of(finding(2, "other()", Rule::UndeclaredFlag, "mystery")));
  CHECK(prints[2] == fingerprint_of(finding(3, kLine, Rule::StaleFlagReference, "new_checkout", "src/b.py")));
}
