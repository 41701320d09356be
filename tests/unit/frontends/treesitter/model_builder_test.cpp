// The model builder (frontends/treesitter/model_builder.h), through the public frontend API: small
// sources in, the FileModel's checks, condition trees, constructs, references and key constants out.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <vector>
#include <string>

#include "sdk_rules/rules.h"  // ParseInput takes a RuleSet: the built-in SDK rules
#include "frontends/frontend.h"
#include "frontends/registry.h"

namespace {

using namespace flagdebt;
using model::CondOp;
using model::FileModel;

const sdk_rules::RuleSet& builtin() {
  static const sdk_rules::RuleSet rules = [] {
    auto loaded = sdk_rules::builtin_rules();
    REQUIRE(loaded.has_value());
    return std::move(*loaded);
  }();
  return rules;
}

FileModel analyzed(std::string_view language_id, std::string_view text, const frontends::FlagIndex& flags) {
  const languages::Language* language = languages::by_id(language_id);
  REQUIRE(language != nullptr);
  const frontends::Frontend* frontend = frontends::frontend_for(*language);
  REQUIRE(frontend != nullptr);
  auto model = frontend->analyze(frontends::ParseInput{"test", text, *language, builtin(), flags});
  REQUIRE(model.has_value());
  return std::move(*model);
}

frontends::FlagIndex keys(std::initializer_list<const char*> known) {
  frontends::FlagIndex index;
  for (const char* key : known) index.keys.insert(key);
  return index;
}

// A condition tree as text, e.g. Or(And(check:a, check:b), ?): what the test compares against.
std::string shape(const FileModel& m, int cond) {
  if (cond < 0) return "-";
  const auto& node = m.conditions.at(cond);
  switch (node.op) {
    case CondOp::Unknown: return "?";
    case CondOp::Const: return "const";
    case CondOp::Check: return "check:" + m.checks.at(node.check).key;
    case CondOp::Not: return "Not(" + shape(m, node.lhs) + ")";
    case CondOp::And: return "And(" + shape(m, node.lhs) + ", " + shape(m, node.rhs) + ")";
    case CondOp::Or: return "Or(" + shape(m, node.lhs) + ", " + shape(m, node.rhs) + ")";
    case CondOp::Eq: return "Eq(" + shape(m, node.lhs) + ", " + shape(m, node.rhs) + ")";
    case CondOp::Ne: return "Ne(" + shape(m, node.lhs) + ", " + shape(m, node.rhs) + ")";
  }
  return "!";
}

std::string span_text(std::string_view text, const model::Span& span) {
  return std::string(text.substr(span.begin_byte, span.end_byte - span.begin_byte));
}

// The construct whose first arm's condition has `first_cond` as its shape.
const model::Construct& construct_on(const FileModel& m, const std::string& first_cond) {
  for (const auto& c : m.constructs) {
    if (!c.arms.empty() && shape(m, c.arms[0].cond) == first_cond) return c;
  }
  FAIL("no construct on " << first_cond);
  return m.constructs.at(0);
}

size_t count_refs(const FileModel& m, const std::string& key, model::RefKind kind) {
  size_t n = 0;
  for (const auto& ref : m.references) n += ref.key == key && ref.kind == kind;
  return n;
}

}  // namespace

TEST_CASE("model builder: Python checks carry their key and what they return") {
  std::string text =
      "def f(client):\n"
      "    a = client.is_enabled(\"new_checkout\")\n"
      "    b = client.get_variant(\"theme\")\n"
      "    c = other.compute(\"new_checkout\")\n";
  auto m = analyzed("python", text, keys({"new_checkout", "theme"}));
  REQUIRE(m.checks.size() == 2);
  CHECK(m.checks[0].key == "new_checkout");
  CHECK(m.checks[0].returns == model::Returns::Boolean);
  CHECK(span_text(text, m.checks[0].span) == "client.is_enabled(\"new_checkout\")");
  CHECK(m.checks[0].span.begin.line == 2);
  CHECK(m.checks[1].key == "theme");
  CHECK(m.checks[1].returns == model::Returns::Value);
}

