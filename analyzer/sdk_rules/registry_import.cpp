#include "sdk_rules/rules.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "yaml/yaml_util.h"
#include "discover/files_matching.h"
#include "support/line_index.h"

namespace flagdebt::sdk_rules {
using manifest::Flag;
using manifest::FlagStatus;
using manifest::Manifest;
namespace {

// A group's text; "" when the rule names no such group (0) or it took no part in the match.
std::string group(const support::Regex::Match& match, int index) {
  if (index <= 0 || static_cast<size_t>(index) >= match.groups.size() || !match.groups[index]) return "";
  return std::string(*match.groups[index]);
}

Flag flag_from(const RegistryRule& rule, const support::Regex::Match& match, const std::string& path,
               const support::LineIndex& lines) {
  Flag flag;
  flag.key = group(match, rule.key_group);
  auto point = lines.point_at(static_cast<uint32_t>(match.offset));
  flag.where = {path, point.line, point.column};
  flag.extra["registry"] = rule.source;
  std::string stage = group(match, rule.stage_group);
  if (!stage.empty()) flag.extra["stage"] = stage;
  if (rule.default_group > 0 && match.groups[rule.default_group]) {
    flag.value = yaml::plain_value(group(match, rule.default_group));
  }
  bool decided = std::find(rule.decided_stages.begin(), rule.decided_stages.end(), stage) != rule.decided_stages.end();
  flag.status = decided && flag.value ? FlagStatus::Decided : FlagStatus::Active;
  return flag;
}

}  // namespace

std::expected<Manifest, support::Diag> import_registries(const std::vector<RegistryRule>& rules,
                                                         const std::filesystem::path& root) {
  Manifest out;
  for (const auto& rule : rules) {
    // Discovery expands the pattern: only files inside the root that a scan would read.
    auto paths = discover::files_matching(root, rule.file_glob);
    if (!paths) return std::unexpected(support::make_diag(rule.source, 0, 0, "registry 'file' " + paths.error()));
    for (const auto& path : *paths) {
      std::ifstream in(root / path, std::ios::binary);
      if (!in) return std::unexpected(support::make_diag(path, 0, 0, "cannot read flag registry (" + rule.source + ")"));
      std::ostringstream buffer;
      buffer << in.rdbuf();
      const std::string text = buffer.str();
      support::LineIndex lines(text);
      // Group counts were checked when the rule file loaded.
      size_t from = 0;
      while (auto match = rule.pattern->find(text, from)) {
        const size_t length = match->groups[0]->size();
        from = match->offset + std::max<size_t>(length, 1);  // an empty match must not stall
        Flag flag = flag_from(rule, *match, path, lines);
        if (!flag.key.empty() && !out.find(flag.key)) out.flags.push_back(std::move(flag));
      }
      out.sources.push_back(path);
    }
  }
  return out;
}

}  // namespace flagdebt::sdk_rules
