// A `!` that Kotlin's and Swift's grammars bind to a chain's first operand negates the whole
// chain (frontends/treesitter/lead_not.h): the model holds Not(check), never the bare check.
#include <doctest/doctest.h>

#include <string>

#include "frontends/registry.h"
#include "sdk_rules/rules.h"

using namespace flagdebt;

namespace {

// The operators from the first arm's condition down to its first check: "Not,Check" for `!check`.
std::string first_condition(std::string_view language, const std::string& text) {
  sdk_rules::RuleSet rules = *sdk_rules::builtin_rules();
  frontends::FlagIndex flags{{"new_ui"}, {}, {}};
  const languages::Language& row = *languages::by_id(language);
  frontends::ParseInput input{"test", text, row, rules, flags};
  auto model = frontends::frontend_for(row)->analyze(input);
  if (!model || model->constructs.empty()) return "no construct";
  std::string out;
  for (int at = model->constructs[0].arms[0].cond; at >= 0; at = model->conditions[at].lhs) {
    const model::CondNode& node = model->conditions[at];
    if (!out.empty()) out += ",";
    out += node.op == model::CondOp::Not ? "Not" : node.op == model::CondOp::Check ? "Check" : "Other";
    if (node.op == model::CondOp::Check) break;
  }
  return out;
}

}  // namespace

TEST_CASE("lead_not: Kotlin `!a.b.f(k)` is the negated check; a `!` before `&&` negates its operand only") {
  CHECK(first_condition("kotlin", "fun f() { if (unleash.isEnabled(\"new_ui\")) a() }") == "Check");
  CHECK(first_condition("kotlin", "fun f() { if (!unleash.isEnabled(\"new_ui\")) a() }") == "Not,Check");
  CHECK(first_condition("kotlin", "fun f() { if (!this.unleash.isEnabled(\"new_ui\")) a() }") == "Not,Check");
  CHECK(first_condition("kotlin", "fun f() { if (!(unleash).isEnabled(\"new_ui\")) a() }") == "Not,Check");
  CHECK(first_condition("kotlin", "fun f() { if ((!unleash.isEnabled(\"new_ui\"))) a() }") == "Not,Check");
  // `!ready && check`: an And whose left side is `!ready` (the binary node is no chain).
  CHECK(first_condition("kotlin", "fun f() { if (!ready && unleash.isEnabled(\"new_ui\")) a() }") == "Other,Not,Other");
}

TEST_CASE("lead_not: Swift `!a.b.f(k)` and `!(a).f(k)` are the negated check") {
  CHECK(first_condition("swift", "func f() { if unleash.isEnabled(name: \"new_ui\") { a() } }") == "Check");
  CHECK(first_condition("swift", "func f() { if !unleash.isEnabled(name: \"new_ui\") { a() } }") == "Not,Check");
  CHECK(first_condition("swift", "func f() { if !self.unleash.isEnabled(name: \"new_ui\") { a() } }") == "Not,Check");
}