TEST_CASE("model builder: Python condition trees keep not, and, or and ==") {
  std::string text =
      "def f(client, x):\n"
      "    if not client.is_enabled(\"a\"):\n"
      "        pass\n"
      "    if client.is_enabled(\"a\") and client.is_enabled(\"b\") or x:\n"
      "        pass\n"
      "    if client.get_variant(\"c\") == \"blue\":\n"
      "        pass\n";
  auto m = analyzed("python", text, keys({"a", "b", "c"}));
  REQUIRE(m.constructs.size() == 3);
  CHECK(shape(m, m.constructs[0].arms.at(0).cond) == "Not(check:a)");
  CHECK(shape(m, m.constructs[1].arms.at(0).cond) == "Or(And(check:a, check:b), ?)");
  CHECK(shape(m, m.constructs[2].arms.at(0).cond) == "Eq(check:c, const)");
}

TEST_CASE("model builder: a Python if/elif/else chain is one construct, the else arm without a condition") {
  std::string text =
      "def f(client, y):\n"
      "    if client.is_enabled(\"a\"):\n"
      "        one()\n"
      "    elif y:\n"
      "        two()\n"
      "    else:\n"
      "        three()\n";
  auto m = analyzed("python", text, keys({"a"}));
  REQUIRE(m.constructs.size() == 1);
  const auto& c = m.constructs[0];
  CHECK(c.kind == model::ConstructKind::IfChain);
  REQUIRE(c.arms.size() == 3);
  CHECK(shape(m, c.arms[0].cond) == "check:a");
  CHECK(shape(m, c.arms[1].cond) == "?");
  CHECK(c.arms[2].cond == -1);
  CHECK(span_text(text, c.arms[2].body).find("three()") != std::string::npos);
  for (const auto& arm : c.arms) CHECK_FALSE(arm.exits);
}

TEST_CASE("model builder: an if over no flag is no construct") {
  auto m = analyzed("python", "def f(x):\n    if x:\n        pass\n", keys({"a"}));
  CHECK(m.constructs.empty());
}

TEST_CASE("model builder: an early return exits, and the rest of the block is `after`") {
  std::string text =
      "def f(client):\n"
      "    if client.is_enabled(\"a\"):\n"
      "        return fast()\n"
      "    slow()\n"
      "    slower()\n";
  auto m = analyzed("python", text, keys({"a"}));
  REQUIRE(m.constructs.size() == 1);
  const auto& c = m.constructs[0];
  REQUIRE(c.arms.size() == 1);
  CHECK(c.arms[0].exits);
  REQUIRE(c.after.has_value());
  CHECK(span_text(text, *c.after) == "slow()\n    slower()");
}

TEST_CASE("model builder: no `after` when the if ends its block") {
  auto m = analyzed("python", "def f(client):\n    work()\n    if client.is_enabled(\"a\"):\n        return 1\n",
                    keys({"a"}));
  REQUIRE(m.constructs.size() == 1);
  CHECK(m.constructs[0].arms.at(0).exits);
  CHECK_FALSE(m.constructs[0].after.has_value());
}

TEST_CASE("model builder: Python references are checks or mentions, and key constants are found") {
  std::string text =
      "NEW_UI = \"new_ui\"\n"
      "lower = \"new_ui\"\n"
      "def f(client):\n"
      "    if client.is_enabled(\"new_checkout\"):\n"
      "        log(\"new_checkout\")\n"
      "    log(\"unknown_key\")\n";
  auto m = analyzed("python", text, keys({"new_ui", "new_checkout"}));
  CHECK(count_refs(m, "new_checkout", model::RefKind::Check) == 1);
  CHECK(count_refs(m, "new_checkout", model::RefKind::Mention) == 1);
  CHECK(count_refs(m, "unknown_key", model::RefKind::Mention) == 0);
  REQUIRE(m.key_constants.size() == 1);  // `lower` does not look like a constant
  CHECK(m.key_constants[0].name == "NEW_UI");
  CHECK(m.key_constants[0].key == "new_ui");
}

