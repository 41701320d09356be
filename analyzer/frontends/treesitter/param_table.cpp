#include "frontends/treesitter/param_table.h"

#include <set>

namespace flagdebt::frontends::ts {
namespace {

// The last segment of a member path (`s.validate` -> validate), or the whole text.
std::string_view last_segment(std::string_view text) {
  auto dot = text.find_last_of(".:>");
  return dot == std::string_view::npos ? text : text.substr(dot + 1);
}
}  // namespace

ParamTable::ParamTable(const CaptureIndex& index, std::string_view text) : index_(index), text_(text) {
  std::set<uintptr_t> definition_names;
  // A pattern may match once per parameter: gather them per function, in source order.
  struct Definition {
    std::string name;
    std::map<uint32_t, TSNode> params;  // by start byte
    std::map<uint32_t, std::string> labels;  // by the parameter's start byte
    std::optional<TSNode> list;
  };
  std::map<uintptr_t, Definition> functions;
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Function || !m.part(Part::Name)) continue;
    std::string name(node_text(*m.part(Part::Name), text));
    definition_names.insert(id_of(*m.part(Part::Name)));
    auto [it, added] = functions.try_emplace(id_of(m.node), Definition{name, {}, {}, std::nullopt});
    if (added) ++definitions_[name];
    for (TSNode param : m.all(Part::Param)) it->second.params.emplace(ts_node_start_byte(param), param);
    // A label belongs to the match's one parameter (a pattern matches once per labelled parameter).
    if (const TSNode* label = m.part(Part::Label); label && m.all(Part::Param).size() == 1) {
      it->second.labels[ts_node_start_byte(m.all(Part::Param).front())] = std::string(node_text(*label, text));
    }
    if (const TSNode* list = m.part(Part::Args)) it->second.list = *list;
  }
  for (const auto& [id, definition] : functions) {
    // With the parameter list named, every entry of it must be a captured parameter (a
    // destructured or splat parameter the query skips would shift the positions).
    if (definition.list) {
      size_t entries = 0;
      for (uint32_t i = 0; i < ts_node_named_child_count(*definition.list); ++i) {
        entries += !ts_node_is_extra(ts_node_named_child(*definition.list, i));
      }
      if (entries != definition.params.size()) continue;
    }
    size_t position = 0;
    for (const auto& [start, param] : definition.params) {
      auto label = definition.labels.find(start);
      if (label == definition.labels.end()) {
        params_[id_of(param)] = Param{definition.name, position++, std::nullopt};
      } else {
        params_[id_of(param)] = Param{definition.name, 0, label->second};
        labelled_[definition.name] = true;
      }
    }
  }
  if (params_.empty()) return;
  // Callee ranges: a name inside one is a call, not an escape.
  std::vector<std::pair<uint32_t, uint32_t>> callees;
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Call || !m.part(Part::Name) || !m.part(Part::Args)) continue;
    std::string name(node_text(*m.part(Part::Name), text));
    if (!definitions_.contains(name)) continue;
    calls_[name].push_back(&m);
    callees.emplace_back(ts_node_start_byte(m.node), ts_node_start_byte(*m.part(Part::Args)));
  }
  for (const RoleMatch& m : index.matches()) {
    if (m.role != Role::Ident && m.role != Role::Member) continue;
    std::string name(last_segment(node_text(m.node, text)));
    if (!definitions_.contains(name) || definition_names.contains(id_of(m.node))) continue;
    bool in_callee = false;
    for (auto [begin, end] : callees) in_callee |= ts_node_start_byte(m.node) >= begin && ts_node_end_byte(m.node) <= end;
    if (!in_callee) escapes_[name] = true;
  }
}

const ParamTable::Param* ParamTable::param_of(TSNode name) const {
  auto it = params_.find(id_of(name));
  return it == params_.end() ? nullptr : &it->second;
}

std::optional<TSNode> ParamTable::positional(const RoleMatch& call, size_t position, bool labels) const {
  TSNode args = *call.part(Part::Args);
  size_t seen = 0;
  std::optional<TSNode> found;
  for (uint32_t i = 0; i < ts_node_named_child_count(args); ++i) {
    TSNode arg = ts_node_named_child(args, i);
    if (ts_node_is_extra(arg)) continue;
    if (const RoleMatch* named = index_.find(arg, Role::NamedArg)) {
      if (!named->part(Part::Value)) return std::nullopt;
      if (named->part(Part::Name)) {
        if (labels) continue;    // fills a labelled parameter
        return std::nullopt;     // a keyword argument: positions no longer line up
      }
      arg = *named->part(Part::Value);
    }
    if (seen++ == position) found = arg;
  }
  return found;
}

// The one argument written with `label`; none or several (a variadic label): nullopt.
std::optional<TSNode> ParamTable::labelled(const RoleMatch& call, const std::string& label) const {
  TSNode args = *call.part(Part::Args);
  std::optional<TSNode> found;
  for (uint32_t i = 0; i < ts_node_named_child_count(args); ++i) {
    const RoleMatch* named = index_.find(ts_node_named_child(args, i), Role::NamedArg);
    if (!named || !named->part(Part::Name) || node_text(*named->part(Part::Name), text_) != label) continue;
    if (found || !named->part(Part::Value)) return std::nullopt;
    found = *named->part(Part::Value);
  }
  return found;
}

std::optional<std::vector<TSNode>> ParamTable::arguments(const Param& param) const {
  const std::string& function = param.function;
  auto defs = definitions_.find(function);
  auto calls = calls_.find(function);
  if (defs == definitions_.end() || defs->second != 1 || calls == calls_.end() || escapes_.contains(function)) {
    return std::nullopt;
  }
  std::vector<TSNode> args;
  for (const RoleMatch* call : calls->second) {
    auto arg = param.label ? labelled(*call, *param.label) : positional(*call, param.position, labelled_.contains(function));
    if (!arg) return std::nullopt;
    args.push_back(*arg);
  }
  return args;
}

}  // namespace flagdebt::frontends::ts
