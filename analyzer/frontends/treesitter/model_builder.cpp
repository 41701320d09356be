#include "frontends/treesitter/model_builder.h"

#include <algorithm>
#include <cctype>

#include "frontends/treesitter/lead_not.h"
#include "frontends/treesitter/literals.h"

namespace flagdebt::frontends::ts {
namespace {

constexpr int kMaxDepth = 200;

}  // namespace

ModelBuilder::ModelBuilder(const CaptureIndex& index, TSNode root, std::string_view text, const ParseInput& input,
                           std::span<const passes::ExtraCheck> extra)
    : index_(index), text_(text), input_(input), extra_(extra), lines_(text), calls_(index, text, input), root_(root) {
  calls_.set_locals([this](TSNode node) { return aliases().bound_locally(node); });
}

ModelBuilder::Tables::Tables(const CaptureIndex& index, TSNode root, std::string_view text)
    : tree(root,
           [&index](TSNode n) {
             return index.has(n, Role::Scope) || index.has(n, Role::BlockScope) || index.has(n, Role::Class);
           }),
      aliases(index, tree, text),
      fields(index, tree, text),
      helpers(index, tree, text),
      params(index, text) {}

ModelBuilder::Tables& ModelBuilder::tables() const {
  if (!tables_) tables_.emplace(index_, root_, text_);
  return *tables_;
}

model::FileModel ModelBuilder::build() {
  extract_key_constants();
  extract_checks();
  extract_mentions();
  if (!can_hold_checks()) return std::move(model_);
  extract_constructs();
  extract_unused_aliases();
  extract_unused_fields();
  extract_unused_parameters();
  export_package_helpers();
  return std::move(model_);
}

// Whether a condition of the file can evaluate a flag. A condition finds its checks among the
// calls extract_checks matched, names that stand for a flag (extract_mentions found each: an
// alias, a key constant, a template expansion), the callee of a call spelled as an alias, and
// the helpers other files of the package define; every alias, field, parameter or helper of the
// file is carried back to one of those. Without any, no construct can depend on a flag.
bool ModelBuilder::can_hold_checks() const {
  if (!model_.checks.empty() || !model_.references.empty() || !input_.flags.package_helpers.empty()) return true;
  return std::any_of(index_.matches().begin(), index_.matches().end(),
                     [this](const RoleMatch& m) { return m.role == Role::Call && callee_alias(m); });
}

// `Feature_NewUi::IsEnabled()`: a call whose callee (up to its arguments) is a name template's
// expansion.
const std::string* ModelBuilder::callee_alias(const RoleMatch& call) const {
  if (!call.part(Part::Args)) return nullptr;
  uint32_t begin = ts_node_start_byte(call.node), args = ts_node_start_byte(*call.part(Part::Args));
  std::string_view callee = text_.substr(begin, args > begin ? args - begin : 0);
  while (!callee.empty() && (callee.back() == ' ' || callee.back() == '\t')) callee.remove_suffix(1);
  return input_.flags.key_of_alias(callee);
}

// Constant-looking names only (NEW_UI, kNewUi): a local `key = "x"` must not make every `key`
// in the repository a mention of x.
bool constant_like(std::string_view name) {
  if (name.size() < 2) return false;
  if (name[0] == 'k' && std::isupper(static_cast<unsigned char>(name[1]))) return true;
  bool has_letter = false;
  for (char c : name) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    has_letter |= std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return has_letter;
}

// `@constant` (fields, enum members, const specs) always; `@decl` when its name looks constant.
void ModelBuilder::extract_key_constants() {
  for (const RoleMatch& m : index_.matches()) {
    if (m.role != Role::Constant && m.role != Role::Decl) continue;
    const TSNode* name = m.part(Part::Name);
    const TSNode* value = m.part(Part::Value);
    if (name && !value && m.role == Role::Constant) {
      // A member or macro without a string: it names a flag by a manifest alias or by the key's words.
      std::string_view text = node_text(*name, text_);
      const std::string* key = input_.flags.key_of_alias(text);
      if (!key) key = input_.flags.key_named_by(text);
      if (key) model_.key_constants.push_back({std::string(text), *key, span(m.node), true});
      continue;
    }
    if (!name || !value || !index_.has(*value, Role::String)) continue;
    std::string_view literal = node_text(*value, text_);
    while (!literal.empty() && std::isspace(static_cast<unsigned char>(literal.back()))) literal.remove_suffix(1);  // a macro body
    auto key = string_value(literal, input_.language);
    std::string_view text = node_text(*name, text_);
    if (!key || !input_.flags.is_key(*key) || (m.role == Role::Decl && !constant_like(text))) continue;
    model_.key_constants.push_back({std::string(text), *key, span(m.node)});
  }
}

// A rule file's own query said "this expression checks the flag named by this key node".
void ModelBuilder::add_query_check(const RoleMatch& m) {
  const TSNode* key_node = m.part(Part::Key);
  auto key = key_node ? calls_.key_of(*key_node) : std::nullopt;
  if (!key && key_node) key = calls_.key_named_by(*key_node);  // an enum case: `.newOnboarding`
  if (!key || m.tag < 0) return;
  const auto& rule = input_.rules.queries[m.tag];
  model::FlagCheck check{*key, rule.returns, std::nullopt, span(m.node)};
  check_of_call_[id_of(m.node)] = static_cast<int>(model_.checks.size());
  count(*key_node);
  model_.references.push_back({*key, model::RefKind::Check, check.span, rule.sdk.empty() ? "a rule query" : rule.sdk});
  model_.checks.push_back(std::move(check));
}

void ModelBuilder::extract_checks() {
  for (const RoleMatch& m : index_.matches()) {
    if (m.role == Role::Check) add_query_check(m);
    if (m.role != Role::Call && m.role != Role::Ident && m.role != Role::Member) continue;
    std::optional<MatchedCall> matched;
    if (m.role == Role::Call) matched = calls_.match(m);
    if (m.role == Role::Member) {
      matched = calls_.match_property(m.node);  // enum-style: `Features.newUi.isEnabled`
      if (!matched) continue;
    }
    if (!matched) matched = extra_check(m.node);
    if (!matched) continue;
    matched->check.span = span(m.node);
    // `client?.isEnabled("x")` may never run: a reference to the flag, but its value is unknown.
    if (!m.part(Part::Optional)) check_of_call_[id_of(m.node)] = static_cast<int>(model_.checks.size());
    count(matched->key_node);
    // A call split over lines is reported at its key's line (docs/queries.md "Regions").
    model::Span where = matched->check.span;
    if (!ts_node_is_null(matched->key_node) &&
        ts_node_start_point(matched->key_node).row != ts_node_start_point(m.node).row) {
      where = span(matched->key_node);
    }
    model_.references.push_back({matched->check.key, model::RefKind::Check, where, matched->via});
    model_.checks.push_back(std::move(matched->check));
  }
}

// A check a model pass found that stands for exactly this node (a macro invocation, libclang).
std::optional<MatchedCall> ModelBuilder::extra_check(TSNode node) const {
  for (const passes::ExtraCheck& extra : extra_) {
    if (extra.whole && extra.begin_byte == ts_node_start_byte(node) && extra.end_byte == ts_node_end_byte(node)) {
      return MatchedCall{extra.check, extra.via, node};
    }
  }
  return std::nullopt;
}

void ModelBuilder::add_mention(const std::string& key, TSNode node, std::string via) {
  model_.references.push_back({key, model::RefKind::Mention, span(node), std::move(via)});
}

bool ModelBuilder::covered(TSNode node) const {
  return counted_.covers(ts_node_start_byte(node), ts_node_end_byte(node));
}

void ModelBuilder::count(TSNode node) { counted_.add(ts_node_start_byte(node), ts_node_end_byte(node)); }

// Members first: `Flags.NEW_UI` is one mention, not one more for its `NEW_UI`.
void ModelBuilder::extract_mentions() {
  for (Role role : {Role::String, Role::Member, Role::Ident}) {
    for (const RoleMatch& m : index_.matches()) {
      if (m.role != role || covered(m.node)) continue;
      std::string_view text = node_text(m.node, text_);
      if (role == Role::String) {
        auto value = string_value(text, input_.language);
        if (value && input_.flags.is_key(*value)) add_mention(*value, m.node, "string literal");
        continue;
      }
      const std::string* key = role == Role::Member ? calls_.alias_key(m.node) : input_.flags.key_of_alias(text);
      if (!key) key = role == Role::Member ? calls_.constant_key(m.node) : input_.flags.key_of_constant(text);
      if (!key) continue;
      add_mention(*key, m.node, std::string(text));
      count(m.node);
    }
  }
}

int ModelBuilder::push(model::CondNode node) {
  model_.conditions.push_back(std::move(node));
  return static_cast<int>(model_.conditions.size() - 1);
}

int ModelBuilder::check_condition(const std::string& key, model::Returns returns, TSNode at) {
  model_.checks.push_back({key, returns, std::nullopt, span(at)});
  return push({model::CondOp::Check, std::nullopt, static_cast<int>(model_.checks.size() - 1)});
}

int ModelBuilder::condition(TSNode node, int depth) {
  if (depth > kMaxDepth || ts_node_is_null(node)) return push({});
  int index = condition_node(node, depth);
  // An alias read resolves to its declaration's value: that node keeps the declaration's span.
  if (model_.conditions[index].span.end_byte == 0) model_.conditions[index].span = span(node);
  return index;
}

int ModelBuilder::condition_node(TSNode node, int depth) {
  using model::CondOp;
  if (auto it = check_of_call_.find(id_of(node)); it != check_of_call_.end()) {
    return negated(node, push({CondOp::Check, std::nullopt, it->second}));
  }
  auto part = [&](const RoleMatch* m, Part p) { return m->part(p) ? condition(*m->part(p), depth + 1) : push({}); };
  if (auto m = index_.find(node, Role::Paren)) return part(m, Part::Operand);
  if (auto m = index_.find(node, Role::Not)) {
    int operand = part(m, Part::Operand);
    return push({CondOp::Not, std::nullopt, -1, operand});
  }
  if (int list = condition_list(node, depth); list >= 0) return list;
  for (auto [role, op] : {std::pair{Role::And, CondOp::And}, {Role::Or, CondOp::Or}, {Role::Eq, CondOp::Eq},
                          {Role::Ne, CondOp::Ne}}) {
    if (auto m = index_.find(node, role)) {
      int lhs = part(m, Part::Left);
      int rhs = part(m, Part::Right);
      return push({op, std::nullopt, -1, lhs, rhs});
    }
  }
  if (index_.has(node, Role::True)) return push({CondOp::Const, model::Value{true}});
  if (index_.has(node, Role::False)) return push({CondOp::Const, model::Value{false}});
  if (index_.has(node, Role::Number)) {
    if (auto v = number_value(node_text(node, text_))) return push({CondOp::Const, *v});
  }
  if (index_.has(node, Role::String)) {
    if (auto s = string_value(node_text(node, text_), input_.language)) return push({CondOp::Const, model::Value{*s}});
  }
  if (const TSNode* value = carried_value(node)) return negated(node, condition(*value, depth + 1));
  if (index_.has(node, Role::Ident)) {
    if (auto cond = param_condition(node, depth)) return *cond;
  }
  if (auto cond = package_helper(node)) return negated(node, *cond);
  // A call whose callee is a name template's expansion: `Feature_NewUi::IsEnabled()`.
  if (const RoleMatch* call = index_.find(node, Role::Call)) {
    if (const std::string* key = callee_alias(*call)) return check_condition(*key, model::Returns::Value, node);
  }
  if (index_.has(node, Role::Ident) || index_.has(node, Role::Member)) {
    if (const std::string* key = calls_.alias_key(node)) {
      return negated(node, check_condition(*key, model::Returns::Value, node));
    }
  }
  return push({});
}

// A chain the grammar parsed with its `!` on the first operand (`(!Features).newUi.isEnabled`)
// stands for the negation of what the rest of it checks (lead_not.h).
int ModelBuilder::negated(TSNode chain, int cond) {
  if (leading_nots(index_, chain).count % 2 == 0) return cond;
  return push({model::CondOp::Not, std::nullopt, -1, cond});
}

// A condition list (Swift `if let u = user, !flag {`): an @and whose matches give `.operand`
// parts (one or more each) instead of `.left`/`.right` is the conjunction of every operand. -1: not one.
int ModelBuilder::condition_list(TSNode node, int depth) {
  int joined = -1;
  for (const RoleMatch* m : index_.find_all(node, Role::And)) {
    if (m->part(Part::Left)) return -1;
    for (TSNode operand : m->all(Part::Operand)) {
      int cond = condition(operand, depth + 1);
      joined = joined < 0 ? cond : push({model::CondOp::And, std::nullopt, -1, joined, cond});
    }
  }
  return joined;
}

// The expression a read carries from elsewhere: a local's reaching assignment, a field assigned
// once, a helper's returned expression.
const TSNode* ModelBuilder::carried_value(TSNode node) const {
  if (index_.has(node, Role::Ident)) {
    if (const TSNode* value = aliases().value_for(node)) return value;
  }
  // A field read: `self.x` / `this.x` (@field_read), or a plain name in a class whose language
  // reads fields by their bare name (@class.bare: Java, Kotlin, C#, Swift).
  std::optional<TSNode> field_name;
  std::optional<TSNode> receiver_binding;  // what binds the read's receiver (`s` in `s.x`), if one
  if (const RoleMatch* read = index_.find(node, Role::FieldRead); read && read->part(Part::Name)) {
    field_name = *read->part(Part::Name);
    if (const TSNode* receiver = read->part(Part::Receiver)) receiver_binding = aliases().sole_binding(*receiver);
  } else if (index_.has(node, Role::Ident)) {
    const RoleMatch* owner = index_.find(fields().class_of(node), Role::Class);
    if (owner && owner->part(Part::Bare)) field_name = node;
  }
  if (field_name) {
    const TSNode* value = fields().value_for(*field_name, node, receiver_binding);
    if (value && !aliases().bound_below(*field_name, fields().class_of(node))) return value;
  }
  if (const RoleMatch* call = index_.find(node, Role::Call); call && !check_of_call_.contains(id_of(node))) {
    if (!call->part(Part::Args) && call->part(Part::Name) && aliases().bound_below(*call->part(Part::Name), TSNode{})) {
      return nullptr;
    }
    return helpers().value_for(*call);
  }
  return nullptr;
}

// A helper of this package's other files called by its bare name (the scan's second pass): the
// file defines no function of that name and no local hides it.
std::optional<int> ModelBuilder::package_helper(TSNode node) {
  if (input_.flags.package_helpers.empty()) return std::nullopt;
  const RoleMatch* call = index_.find(node, Role::Call);
  if (!call || call->part(Part::Receiver) || call->part(Part::Optional) || !call->part(Part::Args)) return std::nullopt;
  const TSNode* name = call->part(Part::Name);
  if (!name || check_of_call_.contains(id_of(node))) return std::nullopt;
  std::string_view text = node_text(*name, text_);
  // A local of that name in a function around the call hides it (the file scope cannot: the
  // package already declares the name).
  TSNode file = *name;
  for (TSNode up = tree().scope(file); !ts_node_is_null(up); up = tree().scope(up)) file = up;
  if (helpers().defines(text) || aliases().bound_below(*name, file)) return std::nullopt;
  auto it = input_.flags.package_helpers.find(FlagIndex::package_helper_key(input_.path, text));
  if (it == input_.flags.package_helpers.end()) return std::nullopt;
  int cond = check_condition(it->second.key, it->second.returns, node);
  return it->second.negated ? push({model::CondOp::Not, std::nullopt, -1, cond}) : cond;
}

// What this file's package helpers return, when that is one check or its negation.
void ModelBuilder::export_package_helpers() {
  for (const auto& [name, value] : helpers().package_helpers()) {
    int cond = condition(value);
    bool negated = model_.conditions[cond].op == model::CondOp::Not;
    if (negated) cond = model_.conditions[cond].lhs;
    if (cond < 0 || model_.conditions[cond].op != model::CondOp::Check) continue;
    const model::FlagCheck& check = model_.checks[model_.conditions[cond].check];
    model_.package_helpers.push_back({name, check.key, check.returns, negated});
  }
}

// A parameter never reassigned, of a file-private function every call of which passes the same
// check (or its alias, or the same expression over it) in that position.
std::optional<int> ModelBuilder::param_condition(TSNode use, int depth) {
  auto binding = aliases().sole_binding(use);
  const ParamTable::Param* param = binding ? params().param_of(*binding) : nullptr;
  if (!param || !resolving_.insert(param->function).second) return std::nullopt;
  std::optional<int> result;
  if (auto args = params().arguments(*param)) {
    std::string first;
    for (size_t i = 0; i < args->size(); ++i) {
      int cond = condition((*args)[i], depth + 1);
      std::string sig = signature(cond);
      if (!mentions_check(cond) || (i > 0 && sig != first)) {
        result.reset();
        break;
      }
      if (i == 0) first = sig, result = cond;
    }
  }
  resolving_.erase(param->function);
  return result;
}

// A condition's shape with its checks' keys: equal for `f(on)` and `f(isOn("x"))`.
std::string ModelBuilder::signature(int cond) const {
  if (cond < 0) return "-";
  const model::CondNode& node = model_.conditions[cond];
  // Appended piece by piece: `"x" + std::string` here trips GCC 12's false -Wrestrict (PR 105329).
  std::string out = std::to_string(static_cast<int>(node.op));
  if (node.constant) out.append("=").append(model::to_display(*node.constant));
  if (node.op == model::CondOp::Check) {
    const model::FlagCheck& check = model_.checks[node.check];
    out.append("[").append(check.key).append("/").append(std::to_string(static_cast<int>(check.returns))).append("]");
  }
  out.append("(").append(signature(node.lhs)).append(",").append(signature(node.rhs)).append(")");
  return out;
}

bool ModelBuilder::mentions_check(int cond) const {
  if (cond < 0) return false;
  const auto& node = model_.conditions[cond];
  return node.op == model::CondOp::Check || mentions_check(node.lhs) || mentions_check(node.rhs);
}

bool ModelBuilder::always_exits(TSNode body, int depth) const {
  if (index_.has(body, Role::Exit)) return true;
  if (depth > 4) return false;
  // A body that is neither an exit nor a block is one statement (a loop, a nested if...): its last
  // part exiting proves nothing (`if (c) for (...) { return; }` may loop zero times). Only an entry
  // that is its own arm body (Kotlin `c -> return`) is judged by its last part.
  if (!index_.has(body, Role::Block) && !index_.has(body, Role::Arm)) return false;
  for (uint32_t i = ts_node_named_child_count(body); i-- > 0;) {
    TSNode last = ts_node_named_child(body, i);
    if (ts_node_is_extra(last)) continue;
    return index_.has(last, Role::Exit) || (index_.has(last, Role::Block) && always_exits(last, depth + 1));
  }
  return false;
}

std::optional<model::Span> ModelBuilder::rest_of_block(TSNode statement) const {
  TSNode parent = tree().parent(statement);
  if (ts_node_is_null(parent) || !index_.has(parent, Role::Block)) return std::nullopt;
  TSNode first = tree().next_statement(statement), last = tree().last_statement(parent);
  if (ts_node_is_null(first)) return std::nullopt;
  return lines_.span(ts_node_start_byte(first), ts_node_end_byte(last));
}

// A block's statements without its delimiters: from its first to its last named child (comments
// included). Anything else (one statement, an expression) is its own inner part.
model::Span ModelBuilder::inner(TSNode body) const {
  if (!index_.has(body, Role::Block)) return span(body);
  uint32_t count = ts_node_named_child_count(body);
  if (count == 0) {
    // An empty block: its inner part is the empty text after the opening delimiter.
    TSNode first = ts_node_child(body, 0);
    uint32_t at = ts_node_is_null(first) ? ts_node_start_byte(body) : ts_node_end_byte(first);
    if (ts_node_child_count(body) == 0) at = ts_node_start_byte(body);
    return lines_.span(at, at);
  }
  return lines_.span(ts_node_start_byte(ts_node_named_child(body, 0)),
                     ts_node_end_byte(ts_node_named_child(body, count - 1)));
}

bool ModelBuilder::ends_in_value(TSNode block) const {
  for (const RoleMatch* m : index_.find_all(block, Role::Block)) {
    if (m->part(Part::Value)) return true;
  }
  return false;
}

// An arm body that holds its own pattern (a Kotlin `when` entry) names the part that runs with
// `@arm.inner`; any other body is its own.
model::Span ModelBuilder::arm_inner(TSNode body) const {
  for (const RoleMatch* m : index_.find_all(body, Role::Arm)) {
    // A block that is a value (Rust's `{ a(); 1 }`) stays one: its statements alone are not.
    if (const TSNode* part = m->part(Part::Inner)) return ends_in_value(*part) ? span(*part) : inner(*part);
  }
  return inner(body);
}

// The statement of a block that holds only `node` (an expression statement), which goes when
// `node` goes. An exit (`return flag && x`) is not: its value is still returned.
// A construct whose node only wraps the expression (JSX `{flag && <X/>}`) is removed whole.
std::optional<model::Span> ModelBuilder::sole_statement(TSNode node) const {
  if (ts_node_named_child_count(node) == 1) return span(node);
  TSNode parent = tree().parent(node);
  if (ts_node_is_null(parent) || ts_node_named_child_count(parent) != 1 || index_.has(parent, Role::Exit)) {
    return std::nullopt;
  }
  TSNode block = tree().parent(parent);
  if (ts_node_is_null(block) || !index_.has(block, Role::Block)) return std::nullopt;
  return span(parent);
}

// Whether `node` is an alternative of an enclosing @if (Ruby's elsif node, Kotlin's nested if).
bool ModelBuilder::continues_chain(TSNode node) const {
  TSNode parent = tree().parent(node);
  const RoleMatch* outer = ts_node_is_null(parent) ? nullptr : index_.find(parent, Role::If);
  if (!outer) return false;
  for (TSNode alternative : outer->all(Part::Else)) {
    if (ts_node_eq(alternative, node)) return true;
  }
  return false;
}

void ModelBuilder::add_construct(model::Construct construct, TSNode node) {
  bool relevant = false;
  for (const auto& arm : construct.arms) relevant |= mentions_check(arm.cond);
  if (!relevant) return;
  construct.whole = span(node);
  model_.constructs.push_back(std::move(construct));
}

void ModelBuilder::add_if(const RoleMatch& m) {
  const TSNode* cond = m.part(Part::Cond);
  const TSNode* then = m.part(Part::Then);
  if (!cond || !then) return;
  model::Construct construct{model::ConstructKind::IfChain, {}, {}, rest_of_block(m.node)};
  construct.continues_chain = continues_chain(m.node);
  construct.arms.push_back({condition(*cond), lines_.span(ts_node_start_byte(m.node), ts_node_end_byte(*then)),
                            span(*then), always_exits(*then), arm_inner(*then)});
  std::vector<TSNode> bodies{*then};
  Siblings siblings;
  for (TSNode alternative : m.all(Part::Else)) {
    // The match that names the arm's body (another may name only its `.inner`).
    const RoleMatch* arm = nullptr;
    for (const RoleMatch* candidate : index_.find_all(alternative, Role::Arm)) {
      if (!arm || (!arm->part(Part::Then) && candidate->part(Part::Then))) arm = candidate;
    }
    const TSNode* body = arm ? arm->part(Part::Then) : &alternative;
    if (!body) continue;
    int arm_cond = arm && arm->part(Part::Cond) ? condition(*arm->part(Part::Cond)) : -1;
    construct.arms.push_back({arm_cond, else_clause(alternative, siblings), span(*body), always_exits(*body), arm_inner(*body)});
    bodies.push_back(*body);
  }
  // What an arm may leave in the if's place, checked only for an if over a flag (it reads the
  // function's text around the if).
  bool relevant = false;
  for (const auto& arm : construct.arms) relevant |= mentions_check(arm.cond);
  for (size_t i = 0; relevant && i < bodies.size(); ++i) {
    construct.arms[i].inner = if_arm_inner(bodies[i], m.node, construct.after.has_value());
  }
  add_construct(std::move(construct), m.node);
}

// An `.else` (a block, a nested if, an `else if` @arm) whose `else` keyword is a token before it
// rather than part of it: its clause, what goes when an earlier arm is taken, starts at that token (a keyword sibling of
// that type, past an opening `{` and comments), so that removing the clause leaves valid code;
// when that `{` is a sibling too (Swift `else { statements }`), the clause ends at the matching `}`.
model::Span ModelBuilder::else_clause(TSNode body, Siblings& siblings) const {
  // The parent's children, through a cursor and once per parent: ts_node_prev_sibling searches down
  // from the root, and reading the children again for each alternative, which made a 10,000-arm
  // else-if chain (nested: C, Java) or elif chain (flat: Python) quadratic.
  TSNode parent = tree().parent(body);
  if (ts_node_is_null(parent)) return span(body);
  if (!ts_node_eq(parent, siblings.parent)) {
    siblings = {parent, {}, {}};
    TSTreeCursor cursor = ts_tree_cursor_new(parent);
    for (bool more = ts_tree_cursor_goto_first_child(&cursor); more; more = ts_tree_cursor_goto_next_sibling(&cursor)) {
      TSNode child = ts_tree_cursor_current_node(&cursor);
      if (ts_node_is_extra(child)) continue;
      siblings.index.emplace(child.id, siblings.tokens.size());
      siblings.tokens.push_back(child);
    }
    ts_tree_cursor_delete(&cursor);
  }
  auto found = siblings.index.find(body.id);
  if (found == siblings.index.end()) return span(body);
  size_t at = found->second;
  const std::vector<TSNode>& tokens = siblings.tokens;
  auto type_at = [&](size_t i) { return i < tokens.size() ? std::string_view(ts_node_type(tokens[i])) : std::string_view(); };
  bool brace = at >= 1 && type_at(at - 1) == "{";
  size_t keyword = brace ? at - 2 : at - 1;
  if (at < (brace ? 2u : 1u) || type_at(keyword) != "else") return span(body);
  uint32_t end = brace && type_at(at + 1) == "}" ? ts_node_end_byte(tokens[at + 1]) : ts_node_end_byte(body);
  return lines_.span(ts_node_start_byte(tokens[keyword]), end);
}

void ModelBuilder::add_two_armed(const RoleMatch& m, model::ConstructKind kind) {
  const TSNode* cond = m.part(Part::Cond);
  const TSNode* then = m.part(Part::Then);
  if (!cond || !then) return;
  model::Construct construct{kind, {}, {}, std::nullopt};
  construct.arms.push_back({condition(*cond), span(*then), span(*then), false, inner(*then)});
  if (const TSNode* otherwise = m.part(Part::Else)) {
    construct.arms.push_back({-1, span(*otherwise), span(*otherwise), false, inner(*otherwise)});
  }
  construct.statement = sole_statement(m.node);
  add_construct(std::move(construct), m.node);
}

void ModelBuilder::extract_constructs() {
  for (const RoleMatch& m : index_.matches()) {
    switch (m.role) {
      case Role::If: add_if(m); break;
      case Role::Ternary: add_two_armed(m, model::ConstructKind::Ternary); break;
      case Role::Guard: add_two_armed(m, model::ConstructKind::Guard); break;
      case Role::Loop: add_two_armed(m, model::ConstructKind::Loop); break;
      case Role::Switch: add_switch(m, true); break;
      case Role::Match: add_switch(m, false); break;
      default: break;
    }
  }
}

}  // namespace flagdebt::frontends::ts