TEST_CASE("model builder: an alias in the index is a mention, and a check where it is a condition") {
  frontends::FlagIndex flags = keys({"new_ui"});
  flags.alias_to_key["FEATURE_NEW_UI"] = "new_ui";
  std::string text = "def f():\n    if FEATURE_NEW_UI:\n        pass\n";
  auto m = analyzed("python", text, flags);
  CHECK(count_refs(m, "new_ui", model::RefKind::Mention) == 1);
  REQUIRE(m.constructs.size() == 1);
  CHECK(shape(m, m.constructs[0].arms.at(0).cond) == "check:new_ui");
}

TEST_CASE("model builder: Java else-if is an arm of the outer chain, its else stays with the inner if") {
  std::string text =
      "class A {\n"
      "  static final String NEW_UI = \"new_ui\";\n"
      "  int f(Unleash unleash) {\n"
      "    if (!unleash.isEnabled(\"new_checkout\")) {\n"
      "      return 1;\n"
      "    } else if (unleash.isEnabled(\"b\")) {\n"
      "      two();\n"
      "    } else {\n"
      "      three();\n"
      "    }\n"
      "    return 0;\n"
      "  }\n"
      "}\n";
  auto m = analyzed("java", text, keys({"new_ui", "new_checkout", "b"}));
  REQUIRE(m.checks.size() == 2);
  CHECK(m.checks[0].key == "new_checkout");
  CHECK(m.checks[1].key == "b");
  REQUIRE(m.constructs.size() == 2);
  const auto& outer = construct_on(m, "Not(check:new_checkout)");
  const auto& inner = construct_on(m, "check:b");
  REQUIRE(outer.arms.size() == 2);
  CHECK(shape(m, outer.arms[0].cond) == "Not(check:new_checkout)");
  CHECK(outer.arms[0].exits);
  CHECK(shape(m, outer.arms[1].cond) == "check:b");
  CHECK_FALSE(outer.arms[1].exits);
  REQUIRE(outer.after.has_value());
  CHECK(span_text(text, *outer.after) == "return 0;");
  REQUIRE(inner.arms.size() == 2);
  CHECK(shape(m, inner.arms[0].cond) == "check:b");
  CHECK(inner.arms[1].cond == -1);
  CHECK(span_text(text, inner.arms[1].body).find("three();") != std::string::npos);
  REQUIRE(m.key_constants.size() == 1);
  CHECK(m.key_constants[0].name == "NEW_UI");
  CHECK(m.key_constants[0].key == "new_ui");
}

TEST_CASE("model builder: TypeScript ternary and && || trees") {
  std::string text =
      "export function f(unleash: Unleash, x: boolean) {\n"
      "  const label = unleash.isEnabled(\"a\") ? \"new\" : \"old\";\n"
      "  if (unleash.isEnabled(\"a\") || (x && unleash.isEnabled(\"b\"))) {\n"
      "    go();\n"
      "  }\n"
      "  if (unleash.getVariant(\"c\") === \"blue\") {\n"
      "    go();\n"
      "  }\n"
      "}\n";
  auto m = analyzed("typescript", text, keys({"a", "b", "c"}));
  CHECK(m.checks.size() == 4);
  const model::Construct* ternary = nullptr;
  std::vector<const model::Construct*> ifs;
  for (const auto& c : m.constructs) {
    if (c.kind == model::ConstructKind::Ternary) ternary = &c;
    if (c.kind == model::ConstructKind::IfChain) ifs.push_back(&c);
  }
  REQUIRE(ternary != nullptr);
  REQUIRE(ternary->arms.size() == 2);
  CHECK(shape(m, ternary->arms[0].cond) == "check:a");
  CHECK(span_text(text, ternary->arms[0].body) == "\"new\"");
  CHECK(ternary->arms[1].cond == -1);
  CHECK(span_text(text, ternary->arms[1].body) == "\"old\"");
  REQUIRE(ifs.size() == 2);
  CHECK(shape(m, ifs[0]->arms.at(0).cond) == "Or(check:a, And(?, check:b))");
  CHECK(shape(m, ifs[1]->arms.at(0).cond) == "Eq(check:c, const)");
}

