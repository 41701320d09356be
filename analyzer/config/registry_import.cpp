#include "config/registry_import.h"

#include <glob.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "config/yaml_util.h"
#include "support/line_index.h"

namespace flagdebt::config {
namespace {

// POSIX glob(3), relative to the current directory.
std::vector<std::string> files_matching(const std::string& pattern) {
  glob_t found{};
  std::vector<std::string> files;
  if (::glob(pattern.c_str(), 0, nullptr, &found) == 0) files.assign(found.gl_pathv, found.gl_pathv + found.gl_pathc);
  ::globfree(&found);
  return files;
}

Flag flag_from(const RegistryRule& rule, const std::smatch& match, const std::string& path,
               const support::LineIndex& lines) {
  Flag flag;
  flag.key = match[rule.key_group].str();
  auto point = lines.point_at(static_cast<uint32_t>(match.position(0)));
  flag.where = {path, point.line, point.column};
  flag.extra["registry"] = rule.source;
  std::string stage = rule.stage_group > 0 ? match[rule.stage_group].str() : "";
  if (!stage.empty()) flag.extra["stage"] = stage;
  if (rule.default_group > 0 && match[rule.default_group].matched) {
    flag.value = yaml::value(path, YAML::Node(match[rule.default_group].str())).value_or(model::Value{false});
  }
  bool decided = std::find(rule.decided_stages.begin(), rule.decided_stages.end(), stage) != rule.decided_stages.end();
  flag.status = decided && flag.value ? FlagStatus::Decided : FlagStatus::Active;
  return flag;
}

}  // namespace

std::expected<Manifest, support::Diag> import_registries(const std::vector<RegistryRule>& rules) {
  Manifest out;
  for (const auto& rule : rules) {
    for (const auto& path : files_matching(rule.file_glob)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return std::unexpected(support::make_diag(path, 0, 0, "cannot read flag registry (" + rule.source + ")"));
      std::ostringstream buffer;
      buffer << in.rdbuf();
      const std::string text = buffer.str();
      support::LineIndex lines(text);
      for (std::sregex_iterator it(text.begin(), text.end(), rule.pattern), end; it != end; ++it) {
        if (static_cast<size_t>(rule.key_group) >= it->size()) {
          return std::unexpected(support::make_diag(rule.source, 0, 0, "registry pattern has no group " +
                                                                           std::to_string(rule.key_group)));
        }
        Flag flag = flag_from(rule, *it, path, lines);
        if (!flag.key.empty() && !out.find(flag.key)) out.flags.push_back(std::move(flag));
      }
      out.sources.push_back(path);
    }
  }
  return out;
}

}  // namespace flagdebt::config
