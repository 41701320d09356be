#pragma once
// A parsed YAML document (first document of a stream) built from libyaml's events: maps, sequences
// and scalars with their 1-based positions. Aliases share the anchored node (never expanded), and
// nesting is bounded, so hostile input costs at most linear time and memory.
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/diag.h"

namespace flagdebt::yaml {

// 1-based; line 0 = unknown (an absent node).
struct Mark {
  uint32_t line = 0;
  uint32_t column = 0;
};

class Document;

// A handle to one node of a Document (which must outlive it); default-constructed = absent, as
// what `operator[]` returns for a missing key.
class Node {
 public:
  Node() = default;
  explicit operator bool() const { return doc_ != nullptr; }
  // `~`, `null`, an empty value: plain scalars that mean "nothing" (is_scalar() is false for them).
  bool is_null() const;
  bool is_scalar() const;
  bool is_sequence() const;
  bool is_map() const;
  // A scalar's text (also a null's text as written).
  const std::string& scalar() const;
  // Written quoted or as a block scalar: always text, never a boolean or number.
  bool quoted() const;
  Mark mark() const;
  // The value under a scalar key of a map; absent when there is none or this is no map.
  Node operator[](std::string_view key) const;
  // A sequence's items, or a map's entries as (key, value) pairs.
  std::vector<Node> items() const;
  std::vector<std::pair<Node, Node>> entries() const;

 private:
  friend class Document;
  Node(const Document* doc, uint32_t index) : doc_(doc), index_(index) {}
  const Document* doc_ = nullptr;
  uint32_t index_ = 0;
};

class Document {
 public:
  // The stream's first document; an empty text gives a null root. Syntax errors, unknown aliases and
  // nesting deeper than kMaxDepth become "invalid YAML: ..." at their position.
  static std::expected<Document, support::Diag> parse(std::string_view text, const std::string& path);
  static constexpr int kMaxDepth = 2000;

  Node root() const { return Node(this, 0); }

 private:
  friend class Node;
  friend class DocumentBuilder;
  enum class Kind : uint8_t { Null, Scalar, Sequence, Map };
  struct Item {
    Kind kind = Kind::Null;
    bool quoted = false;
    Mark mark;
    std::string text;
    std::vector<uint32_t> children;  // a map's alternate key, value
  };
  std::vector<Item> items_;
};

}  // namespace flagdebt::yaml
