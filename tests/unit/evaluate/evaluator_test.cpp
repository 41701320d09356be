#include <doctest/doctest.h>

#include "evaluate/evaluator.h"

using namespace flagdebt;
using model::CondOp;

namespace {

// A tiny model builder: conditions over two checks, "on" (decided true) and "live" (active).
struct Conditions {
  model::FileModel file;
  evaluate::SettledFlags settled{{"on", {model::Value{true}}}, {"gone", {std::nullopt}}};
  int check(const std::string& key, model::Returns returns = model::Returns::Boolean,
            std::optional<model::Value> def = std::nullopt) {
    file.checks.push_back({key, returns, def, {}});
    return push({CondOp::Check, std::nullopt, static_cast<int>(file.checks.size() - 1)});
  }
  int push(model::CondNode n) {
    file.conditions.push_back(n);
    return static_cast<int>(file.conditions.size() - 1);
  }
  int op(CondOp o, int l, int r = -1) { return push({o, std::nullopt, -1, l, r}); }
  int lit(model::Value v) { return push({CondOp::Const, v}); }
  std::optional<bool> truth(int c) {
    auto v = evaluate::evaluate(file, c, settled);
    return v ? model::truth(*v) : std::nullopt;
  }
};

model::Span lines(uint32_t a, uint32_t b) { return {a * 100, b * 100 + 50, {a, 1}, {b, 10}}; }

}  // namespace

TEST_CASE("evaluator: Kleene logic with short-circuit") {
  Conditions c;
  int on = c.check("on"), live = c.check("live");
  CHECK(c.truth(on) == true);
  CHECK(c.truth(live) == std::nullopt);
  CHECK(c.truth(c.op(CondOp::Not, on)) == false);
  CHECK(c.truth(c.op(CondOp::Not, c.op(CondOp::Not, on))) == true);
  CHECK(c.truth(c.op(CondOp::And, c.op(CondOp::Not, on), live)) == false);  // false && x
  CHECK(c.truth(c.op(CondOp::Or, on, live)) == true);                       // true || x
  CHECK(c.truth(c.op(CondOp::And, on, live)) == std::nullopt);              // true && x is x
  CHECK(c.truth(c.op(CondOp::And, live, c.op(CondOp::Not, on))) == false);
  CHECK(c.truth(c.op(CondOp::Eq, on, c.lit(model::Value{true}))) == true);
  CHECK(c.truth(c.op(CondOp::Ne, on, c.lit(model::Value{true}))) == false);
  CHECK(c.truth(c.op(CondOp::Eq, on, c.lit(model::Value{std::string("on")}))) == std::nullopt);  // types differ
}

TEST_CASE("evaluator: negated checks and removed flags with call defaults") {
  Conditions c;
  CHECK(c.truth(c.check("on", model::Returns::NegatedBoolean)) == false);
  CHECK(c.truth(c.check("gone", model::Returns::Boolean, model::Value{false})) == false);
  CHECK(c.truth(c.check("gone")) == std::nullopt);  // removed, no default in the call
}

TEST_CASE("evaluator: if-chains, exits and nested regions") {
  Conditions c;
  int on = c.check("on"), live = c.check("live");
  model::Construct chain{model::ConstructKind::IfChain, lines(1, 9), {}, lines(10, 12)};
  chain.arms.push_back({live, lines(1, 2), lines(1, 2), true});
  chain.arms.push_back({on, lines(3, 4), lines(3, 4), true});
  chain.arms.push_back({-1, lines(5, 9), lines(5, 9), false});
  c.file.constructs.push_back(chain);
  model::Construct inner{model::ConstructKind::IfChain, lines(6, 7), {}, std::nullopt};
  inner.arms.push_back({c.op(CondOp::Not, on), lines(6, 7), lines(6, 7), false});
  c.file.constructs.push_back(inner);
  auto dead = evaluate::find_dead_regions(c.file, c.settled);
  REQUIRE(dead.size() == 2);
  CHECK(dead[0].region.begin.line == 5);  // the else after the taken elif; the inner region is inside it
  CHECK(dead[0].region.end.line == 9);
  CHECK(dead[0].keep->begin.line == 3);
  CHECK(dead[0].flag == "on");
  CHECK(dead[1].region.begin.line == 10);  // both possible arms exit: the rest of the block is dead
  CHECK(dead[1].reason == evaluate::DeadReason::AfterExit);
}

TEST_CASE("evaluator: unknown conditions decide nothing") {
  Conditions c;
  int live = c.check("live");
  model::Construct chain{model::ConstructKind::IfChain, lines(1, 4), {}, lines(5, 6)};
  chain.arms.push_back({live, lines(1, 2), lines(1, 2), true});
  chain.arms.push_back({-1, lines(3, 4), lines(3, 4), true});
  c.file.constructs.push_back(chain);
  CHECK(evaluate::find_dead_regions(c.file, c.settled).empty());
}
