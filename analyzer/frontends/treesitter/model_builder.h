#pragma once
// ModelBuilder: from a file's captures to the language-neutral FileModel (checks, references,
// conditions, constructs). Knows capture roles, never a language.
#include <set>
#include <span>
#include <unordered_map>

#include "frontends/frontend.h"
#include "frontends/passes/model_pass.h"
#include "frontends/treesitter/alias_table.h"
#include "frontends/treesitter/call_matcher.h"
#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/covered_ranges.h"
#include "frontends/treesitter/field_table.h"
#include "frontends/treesitter/helper_table.h"
#include "frontends/treesitter/param_table.h"
#include "frontends/treesitter/tree_index.h"
#include "support/line_index.h"

namespace flagdebt::frontends::ts {

class ModelBuilder {
 public:
  // `extra`: checks the model passes found before the build (passes::FileFacts::checks).
  ModelBuilder(const CaptureIndex& index, TSNode root, std::string_view text, const ParseInput& input,
               std::span<const passes::ExtraCheck> extra = {});
  model::FileModel build();

 private:
  void extract_key_constants();
  void export_package_helpers();
  std::optional<int> package_helper(TSNode node);
  void extract_checks();
  std::optional<MatchedCall> extra_check(TSNode node) const;
  void add_query_check(const RoleMatch& m);
  void extract_mentions();
  void extract_constructs();
  void extract_unused_aliases();  // unused_alias.cpp
  std::optional<model::Span> declaration_statement(TSNode decl) const;
  bool declares_another(const model::Span& statement, std::string_view name) const;
  std::optional<TSNode> function_root(TSNode node) const;
  std::optional<int> alias_check(TSNode value) const;
  using Counter = size_t (*)(std::string_view, std::string_view);
  std::optional<model::UnusedAlias> alias_of(std::string key, std::vector<model::Span> statements, std::string_view within,
                                             std::string_view word, Counter count) const;
  void extract_unused_fields();  // unused_field.cpp
  std::optional<model::Span> member_statement(TSNode head) const;
  std::optional<model::Span> list_item(TSNode node) const;
  void extract_unused_parameters();  // unused_param.cpp
  std::optional<model::Span> list_entry(TSNode list, TSNode inner) const;
  void add_if(const RoleMatch& m);
  // switch_builder.cpp: @switch (arms fall into the next unless they exit) and @match.
  void add_switch(const RoleMatch& m, bool falls_through);
  int switch_arm_condition(TSNode arm, int subject);
  std::vector<TSNode> switch_arms(TSNode body) const;
  bool label_only(TSNode arm, bool named_bodies) const;
  int condition_list(TSNode node, int depth);
  int negated(TSNode chain, int cond);
  // The tokens of one node (extras left out), read once for all the alternatives it holds: a
  // Python if holds each of 10,000 elifs as a child.
  struct Siblings {
    TSNode parent{};
    std::vector<TSNode> tokens;
    std::unordered_map<const void*, size_t> index;  // a child's node id -> its place in tokens
  };
  model::Span else_clause(TSNode body, Siblings& siblings) const;
  void add_two_armed(const RoleMatch& m, model::ConstructKind kind);
  void add_construct(model::Construct construct, TSNode node);

  int condition(TSNode node, int depth = 0);
  int condition_node(TSNode node, int depth);
  model::Span inner(TSNode body) const;
  model::Span arm_inner(TSNode body) const;
  std::optional<model::Span> sole_statement(TSNode node) const;
  bool continues_chain(TSNode node) const;
  // case_body.cpp: a switch case's statements, when unwrapping them is safe.
  model::Span switch_arm_inner(TSNode arm, TSNode construct);
  // An if arm's inner part, unless a local it declares collides with the enclosing scope's names,
  // or it ends in a value (@block.value) and code `follows` the if: then its whole braced block
  // where the language has plain blocks, else none (the if stays).
  model::Span if_arm_inner(TSNode body, TSNode construct, bool follows);
  bool ends_in_value(TSNode block) const;  // a @block with a .value: its last part is its value
  bool declared_names_spelled(TSNode inner, uint32_t begin, uint32_t end, uint32_t skip_begin, uint32_t skip_end);
  std::vector<TSNode> case_statements(TSNode arm) const;
  void drop_trailing_break(std::vector<TSNode>& nodes) const;
  bool has_inner_break(uint32_t begin, uint32_t end);
  bool local_collides(TSNode arm, TSNode construct, uint32_t begin, uint32_t end);
  std::vector<std::string_view> local_names(const RoleMatch& local) const;
  const TSNode* carried_value(TSNode node) const;
  std::optional<int> param_condition(TSNode use, int depth);
  std::string signature(int cond) const;
  int push(model::CondNode node);
  int check_condition(const std::string& key, model::Returns returns, TSNode at);
  bool mentions_check(int cond) const;
  bool always_exits(TSNode body, int depth = 0) const;
  std::optional<model::Span> rest_of_block(TSNode statement) const;
  bool covered(TSNode node) const;
  void count(TSNode node);
  void add_mention(const std::string& key, TSNode node, std::string via);
  model::Span span(TSNode node) const { return lines_.span(ts_node_start_byte(node), ts_node_end_byte(node)); }

  const CaptureIndex& index_;
  std::string_view text_;
  const ParseInput& input_;
  std::span<const passes::ExtraCheck> extra_;
  support::LineIndex lines_;
  CallMatcher calls_;
  // What constructs, aliases and helpers are read with, built on first use: a file where nothing
  // can evaluate a flag (can_hold_checks) never needs them, and most parsed files of a real tree
  // hold a key only as a word or in a string.
  struct Tables {
    Tables(const CaptureIndex& index, TSNode root, std::string_view text);
    TreeIndex tree;
    AliasTable aliases;
    FieldTable fields;
    HelperTable helpers;
    ParamTable params;
  };
  Tables& tables() const;
  TreeIndex& tree() const { return tables().tree; }
  AliasTable& aliases() const { return tables().aliases; }
  FieldTable& fields() const { return tables().fields; }
  HelperTable& helpers() const { return tables().helpers; }
  ParamTable& params() const { return tables().params; }
  bool can_hold_checks() const;
  const std::string* callee_alias(const RoleMatch& call) const;

  TSNode root_;
  mutable std::optional<Tables> tables_;
  std::set<std::string> resolving_;  // functions whose parameters are being resolved (recursion)
  model::FileModel model_;
  std::unordered_map<uintptr_t, int> check_of_call_;  // call node id -> index into model_.checks
  CoveredRanges counted_;                             // check keys and mentions: not counted again inside
  // @break and @local matches by start byte, gathered when a switch case is first read.
  std::optional<std::vector<const RoleMatch*>> breaks_, locals_;
};

}  // namespace flagdebt::frontends::ts
