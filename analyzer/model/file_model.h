#pragma once
// The language-neutral model a frontend produces for one file: flag references, boolean
// conditions over flag checks, and the branch constructs those conditions select between.
// The evaluator reads only this; it never sees syntax.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/value.h"
#include "support/diag.h"
#include "support/span.h"

namespace flagdebt::model {

using support::Point;
using support::Span;

// What an SDK call evaluates to, relative to the flag's value.
enum class Returns { Boolean, NegatedBoolean, Value };

// A place in code where a flag's value is read: an SDK call, a wrapper, or an alias read.
struct FlagCheck {
  std::string key;
  Returns returns = Returns::Boolean;
  std::optional<Value> default_value;  // the call's literal default, if any
  Span span;
};

enum class CondOp { Unknown, Const, Check, Not, And, Or, Eq, Ne };

// One node of a condition tree; children are indices into FileModel::conditions.
struct CondNode {
  CondOp op = CondOp::Unknown;
  std::optional<Value> constant;  // Const
  int check = -1;                 // Check: index into FileModel::checks
  int lhs = -1;                   // Not: operand; And/Or/Eq/Ne: left
  int rhs = -1;                   // And/Or/Eq/Ne: right
  Span span;                      // the expression's text, for edits; empty when it has none here
};

enum class ConstructKind { IfChain, Ternary, Guard, Loop };

// One arm of a construct: runs `body` when `cond` holds and no earlier arm was taken.
struct Arm {
  int cond = -1;        // index into conditions; -1 for the final else
  Span clause;          // the arm with its keyword (elif ..., else ...), what goes when skipped over
  Span body;            // the code the arm runs
  bool exits = false;   // the body always leaves the enclosing block (return/throw/break/continue)
  Span inner;           // the body without its delimiters (a block's statements between its braces,
                        // an #if arm without its directive, a switch case's statements after its
                        // labels without the trailing `break`): what replaces the construct when kept
  bool case_arm = false;  // a case of a switch/match: its labels are inside `body`, it goes by itself
};

struct Construct {
  ConstructKind kind = ConstructKind::IfChain;
  Span whole;
  std::vector<Arm> arms;
  std::optional<Span> after;  // the rest of the enclosing block, dead when every taken path exits
  // The statement that holds only this construct (`flag && track();`): removed with it when no arm
  // runs. Absent when the construct is a statement itself or is a value something else uses.
  std::optional<Span> statement;
  // An if of its own that is an arm of an enclosing chain (Ruby's `elsif`): not a statement, so
  // it cannot be replaced by its body.
  bool continues_chain = false;
};

// One edit of a file's text: the bytes of `deleted` give way to `inserted`.
struct Replacement {
  Span deleted;
  std::string inserted;
};

enum class RefKind { Check, Mention };

// A reference to a flag: an evaluated check (key may be unknown to the manifest) or a mention
// (a string literal equal to a key, an identifier equal to an alias).
struct Reference {
  std::string key;
  RefKind kind = RefKind::Check;
  Span span;
  std::string via;  // the call name or alias the reference goes through
};

// A constant in code bound to a flag key: `NEW_UI = "new_ui"`, an enum member `NEW_UI("new_ui")`.
struct KeyConstant {
  std::string name;
  std::string key;
  Span declaration;  // the declaring node (`NEW_UI = "new_ui"`, an enum member): what `fix --remove-declarations` removes
  // Bound by its name rather than a key string (`enum MyFeatures { NEW_UI }`, `#define
  // FEATURE_NEW_UI_ENABLED 1` through a manifest alias): its name stands for no key string in
  // code, so only `fix --remove-declarations` reads it.
  bool by_name = false;
};

// A local declared with exactly one flag check as its value (`const on = client.isOn("x");`, or
// `let on;` then `on = client.isOn("x");`), or a private field set to one (`this.#on = ...` in a
// constructor), whose name nothing else spells (its function; for a field, its file): once the flag
// is settled, the statements that declare and set it can go.
struct UnusedAlias {
  std::string key;
  Span statement;  // the declaration statement, all of it
  // The statements that go with it, each a statement or member of its own: a bare declaration
  // (`let on;`) and another assignment of the same check that fed the name, a field's declaration
  // and the constructor statement that set it. In source order, after `statement`'s start.
  std::vector<Span> also;
};

// A parameter of a file-private function that every call in the file fills with the same settled
// check and that its body no longer spells: the parameter and each call's argument go. Each element
// is exact bytes, a list entry with the comma and blanks that separate it from its neighbour.
struct UnusedParameter {
  std::string key;
  std::vector<Span> elements;  // in source order: the parameter and the arguments
};

// A function whose whole body is one flag check (or its negation) that the other files of its
// package may call by its bare name (Go: a function of the directory's package). The scan shares
// it with them: their calls to that name are the check.
struct PackageHelper {
  std::string name;
  std::string key;
  Returns returns = Returns::Boolean;
  bool negated = false;
  bool operator==(const PackageHelper&) const = default;
};

struct FileModel {
  std::vector<KeyConstant> key_constants;
  std::vector<PackageHelper> package_helpers;
  std::vector<FlagCheck> checks;
  std::vector<CondNode> conditions;
  std::vector<Construct> constructs;
  std::vector<Reference> references;
  std::vector<UnusedAlias> unused_aliases;
  std::vector<UnusedParameter> unused_parameters;
  // The file was analysed only in part (nested past the frontend's nesting budget): a note.
  std::optional<support::Diag> note;
};

}  // namespace flagdebt::model
