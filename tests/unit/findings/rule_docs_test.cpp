// Every rule's SARIF helpUri points at docs/rules.md#<id>: the page must have that section.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "findings/finding.h"

TEST_CASE("rule docs: docs/rules.md has a section per rule of the catalog") {
  std::ifstream in(std::string(FLAGDEBT_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& rule : flagdebt::findings::rule_catalog()) {
    INFO(rule.id);
    // GitHub turns "## dead-branch" into the anchor #dead-branch.
    CHECK(text.str().find("\n## " + std::string(rule.id) + "\n") != std::string::npos);
  }
}
