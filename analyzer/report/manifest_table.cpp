#include <fmt/format.h>

#include "report/reporter.h"
#include "support/text.h"

namespace flagdebt::report {

std::string describe_flags(const manifest::Manifest& manifest) {
  std::string out = fmt::format("{:<32} {:<9} {:<14} {:<28} {:<10} {}\n", "KEY", "STATUS", "VALUE", "OWNER",
                                "DEADLINE", "SOURCE");
  for (const auto& flag : manifest.flags) {
    auto deadline = manifest::effective_deadline(flag, manifest.cleanup_after_days);
    out += fmt::format("{:<32} {:<9} {:<14} {:<28} {:<10} {}:{}\n", support::printable(flag.key), manifest::to_string(flag.status),
                       flag.value ? model::to_display(*flag.value) : "-", flag.owner.empty() ? "-" : flag.owner,
                       deadline ? manifest::to_string(*deadline) : "-", support::printable(flag.where.file), flag.where.line);
  }
  return out;
}

}  // namespace flagdebt::report
