// Parameters that only carried a settled flag check (model::UnusedParameter): a file-private
// function (@function.param; its list is .args, else the parameter's parent) that every call in the file passes the same
// check in one position reads that check there (ParamTable); once the branches it decided have
// gone, `flagdebt fix` deletes the parameter and the argument of every call. Precision first: each
// argument must be one check and nothing else that could have an effect, the parameter's name must
// be spelled nowhere else in the function (strings and comments included), and each list must be
// plain (no comment beside the entry, no trailing comma after the last one).
#include <algorithm>
#include <set>

#include "frontends/treesitter/model_builder.h"
#include "frontends/treesitter/words.h"

namespace flagdebt::frontends::ts {
namespace {

bool separator(std::string_view gap) {
  size_t commas = 0;
  for (char ch : gap) {
    if (ch == ',') ++commas;
    else if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') return false;
  }
  return commas == 1;
}
}  // namespace

// The entry of the comma-separated `list` that holds `inner`, with the comma and blanks that part it
// from the next entry (the last: from the one before), as exact bytes.
std::optional<model::Span> ModelBuilder::list_entry(TSNode list, TSNode inner) const {
  std::vector<TSNode> entries;
  size_t at = SIZE_MAX;
  for (uint32_t i = 0, n = ts_node_child_count(list); i < n; ++i) {
    TSNode child = ts_node_child(list, i);
    if (ts_node_is_extra(child)) return std::nullopt;
    if (!ts_node_is_named(child)) continue;
    if (node_inside(inner, child)) at = entries.size();
    entries.push_back(child);
  }
  if (at == SIZE_MAX) return std::nullopt;
  uint32_t begin = ts_node_start_byte(entries[at]), end = ts_node_end_byte(entries[at]);
  // Nothing but blanks may follow the last entry (a trailing comma would be left alone).
  if (at + 1 == entries.size()) {
    std::string_view rest = node_text(list, text_).substr(end - ts_node_start_byte(list));
    if (rest.find(',') != std::string_view::npos) return std::nullopt;
  }
  if (at + 1 < entries.size()) {
    end = ts_node_start_byte(entries[at + 1]);
    if (!separator(text_.substr(ts_node_end_byte(entries[at]), end - ts_node_end_byte(entries[at])))) return std::nullopt;
  } else if (at > 0) {
    begin = ts_node_end_byte(entries[at - 1]);
    if (!separator(text_.substr(begin, ts_node_start_byte(entries[at]) - begin))) return std::nullopt;
  }
  return model::Span{begin, end, lines_.point_at(begin), lines_.point_at(end)};
}

void ModelBuilder::extract_unused_parameters() {
  std::set<uintptr_t> argument_lists;
  for (const RoleMatch& m : index_.matches()) {
    if (m.role == Role::Call && m.part(Part::Args)) argument_lists.insert(id_of(*m.part(Part::Args)));
  }
  std::set<uintptr_t> seen;
  for (const RoleMatch& m : index_.matches()) {
    if (m.role != Role::Function) continue;
    for (TSNode param : m.all(Part::Param)) {
      const ParamTable::Param* p = seen.insert(id_of(param)).second ? params().param_of(param) : nullptr;
      auto args = p && !p->label ? params().arguments(*p) : std::nullopt;
      if (!args || args->empty()) continue;
      std::string key;
      bool same = true;
      for (TSNode arg : *args) {
        auto check = alias_check(arg);
        same &= check && (key.empty() || key == model_.checks[*check].key);
        if (!same) break;
        key = model_.checks[*check].key;
      }
      // Without `.args`, the list that holds the parameter (Python's `parameters`), or the entry
      // around it (`on: bool`, Go's `on bool`, Rust's `on: bool`) when that declares no other name
      // (Go's `a, on bool` is one entry).
      std::optional<model::Span> entry;
      if (m.part(Part::Args)) {
        entry = same ? list_entry(*m.part(Part::Args), param) : std::nullopt;
      } else if (TSNode up = tree().parent(param); same && !ts_node_is_null(up)) {
        entry = list_entry(up, param);
        TSNode list = tree().parent(up);
        if (!entry && !ts_node_is_null(list)) entry = list_entry(list, param);
        if (entry && declares_another(*entry, node_text(param, text_))) entry.reset();
      }
      if (!entry) continue;
      std::string_view word = bare_name(node_text(param, text_));
      std::string_view entry_text = text_.substr(entry->begin_byte, entry->end_byte - entry->begin_byte);
      if (word.empty() || count_names(node_text(m.node, text_), word) != count_names(entry_text, word)) continue;
      model::UnusedParameter unused{key, {*entry}};
      for (TSNode arg : *args) {
        // Up to the call's argument list (through a labelled or wrapped argument).
        TSNode list = arg;
        while (!ts_node_is_null(list) && !argument_lists.contains(id_of(list))) list = tree().parent(list);
        auto element = ts_node_is_null(list) ? std::nullopt : list_entry(list, arg);
        if (!element) {
          unused.elements.clear();
          break;
        }
        unused.elements.push_back(*element);
      }
      if (unused.elements.size() != args->size() + 1) continue;
      std::sort(unused.elements.begin(), unused.elements.end(),
                [](const model::Span& a, const model::Span& b) { return a.begin_byte < b.begin_byte; });
      bool apart = true;
      for (size_t i = 1; i < unused.elements.size(); ++i) apart &= unused.elements[i - 1].end_byte <= unused.elements[i].begin_byte;
      if (apart) model_.unused_parameters.push_back(std::move(unused));
    }
  }
}

}  // namespace flagdebt::frontends::ts
