#include "history/snapshots.h"

#include "history/git_objects.h"

namespace flagdebt::history {

struct Snapshots::State {
  std::unique_ptr<Opened> opened;
  Commit commit;
  Tree tree;
};

Snapshots::Snapshots(std::unique_ptr<State> state) : state_(std::move(state)) {}
Snapshots::~Snapshots() = default;

std::expected<std::unique_ptr<Snapshots>, support::Diag> Snapshots::open() {
  auto opened = open_here();
  if (!opened) return std::unexpected(opened.error());
  auto state = std::make_unique<State>();
  state->opened = std::move(*opened);
  return std::unique_ptr<Snapshots>(new Snapshots(std::move(state)));
}

bool Snapshots::select(support::Date point) {
  git_repository* repo = state_->opened->repo.p;
  Commit found;
  Walk walk;
  if (git_revwalk_new(&walk.p, repo) != 0 || git_revwalk_push_head(walk.p) != 0) return false;
  git_revwalk_simplify_first_parent(walk.p);
  git_oid oid;
  while (git_revwalk_next(&oid, walk.p) == 0) {
    Commit c;
    if (git_commit_lookup(&c.p, repo, &oid) != 0) continue;
    if (date_of(c.p) <= point) {
      std::swap(found.p, c.p);
      break;
    }
  }
  Tree tree;
  if (!found.p || git_commit_tree(&tree.p, found.p) != 0) return false;
  std::swap(state_->commit.p, found.p);
  std::swap(state_->tree.p, tree.p);
  return true;
}

std::string Snapshots::commit_id() const {
  if (!state_->commit.p) return {};
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, git_commit_id(state_->commit.p));
  return std::string(hex).substr(0, 12);
}

std::optional<std::string> Snapshots::read(const std::string& path) const {
  if (!state_->tree.p) return std::nullopt;
  git_tree_entry* entry = nullptr;
  if (git_tree_entry_bypath(&entry, state_->tree.p, (state_->opened->prefix + path).c_str()) != 0) return std::nullopt;
  Blob blob;
  std::string text(blob_text(state_->opened->repo.p, *git_tree_entry_id(entry), blob));
  git_tree_entry_free(entry);
  return text;
}

void Snapshots::for_each_file(uint64_t max_bytes, const std::function<void(const std::string&, std::string_view)>& visit) const {
  if (!state_->tree.p) return;
  struct Walker {
    git_repository* repo;
    const std::string& prefix;
    uint64_t max_bytes;
    const std::function<void(const std::string&, std::string_view)>& visit;
  } walker{state_->opened->repo.p, state_->opened->prefix, max_bytes, visit};
  git_tree_walk(state_->tree.p, GIT_TREEWALK_PRE, [](const char* root, const git_tree_entry* e, void* payload) -> int {
    auto& w = *static_cast<Walker*>(payload);
    std::string path = std::string(root) + git_tree_entry_name(e);
    if (git_tree_entry_type(e) == GIT_OBJECT_TREE) {  // descend only on the way to or below the current directory
      std::string dir = path + "/";
      return w.prefix.starts_with(dir) || dir.starts_with(w.prefix) ? 0 : 1;
    }
    if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !path.starts_with(w.prefix)) return 0;
    Blob blob;
    if (git_blob_lookup(&blob.p, w.repo, git_tree_entry_id(e)) != 0 || git_blob_is_binary(blob.p)) return 0;
    auto size = static_cast<uint64_t>(git_blob_rawsize(blob.p));
    if (size == 0 || size > w.max_bytes) return 0;
    w.visit(path.substr(w.prefix.size()), {static_cast<const char*>(git_blob_rawcontent(blob.p)), size});
    return 0;
  }, &walker);
}

std::vector<support::Date> monthly_points(int months, support::Date today) {
  std::vector<support::Date> points;
  for (int back = months; back >= 1; --back) {
    auto ym = std::chrono::year_month{today.year(), today.month()} - std::chrono::months{back};
    points.push_back(support::Date{ym / std::chrono::day{1}});
  }
  points.push_back(today);
  return points;
}

}  // namespace flagdebt::history
