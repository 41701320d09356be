#pragma once
// The one tree-sitter frontend: a grammar plus its flags.scm query, driven the same way for every
// language, with the model passes its language table row names (passes/model_pass.h) around the
// model builder.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "frontends/frontend.h"
#include "frontends/passes/model_pass.h"

struct TSLanguage;

namespace flagdebt::frontends::ts {

class CompiledQuery;
class TidyQuery;

class TreeSitterFrontend final : public Frontend {
 public:
  using Passes = std::expected<std::vector<const passes::ModelPass*>, std::string>;
  // `query_path` names an embedded file, e.g. "analyzer/frontends/queries/python/flags.scm";
  // `passes` the row's passes, or why they could not be found (then every file fails with it).
  TreeSitterFrontend(const TSLanguage* language, std::string query_path, Passes passes = {});
  ~TreeSitterFrontend() override;

  std::expected<model::FileModel, support::Diag> analyze(const ParseInput& input) const override;
  std::optional<support::Diag> self_check() const override;
  std::optional<support::Diag> check_extra_query(const std::string& query) const override;
  std::optional<std::vector<std::pair<uint32_t, uint32_t>>> syntax_errors(std::string_view text) const override;
  std::optional<TidyFacts> tidy_facts(std::string_view text) const override;

 private:
  const CompiledQuery* compiled() const;  // compiled once, shared by all threads
  // A rule file's extra query, compiled once per text; the error when it does not compile.
  std::expected<const CompiledQuery*, std::string> extra(const std::string& query) const;

  const TSLanguage* language_;
  std::string query_path_;
  Passes passes_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<CompiledQuery> query_;
  mutable std::string error_;
  mutable std::mutex extras_mutex_;
  mutable std::map<std::string, std::expected<std::unique_ptr<CompiledQuery>, std::string>> extras_;
  // The language's fix.scm beside its flags.scm (tidy_facts.h), compiled once; null: none.
  mutable std::once_flag tidy_once_;
  mutable std::shared_ptr<const TidyQuery> tidy_query_;
};

}  // namespace flagdebt::frontends::ts
