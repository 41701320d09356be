#include "config/importers/yaml_document.h"

#include <algorithm>

#include "config/yaml_util.h"

namespace flagdebt::config::importers {

namespace {

constexpr int kMaxFlowDepth = 256;

// yaml-cpp recurses once per flow level ("[[[[..."); deep text would overflow the stack. The count
// ignores quoting on purpose: it only has to be an upper bound.
bool flow_too_deep(const std::string& text) {
  int depth = 0;
  for (char c : text) {
    if (c == '[' || c == '{') {
      if (++depth > kMaxFlowDepth) return true;
    } else if (c == ']' || c == '}') {
      depth = std::max(0, depth - 1);
    }
  }
  return false;
}

}  // namespace

std::expected<YAML::Node, support::Diag> parse_yaml_document(const std::string& text, const std::string& path) {
  if (flow_too_deep(text)) {
    return std::unexpected(support::make_diag(path, 0, 0, "YAML nested too deeply (more than 256 levels)"));
  }
  return yaml::load(text, path);
}

Location yaml_location(const YAML::Node& node, const std::string& path) {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return Location{path, 0, 0};
  return Location{path, static_cast<uint32_t>(mark.line) + 1, static_cast<uint32_t>(mark.column) + 1};
}

}  // namespace flagdebt::config::importers
