#include "history/key_history.h"

#include <cctype>
#include <filesystem>
#include <memory>

#include "findings/finding.h"
#include "history/git_handles.h"
#include "languages/languages.h"

namespace flagdebt::history {
namespace fs = std::filesystem;
namespace {

support::Date date_of(const git_commit* commit) {
  return support::Date{std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{git_commit_time(commit)}})};
}

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// The key as a whole word (new_checkout is not in new_checkout_v2).
bool mentions(std::string_view text, const std::string& key) {
  for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
    size_t end = at + key.size();
    if ((at == 0 || !name_char(text[at - 1])) && (end >= text.size() || !name_char(text[end]))) return true;
  }
  return false;
}

std::string_view blob_text(git_repository* repo, const git_oid& id, Blob& holder) {
  if (git_oid_is_zero(&id) || git_blob_lookup(&holder.p, repo, &id) != 0) return {};
  if (git_blob_is_binary(holder.p)) return {};
  return {static_cast<const char*>(git_blob_rawcontent(holder.p)), static_cast<size_t>(git_blob_rawsize(holder.p))};
}

bool is_code(const std::string& path) {
  const languages::Language* language = languages::detect(path, {});
  return language && language->has_code_model();
}

struct Opened {
  LibGit2 lib;
  Repo repo;
  std::string prefix;  // the current directory, relative to the work tree ("" or "a/b/")
};

std::expected<std::unique_ptr<Opened>, support::Diag> open_here() {
  auto out = std::make_unique<Opened>();
  if (git_repository_open_ext(&out->repo.p, ".", 0, nullptr) != 0) return std::unexpected(libgit2_error("no git repository"));
  const char* workdir = git_repository_workdir(out->repo.p);
  if (!workdir) return std::unexpected(support::make_diag("", 0, 0, "bare repository"));
  std::error_code ec;
  auto rel = fs::relative(fs::current_path(ec), fs::canonical(workdir, ec), ec).generic_string();
  out->prefix = rel == "." || rel.empty() ? "" : rel + "/";
  return out;
}

}  // namespace

std::expected<findings::KeyHistory, support::Diag> key_history(const std::vector<std::string>& keys,
                                                               const HistoryOptions& options) {
  auto opened = open_here();
  if (!opened) return std::unexpected(opened.error());
  git_repository* repo = (*opened)->repo.p;
  const std::string& prefix = (*opened)->prefix;
  Walk walk;
  if (git_revwalk_new(&walk.p, repo) != 0 || git_revwalk_push_head(walk.p) != 0) return std::unexpected(libgit2_error("no HEAD"));
  git_revwalk_simplify_first_parent(walk.p);
  findings::KeyHistory history;
  git_oid oid;
  for (size_t n = 0; n < options.max_commits && git_revwalk_next(&oid, walk.p) == 0; ++n) {
    Commit commit, parent;
    Tree tree, parent_tree;
    if (git_commit_lookup(&commit.p, repo, &oid) != 0 || git_commit_tree(&tree.p, commit.p) != 0) continue;
    if (git_commit_parentcount(commit.p) > 0 && git_commit_parent(&parent.p, commit.p, 0) == 0) {
      git_commit_tree(&parent_tree.p, parent.p);
    }
    Diff diff;
    if (git_diff_tree_to_tree(&diff.p, repo, parent_tree.p, tree.p, nullptr) != 0) continue;
    support::Date when = date_of(commit.p);
    for (size_t i = 0; i < git_diff_num_deltas(diff.p); ++i) {
      const git_diff_delta* delta = git_diff_get_delta(diff.p, i);
      std::string path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
      if (!path.starts_with(prefix) || !is_code(path)) continue;
      Blob old_blob, new_blob;
      std::string_view before = blob_text(repo, delta->old_file.id, old_blob);
      std::string_view after = blob_text(repo, delta->new_file.id, new_blob);
      for (const auto& key : keys) {
        bool was = mentions(before, key), is = mentions(after, key);
        if (was == is) continue;
        auto& events = history[key];
        if (is && (!events.first_seen || when < *events.first_seen)) events.first_seen = when;
        if (was && (!events.last_removed || when > *events.last_removed)) events.last_removed = when;
      }
    }
  }
  return history;
}