TEST_CASE("model builder: a reassigned local reads the write that reaches it, never a later or one-path one") {
  std::string text =
      "def f(client, ready):\n"
      "    b = compute()\n"
      "    b = client.is_enabled(\"a\")\n"
      "    if not b and ready:\n"
      "        pass\n"
      "    if ready:\n"
      "        b = client.is_enabled(\"c\")\n"
      "    if b:\n"
      "        pass\n"
      "    for x in ready:\n"
      "        if b:\n"
      "            pass\n"
      "        b = client.is_enabled(\"c\")\n";
  auto m = analyzed("python", text, keys({"a", "c"}));
  // Only the first `if` reads a certain write: the others have a write on one path or around a loop.
  std::vector<std::string> conditions;
  for (const auto& c : m.constructs) conditions.push_back(shape(m, c.arms.at(0).cond));
  CHECK(conditions == std::vector<std::string>{"And(Not(check:a), ?)"});
}

TEST_CASE("model builder: closures, fields, helpers and parameters carry a check") {
  std::string text =
      "class C:\n"
      "    def __init__(self, client):\n"
      "        self._on = client.is_enabled(\"a\")\n"
      "    def m(self):\n"
      "        if self._on:\n"
      "            pass\n"
      "def _helper():\n"
      "    return client.is_enabled(\"b\")\n"
      "def outer():\n"
      "    on = client.is_enabled(\"c\")\n"
      "    def inner():\n"
      "        if on:\n"
      "            pass\n"
      "    if _helper():\n"
      "        pass\n"
      "    _takes(client.is_enabled(\"d\"))\n"
      "    _takes(client.is_enabled(\"d\"))\n"
      "def _takes(enabled):\n"
      "    if enabled:\n"
      "        pass\n";
  auto m = analyzed("python", text, keys({"a", "b", "c", "d"}));
  std::vector<std::string> conditions;
  for (const auto& c : m.constructs) conditions.push_back(shape(m, c.arms.at(0).cond));
  std::sort(conditions.begin(), conditions.end());
  CHECK(conditions == std::vector<std::string>{"check:a", "check:b", "check:c", "check:d"});
}

TEST_CASE("model builder: a parameter one call fills differently stays unknown") {
  std::string text =
      "def g(client):\n"
      "    _takes(client.is_enabled(\"d\"))\n"
      "    _takes(True)\n"
      "def _takes(enabled):\n"
      "    if enabled:\n"
      "        pass\n";
  auto m = analyzed("python", text, keys({"d"}));
  CHECK(m.constructs.empty());
}

TEST_CASE("model builder: a helper is called through this object only, not another object's same-named method") {
  std::string text =
      "class C {\n"
      "  private boolean isActive() { return unleash.isEnabled(\"a\"); }\n"
      "  void m(Feature feature) {\n"
      "    if (this.isActive()) { go(); }\n"
      "    if (isActive()) { go(); }\n"
      "    if (feature.isActive()) { go(); }\n"
      "  }\n"
      "}\n";
  auto m = analyzed("java", text, keys({"a"}));
  std::vector<std::string> conditions;
  for (const auto& c : m.constructs) conditions.push_back(shape(m, c.arms.at(0).cond));
  CHECK(conditions == std::vector<std::string>{"check:a", "check:a"});
}
