#pragma once
// The dead-branch evaluator: Kleene (three-valued) logic over a FileModel's conditions, given the
// values of settled flags; out come the regions that can never run. Language-blind.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/file_model.h"

namespace flagdebt::evaluate {

// A flag whose evaluations are fixed. With no value (a removed flag), a call returns its default.
struct SettledFlag {
  std::optional<model::Value> value;
};
using SettledFlags = std::unordered_map<std::string, SettledFlag>;

enum class DeadReason { ArmFalse, EarlierArmTaken, AfterExit };

struct DeadRegion {
  model::Span region;                // exactly the code that can never run
  std::optional<model::Span> keep;   // the code that survives: the arm certainly taken, if any
  model::Span construct;             // the whole if/ternary/guard the decision is about
  model::ConstructKind kind = model::ConstructKind::IfChain;
  DeadReason reason = DeadReason::ArmFalse;
  std::string flag;                  // the settled flag the decision rests on (the first, if several)
  model::Value value;                // what that flag evaluates to
};

// Evaluates one condition: a value when certain, nullopt when unknown.
std::optional<model::Value> evaluate(const model::FileModel& file, int cond, const SettledFlags& flags);

// Every dead region of the file, outermost only (a region inside another is not repeated),
// in source order.
std::vector<DeadRegion> find_dead_regions(const model::FileModel& file, const SettledFlags& flags);

}  // namespace flagdebt::evaluate
