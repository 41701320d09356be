// The rule-file loader (.flagdebt/rules/*.yaml is written by whoever opens a pull request) and
// name-template expansion on arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "sdk_rules/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)flagdebt::sdk_rules::parse_rules(text, "fuzz.yaml");
  const size_t half = size / 2;
  (void)flagdebt::sdk_rules::expand_template(std::string_view(text).substr(0, half), std::string_view(text).substr(half));
  return 0;
}
