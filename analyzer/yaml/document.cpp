#include "yaml/document.h"

#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

namespace flagdebt::yaml {

namespace {

Mark mark_of(const yaml_mark_t& mark) {
  return Mark{static_cast<uint32_t>(mark.line) + 1, static_cast<uint32_t>(mark.column) + 1};
}

// YAML 1.2 core schema's null spellings (what yaml-cpp also read as null).
bool null_spelling(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::string_view text_of(const unsigned char* text, size_t length) {
  return text == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(text), length);
}

// Owns one libyaml parser and one event at a time.
class EventStream {
 public:
  explicit EventStream(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~EventStream() {
    if (has_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  EventStream(const EventStream&) = delete;
  EventStream& operator=(const EventStream&) = delete;

  // The next event, or nullptr on a syntax error (then error() says what and where).
  const yaml_event_t* next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = yaml_parser_parse(&parser_, &event_) != 0;
    return has_event_ ? &event_ : nullptr;
  }
  support::Diag error(const std::string& path) const {
    std::string problem = parser_.problem != nullptr ? parser_.problem : "unreadable input";
    if (parser_.context != nullptr) problem += std::string(" ") + parser_.context;
    Mark at = mark_of(parser_.problem_mark);
    return support::make_diag(path, at.line, at.column, "invalid YAML: " + problem);
  }

 private:
  yaml_parser_t parser_;
  yaml_event_t event_;
  bool has_event_ = false;
};

}  // namespace

// Turns the event stream into Document items: an explicit stack of open containers, no recursion.
class DocumentBuilder {
 public:
  DocumentBuilder(Document& doc, const std::string& path) : doc_(doc), path_(path) {}

  std::optional<support::Diag> build(EventStream& events) {
    doc_.items_.push_back({});  // the root; stays null for an empty stream
    expanded_.push_back(1);
    for (;;) {
      const yaml_event_t* event = events.next();
      if (event == nullptr) return events.error(path_);
      switch (event->type) {
        case YAML_SCALAR_EVENT: add_scalar(*event); break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
          if (auto err = open(*event)) return err;
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          if (auto err = close()) return err;
          break;
        case YAML_ALIAS_EVENT:
          if (auto err = add_alias(*event)) return err;
          break;
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT: return std::nullopt;  // only the first document counts
        default: break;
      }
    }
  }

 private:
  // A new node goes to the root slot first, then into the innermost open container.
  uint32_t place(Document::Item item, const unsigned char* anchor) {
    uint32_t index = 0;
    if (root_placed_) {
      index = static_cast<uint32_t>(doc_.items_.size());
      doc_.items_.push_back(std::move(item));
      expanded_.push_back(1);
      doc_.items_[open_.back()].children.push_back(index);
    } else {
      doc_.items_[0] = std::move(item);
      root_placed_ = true;
    }
    if (anchor != nullptr) anchors_[reinterpret_cast<const char*>(anchor)] = index;
    return index;
  }

  void add_scalar(const yaml_event_t& event) {
    const auto& s = event.data.scalar;
    std::string_view text = text_of(s.value, s.length);
    Document::Item item;
    item.quoted = s.style != YAML_PLAIN_SCALAR_STYLE && s.style != YAML_ANY_SCALAR_STYLE;
    // `!!str 1` is text too.
    if (s.tag != nullptr && text_of(s.tag, std::strlen(reinterpret_cast<const char*>(s.tag))) == YAML_STR_TAG) item.quoted = true;
    item.kind = !item.quoted && s.tag == nullptr && null_spelling(text) ? Document::Kind::Null : Document::Kind::Scalar;
    item.mark = mark_of(event.start_mark);
    item.text = std::string(text);
    place(std::move(item), s.anchor);
  }

  std::optional<support::Diag> open(const yaml_event_t& event) {
    if (open_.size() >= Document::kMaxDepth) {
      Mark at = mark_of(event.start_mark);
      return support::make_diag(path_, at.line, at.column,
                                "invalid YAML: nested deeper than " + std::to_string(Document::kMaxDepth) + " levels");
    }
    bool map = event.type == YAML_MAPPING_START_EVENT;
    Document::Item item;
    item.kind = map ? Document::Kind::Map : Document::Kind::Sequence;
    item.mark = mark_of(event.start_mark);
    open_.push_back(place(std::move(item), map ? event.data.mapping_start.anchor : event.data.sequence_start.anchor));
    expanded_[open_.back()] = 0;  // open: not countable yet
    return std::nullopt;
  }

