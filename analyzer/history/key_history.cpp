#include "history/key_history.h"

#include <cctype>
#include <filesystem>
#include <memory>

#include "findings/finding.h"
#include "history/git_objects.h"
#include "languages/languages.h"

namespace flagdebt::history {
namespace fs = std::filesystem;
namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// The key as a whole word (new_checkout is not in new_checkout_v2).
bool mentions(std::string_view text, const std::string& key) {
  for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
    size_t end = at + key.size();
    if ((at == 0 || !name_char(text[at - 1])) && (end >= text.size() || !name_char(text[end]))) return true;
  }
  return false;
}

bool is_code(const std::string& path) {
  const languages::Language* language = languages::detect(path, {});
  return language && language->has_code_model();
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

}  // namespace flagdebt::history
