#include "frontends/treesitter/ts_frontend.h"

#include <tree_sitter/api.h>

#include "frontends/treesitter/capture_index.h"
#include "frontends/treesitter/model_builder.h"
#include "frontends/treesitter/nesting_budget.h"
#include "frontends/treesitter/parse_budget.h"
#include "frontends/treesitter/tidy_facts.h"
#include "support/embedded_files.h"

namespace flagdebt::frontends::ts {

TreeSitterFrontend::TreeSitterFrontend(const TSLanguage* language, std::string query_path, Passes passes)
    : language_(language), query_path_(std::move(query_path)), passes_(std::move(passes)) {}

TreeSitterFrontend::~TreeSitterFrontend() = default;

namespace {

const std::string_view* embedded(std::string_view path) {
  for (const auto& file : support::embedded_files()) {
    if (file.path == path) return &file.contents;
  }
  return nullptr;
}

// A query's text with the files its first line `; inherits: a b` names put before it
// (nvim-treesitter's convention), from the sibling folders queries/a/flags.scm, ...
std::expected<std::string, std::string> assemble(const std::string& path, int depth = 0) {
  const std::string_view* text = embedded(path);
  if (!text) return std::unexpected(path + ": query file not built into this binary");
  std::string out;
  constexpr std::string_view kInherits = "; inherits:";
  if (text->starts_with(kInherits) && depth < 8) {
    std::string_view names = text->substr(kInherits.size(), text->find('\n') - kInherits.size());
    std::string folder = path.substr(0, path.rfind('/', path.rfind('/') - 1) + 1);
    for (size_t pos = 0; pos < names.size();) {
      size_t start = names.find_first_not_of(' ', pos);
      if (start == std::string_view::npos) break;
      size_t end = std::min(names.size(), names.find(' ', start));
      auto parent = assemble(folder + std::string(names.substr(start, end - start)) + "/flags.scm", depth + 1);
      if (!parent) return parent;
      out += *parent + "\n";
      pos = end;
    }
  }
  return out + std::string(*text);
}

}  // namespace

const CompiledQuery* TreeSitterFrontend::compiled() const {
  std::call_once(once_, [this] {
    auto source = assemble(query_path_);
    if (!source) {
      error_ = source.error();
      return;
    }
    auto query = CompiledQuery::compile(language_, *source);
    if (query) query_.reset(*query);
    else error_ = query_path_ + " (with what it inherits): " + query.error();
  });
  return query_.get();
}

std::expected<const CompiledQuery*, std::string> TreeSitterFrontend::extra(const std::string& query) const {
  std::lock_guard lock(extras_mutex_);
  auto it = extras_.find(query);
  if (it == extras_.end()) {
    auto compiled = CompiledQuery::compile(language_, query);
    std::expected<std::unique_ptr<CompiledQuery>, std::string> entry = std::unexpected(std::string());
    if (compiled) entry = std::unique_ptr<CompiledQuery>(*compiled);
    else entry = std::unexpected(compiled.error());
    it = extras_.emplace(query, std::move(entry)).first;
  }
  if (!it->second) return std::unexpected(it->second.error());
  return it->second->get();
}

std::optional<support::Diag> TreeSitterFrontend::check_extra_query(const std::string& query) const {
  auto compiled = extra(query);
  if (compiled) return std::nullopt;
  return support::make_diag("", 0, 0, compiled.error());
}

std::optional<support::Diag> TreeSitterFrontend::self_check() const {
  if (!passes_) return support::make_diag(query_path_, 0, 0, passes_.error());
  if (!compiled()) return support::make_diag("", 0, 0, error_);
  // The scan skips tree-sitter's pattern analysis; the check runs it, so a pattern that can never
  // match is still an error here.
  auto source = assemble(query_path_);
  auto checked = CompiledQuery::compile(language_, *source, CompiledQuery::Analysis::Full);
  if (!checked) return support::make_diag("", 0, 0, query_path_ + " (with what it inherits): " + checked.error());
  std::unique_ptr<CompiledQuery> release(*checked);
  return std::nullopt;
}

namespace {

using TreePtr = std::unique_ptr<TSTree, decltype(&ts_tree_delete)>;

// TSInput's reader over the whole text: everything from `byte` on.
const char* read_text(void* payload, uint32_t byte, TSPoint, uint32_t* length) {
  const auto& text = *static_cast<std::string_view*>(payload);
  std::string_view rest = text.substr(std::min<size_t>(byte, text.size()));
  *length = static_cast<uint32_t>(rest.size());
  return rest.data();
}

// The file's syntax tree, or null when the parser gave up or the budget cancelled it.
TreePtr parse(const TSLanguage* language, std::string_view text, ParseBudget& budget) {
  // One parser per thread (the scan's workers), kept between files: a new parser allocates its
  // stacks and lexer again for every file.
  thread_local std::unique_ptr<TSParser, decltype(&ts_parser_delete)> parser(ts_parser_new(), ts_parser_delete);
  ts_parser_set_language(parser.get(), language);
  TSInput input{&text, read_text, TSInputEncodingUTF8, nullptr};
  TreePtr tree(ts_parser_parse_with_options(parser.get(), nullptr, input, budget.parse_options()), ts_tree_delete);
  if (!tree) ts_parser_reset(parser.get());  // a cancelled parse would otherwise resume on the next file
  return tree;
}

support::Diag over_budget(std::string_view path) {
  support::Diag diag = support::make_diag(std::string(path), 0, 0, "skipped: parse budget exceeded");
  diag.severity = support::Severity::Note;
  return diag;
}

}  // namespace

std::expected<model::FileModel, support::Diag> TreeSitterFrontend::analyze(const ParseInput& input) const {
  if (!passes_) return std::unexpected(support::make_diag(std::string(input.path), 0, 0, passes_.error()));
  const CompiledQuery* query = compiled();
  if (!query) return std::unexpected(support::make_diag(std::string(input.path), 0, 0, error_));
  ParseBudget budget(input.budget);
  TreePtr tree = parse(language_, input.text, budget);
  if (budget.exceeded()) return std::unexpected(over_budget(input.path));
  if (!tree) return std::unexpected(support::make_diag(std::string(input.path), 0, 0, "parser gave up"));
  TSNode root = ts_tree_root_node(tree.get());
  CaptureIndex index(*query, root, input.text, budget.query_options(), kMaxQueryDepth);
  for (size_t i = 0; i < input.rules.queries.size(); ++i) {
    const auto& rule = input.rules.queries[i];
    if (!rule.applies_to(input.language)) continue;
    auto compiled = extra(rule.query);
    if (!compiled) return std::unexpected(support::make_diag(rule.source, rule.query_line, 0, compiled.error()));
    index.add(**compiled, root, input.text, static_cast<int>(i), budget.query_options(), kMaxQueryDepth);
  }
  // A cancelled query leaves partial matches: a partial model would report wrong dead code.
  if (budget.exceeded()) return std::unexpected(over_budget(input.path));
  // Passes first look at the file (libclang: checks behind macros), then edit the built model.
  passes::FileFacts facts;
  for (const passes::ModelPass* pass : *passes_) pass->before(input, facts);
  model::FileModel model = ModelBuilder(index, root, input.text, input, facts.checks).build();
  for (const passes::ModelPass* pass : *passes_) pass->after(input, facts, model);
  model.note = nesting_note(root, input.path);
  return model;
}

std::optional<std::vector<std::pair<uint32_t, uint32_t>>> TreeSitterFrontend::syntax_errors(std::string_view text) const {
  ParseBudget budget(kDefaultParseBudget);
  TreePtr tree = parse(language_, text, budget);
  if (!tree || budget.exceeded()) return std::nullopt;
  std::vector<std::pair<uint32_t, uint32_t>> errors;
  // Iterative walk: a hostile file may nest deeper than the stack allows.
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree.get()));
  for (bool more = true; more;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    bool bad = ts_node_is_error(node) || ts_node_is_missing(node);
    if (bad) errors.emplace_back(ts_node_start_byte(node), ts_node_end_byte(node));
    if (!bad && ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!(more = ts_tree_cursor_goto_next_sibling(&cursor))) {
      if (!ts_tree_cursor_goto_parent(&cursor)) break;
    }
  }
  ts_tree_cursor_delete(&cursor);
  return errors;
}

std::optional<TidyFacts> TreeSitterFrontend::tidy_facts(std::string_view text) const {
  std::call_once(tidy_once_, [this] {
    std::string path = query_path_.substr(0, query_path_.rfind('/') + 1) + "fix.scm";
    if (const std::string_view* source = embedded(path)) tidy_query_ = TidyQuery::compile(language_, *source);
  });
  if (!tidy_query_) return TidyFacts{};
  ParseBudget budget(kDefaultParseBudget);
  TreePtr tree = parse(language_, text, budget);
  if (!tree || budget.exceeded()) return std::nullopt;
  return tidy_query_->run(ts_tree_root_node(tree.get()), text);
}

}  // namespace flagdebt::frontends::ts
