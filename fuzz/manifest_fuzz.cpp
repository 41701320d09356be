// The manifest loader and every importer on arbitrary text: a value or a Diag, never a crash.
// The first byte picks the reader, the rest is the file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "manifest/importers/importers.h"
#include "manifest/manifest.h"

using namespace flagdebt::manifest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const Date today{std::chrono::year{2026}, std::chrono::month{6}, std::chrono::day{1}};
  switch (data[0] % 6) {
    case 0: (void)parse_manifest(text, "fuzz.yaml"); break;
    case 1: (void)import_flagd(text, "fuzz.json"); break;
    case 2: (void)import_unleash(text, "fuzz.json", today); break;
    case 3: (void)import_launchdarkly(text, "fuzz.json", "production"); break;
    case 4: (void)import_gitlab(text, "fuzz.yml"); break;
    default: (void)detect_manifest_format(text); break;
  }
  return 0;
}