  // A closed container counts the nodes it stands for with every alias expanded: readers walk
  // aliases as copies, so a few nested aliases (`b: [*a, *a]`, `c: [*b, *b]`, ...) must not turn
  // into billions of nodes for them.
  std::optional<support::Diag> close() {
    auto& item = doc_.items_[open_.back()];
    uint64_t expanded = 1;
    for (uint32_t child : item.children) expanded += expanded_[child];
    expanded_[open_.back()] = expanded;
    open_.pop_back();
    if (expanded <= std::max<uint64_t>(kMaxExpandedNodes, 4 * doc_.items_.size())) return std::nullopt;
    return support::make_diag(path_, item.mark.line, item.mark.column, "invalid YAML: aliases expand to too many nodes");
  }

  // The alias refers to the anchored node itself: nothing is copied. An alias to a container that is
  // still open would make a cycle.
  std::optional<support::Diag> add_alias(const yaml_event_t& event) {
    const char* name = reinterpret_cast<const char*>(event.data.alias.anchor);
    auto it = anchors_.find(name != nullptr ? name : "");
    Mark at = mark_of(event.start_mark);
    if (it == anchors_.end() || !root_placed_) {
      return support::make_diag(path_, at.line, at.column, std::string("invalid YAML: unknown anchor '") + (name ? name : "") + "'");
    }
    if (expanded_[it->second] == 0) {
      return support::make_diag(path_, at.line, at.column, std::string("invalid YAML: alias '") + name + "' inside its own anchor");
    }
    doc_.items_[open_.back()].children.push_back(it->second);
    return std::nullopt;
  }

  static constexpr uint64_t kMaxExpandedNodes = 1'000'000;

  Document& doc_;
  const std::string& path_;
  std::vector<uint32_t> open_;
  std::vector<uint64_t> expanded_;  // per item: nodes with aliases expanded; 0 for an open container
  std::map<std::string, uint32_t> anchors_;
  bool root_placed_ = false;
};

std::expected<Document, support::Diag> Document::parse(std::string_view text, const std::string& path) {
  Document doc;
  // Most YAML spends more than 4 bytes per node (a manifest's `    status: decided` is two in 20):
  // sized once, a 10,000-flag manifest's ~100,000 items are not moved again each time it grows.
  doc.items_.reserve(text.size() / 4 + 1);
  EventStream events(text);
  if (auto err = DocumentBuilder(doc, path).build(events)) return std::unexpected(*err);
  return doc;
}

bool Node::is_null() const { return doc_ != nullptr && doc_->items_[index_].kind == Document::Kind::Null; }
bool Node::is_scalar() const { return doc_ != nullptr && doc_->items_[index_].kind == Document::Kind::Scalar; }
bool Node::is_sequence() const { return doc_ != nullptr && doc_->items_[index_].kind == Document::Kind::Sequence; }
bool Node::is_map() const { return doc_ != nullptr && doc_->items_[index_].kind == Document::Kind::Map; }
bool Node::quoted() const { return doc_ != nullptr && doc_->items_[index_].quoted; }
Mark Node::mark() const { return doc_ != nullptr ? doc_->items_[index_].mark : Mark{}; }

const std::string& Node::scalar() const {
  static const std::string none;
  return doc_ != nullptr ? doc_->items_[index_].text : none;
}

Node Node::operator[](std::string_view key) const {
  if (!is_map()) return {};
  const auto& children = doc_->items_[index_].children;
  for (size_t i = 0; i + 1 < children.size(); i += 2) {
    const auto& k = doc_->items_[children[i]];
    if (k.kind != Document::Kind::Map && k.kind != Document::Kind::Sequence && k.text == key) return Node(doc_, children[i + 1]);
  }
  return {};
}

std::vector<Node> Node::items() const {
  std::vector<Node> out;
  if (!is_sequence()) return out;
  for (uint32_t child : doc_->items_[index_].children) out.push_back(Node(doc_, child));
  return out;
}

std::vector<std::pair<Node, Node>> Node::entries() const {
  std::vector<std::pair<Node, Node>> out;
  if (!is_map()) return out;
  const auto& children = doc_->items_[index_].children;
  for (size_t i = 0; i + 1 < children.size(); i += 2) out.emplace_back(Node(doc_, children[i]), Node(doc_, children[i + 1]));
  return out;
}

}  // namespace flagdebt::yaml