std::expected<std::vector<findings::TrendPoint>, support::Diag> monthly_trend(const std::string& manifest_path,
                                                                             int months, support::Date today) {
  auto opened = open_here();
  if (!opened) return std::unexpected(opened.error());
  git_repository* repo = (*opened)->repo.p;
  const std::string& prefix = (*opened)->prefix;
  std::vector<findings::TrendPoint> points;
  for (int back = months; back >= 0; --back) {
    auto ym = std::chrono::year_month{today.year(), today.month()} - std::chrono::months{back};
    support::Date point = back == 0 ? today : support::Date{ym / std::chrono::day{1}};
    // The newest first-parent commit on or before the point.
    Walk walk;
    if (git_revwalk_new(&walk.p, repo) != 0 || git_revwalk_push_head(walk.p) != 0) return std::unexpected(libgit2_error("no HEAD"));
    git_revwalk_simplify_first_parent(walk.p);
    git_oid oid;
    Commit commit;
    while (git_revwalk_next(&oid, walk.p) == 0) {
      Commit c;
      if (git_commit_lookup(&c.p, repo, &oid) != 0) continue;
      if (date_of(c.p) <= point) { std::swap(commit.p, c.p); break; }
    }
    if (!commit.p) continue;  // the repository is younger than this point
    Tree tree;
    if (git_commit_tree(&tree.p, commit.p) != 0) continue;
    // The manifest as it was then.
    git_tree_entry* entry = nullptr;
    if (git_tree_entry_bypath(&entry, tree.p, (prefix + manifest_path).c_str()) != 0) continue;
    Blob manifest_blob;
    std::string manifest_text(blob_text(repo, *git_tree_entry_id(entry), manifest_blob));
    git_tree_entry_free(entry);
    auto manifest = manifest::parse_manifest(manifest_text, manifest_path);
    if (!manifest) continue;  // an old manifest that no longer parses: no point for that month
    // Every code file then: which keys and retired models it names (text level).
    std::vector<std::string> referenced;
    std::vector<findings::Finding> model_hits;
    struct Ctx { git_repository* repo; const std::string* prefix; manifest::Manifest* m; std::vector<std::string>* refs; std::vector<findings::Finding>* hits; };
    Ctx ctx{repo, &prefix, &*manifest, &referenced, &model_hits};
    git_tree_walk(tree.p, GIT_TREEWALK_PRE, [](const char* root, const git_tree_entry* e, void* payload) -> int {
      auto& c = *static_cast<Ctx*>(payload);
      if (git_tree_entry_type(e) != GIT_OBJECT_BLOB) return 0;
      std::string path = std::string(root) + git_tree_entry_name(e);
      if (!path.starts_with(*c.prefix)) return 0;
      Blob blob;
      std::string_view text = blob_text(c.repo, *git_tree_entry_id(e), blob);
      if (is_code(path)) {
        for (const auto& flag : c.m->flags) if (mentions(text, flag.key)) c.refs->push_back(flag.key);
      }
      for (const auto& exp : c.m->experiments) {
        for (const auto& model : exp.models) {
          if (!model.retired || !mentions(text, model.name) || path == *c.prefix + c.m->sources.front()) continue;
          findings::Finding f;
          f.rule = findings::Rule::RetiredModelReference;
          f.subject = exp.id + "/" + model.name;
          c.hits->push_back(std::move(f));
        }
      }
      return 0;
    }, &ctx);
    auto metrics = findings::compute_metrics(model_hits, *manifest, referenced, point, nullptr);
    findings::TrendPoint p{manifest::to_string(point), metrics.debt_score, 0, 0};
    for (const auto& m : metrics.metrics) {
      if (m.id == "active_flags") p.active_flags = m.value.value_or(0);
      if (m.id == "decided_still_referenced") p.decided_still_referenced = m.value.value_or(0);
    }
    points.push_back(p);
  }
  return points;
}

}  // namespace flagdebt::history
