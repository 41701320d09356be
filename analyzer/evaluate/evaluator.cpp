#include "evaluate/evaluator.h"

#include <algorithm>

namespace flagdebt::evaluate {
namespace {

using model::CondOp;
using model::Value;
using Tri = std::optional<Value>;

Tri from_bool(std::optional<bool> b) { return b ? Tri{Value{*b}} : std::nullopt; }
std::optional<bool> truth_of(const Tri& v) { return v ? model::truth(*v) : std::nullopt; }

Tri check_value(const model::FlagCheck& check, const SettledFlags& flags) {
  auto it = flags.find(check.key);
  if (it == flags.end()) return std::nullopt;
  Tri value = it->second.value ? it->second.value : check.default_value;
  if (!value) return std::nullopt;
  if (check.returns == model::Returns::NegatedBoolean) return from_bool(truth_of(value).transform(std::logical_not<>{}));
  return value;
}

// Short-circuit: `stop` (false for and, true for or) on either side decides; both known decide too.
Tri junction(std::optional<bool> lhs, std::optional<bool> rhs, bool stop) {
  if (lhs == stop || rhs == stop) return Value{stop};
  if (lhs && rhs) return Value{!stop};
  return std::nullopt;
}

// The settled flags a condition reads, in source order.
void settled_checks(const model::FileModel& file, int cond, const SettledFlags& flags,
                    std::vector<std::pair<std::string, Value>>& out) {
  if (cond < 0) return;
  const auto& node = file.conditions[cond];
  if (node.op == CondOp::Check) {
    const auto& check = file.checks[node.check];
    if (auto v = check_value(check, flags)) out.emplace_back(check.key, *v);
    return;
  }
  settled_checks(file, node.lhs, flags, out);
  settled_checks(file, node.rhs, flags, out);
}

class ConstructEvaluator {
 public:
  ConstructEvaluator(const model::FileModel& file, const SettledFlags& flags, std::vector<DeadRegion>& out)
      : file_(file), flags_(flags), out_(out) {}

  void run(const model::Construct& c) {
    std::optional<size_t> taken;
    bool every_possible_arm_exits = true;
    for (size_t i = 0; i < c.arms.size() && !taken; ++i) {
      const model::Arm& arm = c.arms[i];
      std::optional<bool> holds = arm.cond < 0 ? std::optional<bool>{true} : truth_of(evaluate(file_, arm.cond, flags_));
      if (holds == false) {
        emit(c, arm.body, std::nullopt, DeadReason::ArmFalse, arm.cond);
        continue;
      }
      every_possible_arm_exits &= arm.exits;
      if (holds == true) taken = i;
    }
    // Loops: a certainly-true condition repeats the body; nothing after it is decided here.
    if (!taken || c.kind == model::ConstructKind::Loop) return;
    const model::Arm& arm = c.arms[*taken];
    if (arm.cond < 0 && !decided_by_flags(c, *taken)) return;  // an else reached only through unknowns
    int reason_cond = decisive_condition(c, *taken);
    if (*taken + 1 < c.arms.size()) {
      const model::Span& first = c.arms[*taken + 1].clause;
      const model::Span& last = c.arms.back().clause;
      emit(c, {first.begin_byte, last.end_byte, first.begin, last.end}, arm.body, DeadReason::EarlierArmTaken,
           reason_cond);
    }
    if (every_possible_arm_exits && c.after) emit(c, *c.after, arm.body, DeadReason::AfterExit, reason_cond);
  }

 private:
  // An else is taken for certain only because every earlier arm is certainly false.
  bool decided_by_flags(const model::Construct& c, size_t taken) const {
    for (size_t i = 0; i < taken; ++i) {
      if (truth_of(evaluate(file_, c.arms[i].cond, flags_)) != false) return false;
    }
    return taken > 0;
  }

  // The condition to name in the message: the taken arm's, else the last false one before it.
  int decisive_condition(const model::Construct& c, size_t taken) const {
    if (c.arms[taken].cond >= 0) return c.arms[taken].cond;
    return c.arms[taken - 1].cond;
  }

  void emit(const model::Construct& c, model::Span region, std::optional<model::Span> keep, DeadReason reason,
            int cond) {
    std::vector<std::pair<std::string, Value>> because;
    settled_checks(file_, cond, flags_, because);
    if (because.empty()) return;  // decided by literals alone: not flag debt
    out_.push_back({region, keep, c.whole, c.kind, reason, because.front().first, because.front().second});
  }

  const model::FileModel& file_;
  const SettledFlags& flags_;
  std::vector<DeadRegion>& out_;
};

}  // namespace

Tri evaluate(const model::FileModel& file, int cond, const SettledFlags& flags) {
  if (cond < 0 || cond >= static_cast<int>(file.conditions.size())) return std::nullopt;
  const auto& node = file.conditions[cond];
  switch (node.op) {
    case CondOp::Unknown: return std::nullopt;
    case CondOp::Const: return node.constant;
    case CondOp::Check: return check_value(file.checks[node.check], flags);
    case CondOp::Not: return from_bool(truth_of(evaluate(file, node.lhs, flags)).transform(std::logical_not<>{}));
    case CondOp::And:
      return junction(truth_of(evaluate(file, node.lhs, flags)), truth_of(evaluate(file, node.rhs, flags)), false);
    case CondOp::Or:
      return junction(truth_of(evaluate(file, node.lhs, flags)), truth_of(evaluate(file, node.rhs, flags)), true);
    case CondOp::Eq:
    case CondOp::Ne: {
      Tri lhs = evaluate(file, node.lhs, flags), rhs = evaluate(file, node.rhs, flags);
      if (!lhs || !rhs) return std::nullopt;
      auto same = model::equals(*lhs, *rhs);
      if (node.op == CondOp::Ne) same = same.transform(std::logical_not<>{});
      return from_bool(same);
    }
  }
  return std::nullopt;
}

std::vector<DeadRegion> find_dead_regions(const model::FileModel& file, const SettledFlags& flags) {
  std::vector<DeadRegion> all;
  ConstructEvaluator evaluator(file, flags, all);
  for (const auto& construct : file.constructs) evaluator.run(construct);
  // Outermost first, then drop every region that lies inside one already kept.
  std::sort(all.begin(), all.end(), [](const DeadRegion& a, const DeadRegion& b) {
    if (a.region.begin_byte != b.region.begin_byte) return a.region.begin_byte < b.region.begin_byte;
    return a.region.end_byte > b.region.end_byte;
  });
  std::vector<DeadRegion> outermost;
  for (auto& region : all) {
    if (!outermost.empty() && region.region.end_byte <= outermost.back().region.end_byte &&
        region.region.begin_byte >= outermost.back().region.begin_byte) {
      continue;
    }
    outermost.push_back(std::move(region));
  }
  return outermost;
}

}  // namespace flagdebt::evaluate
