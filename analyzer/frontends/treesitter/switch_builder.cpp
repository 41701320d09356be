// switch / match / case over a value: an if-chain whose arms compare the subject with their values
// (docs/queries.md, @switch and @match). Kept apart from model_builder.cpp: one construct, one file.
#include <algorithm>

#include "frontends/treesitter/model_builder.h"

namespace flagdebt::frontends::ts {

// An arm's condition, from every @arm match on it (one per case label): a `.cond` is the whole
// condition (a guard, or a shape the query cannot compare: give it an unknown node); `subject == value` for each `.value`, joined by `or` (the bare value when the
// switch has no subject, Go's `switch {`). A match with neither makes the arm the default (-1),
// even when it has values too (`case "a": default:`). A node the query did not describe as an @arm
// compares as unknown: it is never taken for the default.
int ModelBuilder::switch_arm_condition(TSNode arm, int subject) {
  std::vector<const RoleMatch*> matches;
  for (const RoleMatch* m : index_.find_all(arm, Role::Arm)) {
    // A match giving only the case's body (`.then`, read by switch_arm_inner) says nothing of its condition.
    if (!(m->part(Part::Then) && !m->part(Part::Cond) && m->all(Part::Value).empty())) matches.push_back(m);
  }
  if (matches.empty()) return push({});
  int joined = -1;
  auto join = [&](int cond) { joined = joined < 0 ? cond : push({model::CondOp::Or, std::nullopt, -1, joined, cond}); };
  for (const RoleMatch* m : matches) {
    if (const TSNode* cond = m->part(Part::Cond)) return condition(*cond);
  }
  for (const RoleMatch* m : matches) {
    if (m->all(Part::Value).empty()) return -1;
    for (TSNode value : m->all(Part::Value)) {
      int compared = condition(value);
      join(subject >= 0 ? push({model::CondOp::Eq, std::nullopt, -1, subject, compared}) : compared);
    }
  }
  return joined;
}

// The arms are the body's statements from its first @arm on (comments skipped): read from the
// tree rather than from a quantified capture, which stops at a comment and would hide the arm a
// case falls into. A statement after that which is not an @arm is an arm that compares as unknown.
std::vector<TSNode> ModelBuilder::switch_arms(TSNode body) const {
  std::vector<TSNode> arms;
  for (uint32_t i = 0, n = ts_node_named_child_count(body); i < n; ++i) {
    TSNode child = ts_node_named_child(body, i);
    if (ts_node_is_extra(child) || (arms.empty() && !index_.has(child, Role::Arm))) continue;
    arms.push_back(child);
  }
  return arms;
}

// An arm with no statement of its own: each named child is one of its labels (a `.value` or
// `.cond` of an @arm match on it). In a @switch it falls into the next arm and shares its body
// (`case "a": case "b": body`, C# empty sections); a @match arm never does (Go, Ruby, Swift run
// nothing for an empty case), so this is asked only for @switch.
// When the query names the cases' statements (`.then`, `named_bodies`), an arm without any is one
// too, whatever wraps its labels (Java's `case "a":` group holds a switch_label node).
bool ModelBuilder::label_only(TSNode arm, bool named_bodies) const {
  std::vector<const RoleMatch*> matches = index_.find_all(arm, Role::Arm);
  if (matches.empty()) return false;
  if (named_bodies && std::none_of(matches.begin(), matches.end(), [](const RoleMatch* m) { return m->part(Part::Then); })) {
    return true;
  }
  for (uint32_t i = 0, n = ts_node_named_child_count(arm); i < n; ++i) {
    TSNode child = ts_node_named_child(arm, i);
    if (ts_node_is_extra(child)) continue;
    bool label = false;
    for (const RoleMatch* m : matches) {
      for (Part p : {Part::Value, Part::Cond}) {
        for (TSNode part : m->all(p)) label |= ts_node_eq(part, child);
      }
    }
    if (!label) return false;
  }
  return true;
}

// Precision first: the switch is left out when an arm can be entered other than by its own values,
// i.e. when control can fall into it from the arm before (`falls_through`: a C-family case that
// does not end in break/return/throw/continue; any arm: an explicit `@fallthrough` inside), or when
// the default is not the last arm (then later arms are still compared after it). No `after`
// region: a `break` leaves only the switch, so an exiting arm proves nothing about what follows.
void ModelBuilder::add_switch(const RoleMatch& m, bool falls_through) {
  const TSNode* body = m.part(Part::Then);
  if (!body) return;
  std::vector<TSNode> arms = switch_arms(*body);
  if (arms.empty()) return;
  for (const RoleMatch& other : index_.matches()) {
    if (other.role == Role::Fallthrough && node_inside(other.node, m.node)) return;
  }
  const TSNode* subject = m.part(Part::Cond);
  int subject_cond = subject ? condition(*subject) : -1;
  bool named_bodies = std::any_of(arms.begin(), arms.end(), [&](TSNode arm) {
    auto matches = index_.find_all(arm, Role::Arm);
    return std::any_of(matches.begin(), matches.end(), [](const RoleMatch* m) { return m->part(Part::Then); });
  });
  model::Construct construct{model::ConstructKind::IfChain, {}, {}, std::nullopt};
  // Label-only arms of a @switch met so far: their conditions join the next arm's, and its region
  // starts at the first of them (`default` among them makes the joined arm the default).
  int pending = -1;
  bool pending_default = false;
  std::optional<TSNode> first_label;
  for (size_t i = 0; i < arms.size(); ++i) {
    bool last = i + 1 == arms.size();
    int cond = switch_arm_condition(arms[i], subject_cond);
    if (falls_through && !last && label_only(arms[i], named_bodies)) {
      pending_default |= cond < 0;
      if (cond >= 0) pending = pending < 0 ? cond : push({model::CondOp::Or, std::nullopt, -1, pending, cond});
      if (!first_label) first_label = arms[i];
      continue;
    }
    if (falls_through && !last && !(index_.has(arms[i], Role::Arm) && always_exits(arms[i]))) return;
    if (pending_default) cond = -1;
    else if (pending >= 0 && cond >= 0) cond = push({model::CondOp::Or, std::nullopt, -1, pending, cond});
    if (cond < 0 && !last) return;
    model::Span region = first_label ? lines_.span(ts_node_start_byte(*first_label), ts_node_end_byte(arms[i])) : span(arms[i]);
    construct.arms.push_back({cond, region, region, false, switch_arm_inner(arms[i], m.node), true});
    pending = -1;
    pending_default = false;
    first_label.reset();
  }
  add_construct(std::move(construct), m.node);
}

}  // namespace flagdebt::frontends::ts
