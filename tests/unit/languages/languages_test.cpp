#include <doctest/doctest.h>

#include "discover/discover.h"
#include "languages/languages.h"

using namespace flagdebt;

TEST_CASE("languages: detection by file name, extension and #! line") {
  CHECK(languages::detect("a/b/c.py", "")->id == "python");
  CHECK(languages::detect("x.tsx", "")->id == "tsx");
  CHECK(languages::detect("Main.JAVA", "")->id == "java");
  CHECK(languages::detect("deploy/Dockerfile", "")->id == "dockerfile");
  CHECK(languages::detect("bin/tool", "#!/usr/bin/env python3.11\nprint(1)\n")->id == "python");
  CHECK(languages::detect("bin/tool", "#!/usr/bin/env -S node --no-warnings\n")->id == "javascript");
  CHECK(languages::detect("bin/tool", "#!/usr/bin/node\n")->id == "javascript");
  CHECK(languages::detect("README", "hello") == nullptr);
}

TEST_CASE("languages: deployment files by name prefix, after extensions") {
  CHECK(languages::detect(".env", "")->id == "dotenv");
  CHECK(languages::detect("app/.env.production", "")->id == "dotenv");
  CHECK(languages::detect(".env.staging.local", "")->id == "dotenv");
  CHECK(languages::detect("prod.env", "")->id == "dotenv");
  CHECK(languages::detect("Dockerfile.prod", "")->id == "dockerfile");
  CHECK(languages::detect("worker.Dockerfile", "")->id == "dockerfile");
  CHECK(languages::detect("Containerfile.gpu", "")->id == "dockerfile");
  CHECK(languages::detect("docker-compose.override.yml", "")->id == "yaml");
  CHECK(languages::detect("infra/prod.tfvars", "")->id == "hcl");
  CHECK(languages::detect(".env.json", "")->id == "json");  // a known extension says what it is
  CHECK(languages::detect("Dockerfile.", "") == nullptr);      // a prefix alone is no name
  CHECK(languages::detect(".envrc", "") == nullptr);
  CHECK(discover::worth_reading("deploy/.env.production"));
  CHECK(discover::worth_reading("deploy/Dockerfile.prod"));
  CHECK(languages::detect("bin/tool", "#!/bin/sh\n") == nullptr);
}

TEST_CASE("languages: every extension the table knows is found by a directory walk") {
  // The walk once kept its own extension list and drifted (.phtml, .rake, .c++ never walked).
  for (const auto& language : languages::all()) {
    for (auto extension : language.extensions) {
      INFO(language.id << " " << extension);
      CHECK(discover::worth_reading("dir/file" + std::string(extension)));
    }
    for (auto name : language.file_names) CHECK(discover::worth_reading("dir/" + std::string(name)));
  }
  CHECK(discover::worth_reading("bin/script"));
  CHECK_FALSE(discover::worth_reading("image.png"));
  CHECK_FALSE(discover::worth_reading(".hidden"));
}

TEST_CASE("languages: rule packs may name families") {
  const auto* kotlin = languages::by_id("kotlin");
  REQUIRE(kotlin);
  CHECK(kotlin->is_named_by("jvm"));
  CHECK(kotlin->is_named_by("all"));
  CHECK(kotlin->is_named_by("kotlin"));
  CHECK_FALSE(kotlin->is_named_by("ecma"));
  CHECK(languages::is_known_name("ecma"));
  CHECK_FALSE(languages::is_known_name("cobol"));
}
