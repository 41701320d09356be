#include "config/importers/yaml_document.h"

#include <algorithm>

namespace flagdebt::config::importers {

namespace {

constexpr int kMaxFlowDepth = 256;

uint32_t one_based(int zero_based) { return zero_based < 0 ? 0 : static_cast<uint32_t>(zero_based) + 1; }

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
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return std::unexpected(
        support::make_diag(path, one_based(e.mark.line), one_based(e.mark.column), "malformed YAML: " + e.msg));
  } catch (const std::exception& e) {
    return std::unexpected(support::make_diag(path, 0, 0, std::string("cannot read YAML: ") + e.what()));
  }
}

Location yaml_location(const YAML::Node& node, const std::string& path) {
  YAML::Mark mark = node.Mark();
  return Location{path, one_based(mark.line), one_based(mark.column)};
}

YAML::Node yaml_key_node(const YAML::Node& map, const std::string& key) {
  if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& entry : map) {
    if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.first;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

}  // namespace flagdebt::config::importers
