#pragma once
// CaptureIndex: runs a language's flags.scm over a syntax tree and records, per node, the roles
// the query gave it. Capture names form a closed vocabulary (docs/queries.md): a pattern has one
// head capture (its role, e.g. @if) and named parts (@if.cond, @if.then, ...); captures starting
// with "_" only feed predicates.
#include <tree_sitter/api.h>

#include <algorithm>
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <span>

#include "frontends/treesitter/node_map.h"
#include "support/regex.h"

// Added by grammars/patches/tree-sitter-query-unanalyzed.patch; api.h stays the pristine one.
extern "C" TSQuery* ts_query_new_unanalyzed(const TSLanguage* language, const char* source, uint32_t source_len,
                                            uint32_t* error_offset, TSQueryError* error_type);

namespace flagdebt::frontends::ts {

enum class Role : uint8_t {
  Call, NamedArg, String, Ident, Member, If, Arm, Ternary, Guard, Loop,
  Not, And, Or, Eq, Ne, Paren, True, False, Number, Decl, Write, Scope, Block, Exit, Constant, Check,
  BlockScope, Switch, Match, Fallthrough, Closure, Class, Field, FieldWrite, FieldRead, Function, Break, Local,
  LeadNot, Typed, BareDecl, PrivateField,
};

// The parts a pattern may name after its head: @<head>.<part>.
enum class Part : uint8_t { Name, Receiver, Args, Value, Cond, Then, Else, Operand, Left, Right, Key, Optional, Param, Bare, Inner, Owner, Label, Package, Result, Declares, Count };

struct RoleMatch {
  Role role{};
  uint8_t part_count = 0;
  int16_t tag = -1;  // which extra query (a rule file's `queries` entry) produced it; -1: the language's own
  TSNode node{};

  // The first node captured as `p`, or null.
  const TSNode* part(Part p) const {
    auto nodes = all(p);
    return nodes.empty() ? nullptr : nodes.data();
  }
  // Every node captured as `p`, in the order the query captured them.
  std::span<const TSNode> all(Part p) const {
    const Part* end = part_kinds + part_count;
    const Part* first = std::find(part_kinds, end, p);
    const Part* last = std::find_if(first, end, [p](Part q) { return q != p; });
    return {part_nodes + (first - part_kinds), static_cast<size_t>(last - first)};
  }

 private:
  friend class CaptureIndex;
  // The parts live in the CaptureIndex's arrays, grouped by part: a match is a few dozen bytes
  // instead of one vector per possible part (most matches are a lone identifier or string).
  const Part* part_kinds = nullptr;
  const TSNode* part_nodes = nullptr;
  uint32_t next_on_node = UINT32_MAX;  // the next match with the same head node
};

// A compiled flags.scm with its capture names resolved to roles and parts, and its predicates.
class CompiledQuery {
 public:
  // Skip: no parse-table analysis (grammars/patches/tree-sitter-query-unanalyzed.patch), milliseconds
  // instead of up to a second per grammar; the same matches, but an impossible pattern is not an
  // error, it just never matches. Full: tree-sitter's own ts_query_new, for checking query files.
  enum class Analysis { Skip, Full };
  static std::expected<CompiledQuery*, std::string> compile(const TSLanguage* language, std::string_view source,
                                                            Analysis analysis = Analysis::Skip);
  ~CompiledQuery();
  const TSQuery* query() const { return query_; }

  struct CaptureMeaning {
    bool is_head = false;
    bool ignored = false;
    Role role{};
    Part part{};
  };
  struct Predicate {
    enum Kind { Eq, NotEq, AnyOf, Match } kind;
    uint32_t capture;
    std::vector<std::string> values;
    std::optional<support::Regex> regex;  // Match
  };
  const CaptureMeaning& meaning(uint32_t capture) const { return captures_[capture]; }
  const std::vector<Predicate>& predicates(uint32_t pattern) const { return predicates_[pattern]; }

 private:
  TSQuery* query_ = nullptr;
  std::vector<CaptureMeaning> captures_;
  std::vector<std::vector<Predicate>> predicates_;
};

class CaptureIndex {
 public:
  CaptureIndex(CaptureIndex&&) = default;  // the matches point into arrays a move keeps in place
  CaptureIndex(const CaptureIndex&) = delete;
  CaptureIndex& operator=(const CaptureIndex&) = delete;
  // Runs `query`; `options` (may be null) can cancel it, leaving the matches found so far.
  // Patterns start only at nodes at most `max_start_depth` below `root` (the nesting budget).
  CaptureIndex(const CompiledQuery& query, TSNode root, std::string_view text, const TSQueryCursorOptions* options,
               uint32_t max_start_depth = UINT32_MAX);
  // Adds the matches of another query over the same tree, tagged with `tag`.
  void add(const CompiledQuery& query, TSNode root, std::string_view text, int tag,
           const TSQueryCursorOptions* options, uint32_t max_start_depth = UINT32_MAX);

  // All role matches whose head is `node`.
  const RoleMatch* find(TSNode node, Role role) const;
  bool has(TSNode node, Role role) const { return find(node, role) != nullptr; }
  // Every match with that role on `node` (a switch arm with one match per case label).
  std::vector<const RoleMatch*> find_all(TSNode node, Role role) const;
  const std::vector<RoleMatch>& matches() const { return matches_; }

 private:
  // Points every match at its parts again (the part arrays may have moved while growing).
  void link_parts();

  std::vector<RoleMatch> matches_;
  std::vector<Part> part_kinds_;
  std::vector<TSNode> part_nodes_;
  std::vector<uint32_t> first_part_;  // per match: where its parts begin in the part arrays
  NodeMap by_node_;  // head node -> its first match (the others follow through next_on_node)
  std::vector<uint32_t> last_on_node_;  // per first match of a node: the last one of its chain
};

std::string_view node_text(TSNode node, std::string_view text);
// A node's identity as a map key (TSNode itself has no hash).
inline uintptr_t id_of(TSNode node) { return reinterpret_cast<uintptr_t>(node.id); }
// Whether `node` lies within `outer`'s bytes (`outer` itself included).
bool node_inside(TSNode node, TSNode outer);

}  // namespace flagdebt::frontends::ts
