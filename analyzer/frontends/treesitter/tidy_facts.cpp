#include "frontends/treesitter/tidy_facts.h"

#include <algorithm>
#include <string>

#include "frontends/treesitter/capture_index.h"

namespace flagdebt::frontends::ts {

std::shared_ptr<const TidyQuery> TidyQuery::compile(const TSLanguage* language, std::string_view source) {
  uint32_t error_offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery* query = ts_query_new_unanalyzed(language, source.data(), static_cast<uint32_t>(source.size()), &error_offset, &error);
  if (!query) return nullptr;
  return std::shared_ptr<const TidyQuery>(new TidyQuery(query));
}

TidyQuery::~TidyQuery() { ts_query_delete(query_); }

TidyFacts TidyQuery::run(TSNode root, std::string_view text) const {
  TidyFacts facts;
  auto range = [](TSNode n) { return TidyFacts::Range{ts_node_start_byte(n), ts_node_end_byte(n)}; };
  std::unique_ptr<TSQueryCursor, decltype(&ts_query_cursor_delete)> cursor(ts_query_cursor_new(), ts_query_cursor_delete);
  ts_query_cursor_exec(cursor.get(), query_, root);
  TSQueryMatch match;
  while (ts_query_cursor_next_match(cursor.get(), &match)) {
    TidyFacts::Import import;
    TidyFacts::Local local;
    bool is_import = false, is_local = false;
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      uint32_t length = 0;
      std::string_view name = ts_query_capture_name_for_id(query_, match.captures[i].index, &length);
      name = name.substr(0, length);
      TSNode node = match.captures[i].node;
      if (name == "opaque") facts.opaque.push_back(range(node));
      else if (name == "import") is_import = true, import.spec = range(node);
      else if (name == "import.name") import.alias = node_text(node, text);
      else if (name == "import.path") import.path = node_text(node, text);
      else if (name == "import.declaration") import.declaration = range(node);
      else if (name == "local") is_local = true, local.statement = range(node);
      else if (name == "local.name") local.name = node_text(node, text);
      else if (name == "local.scope") local.scope = range(node);
    }
    if (is_import) facts.imports.push_back(std::move(import));
    if (is_local) facts.locals.push_back(std::move(local));
  }
  std::sort(facts.opaque.begin(), facts.opaque.end());
  return facts;
}

}  // namespace flagdebt::frontends::ts
