#include "history/git_objects.h"

#include <filesystem>

namespace flagdebt::history {
namespace fs = std::filesystem;

std::string_view blob_text(git_repository* repo, const git_oid& id, Blob& holder) {
  if (git_oid_is_zero(&id) || git_blob_lookup(&holder.p, repo, &id) != 0) return {};
  if (git_blob_is_binary(holder.p)) return {};
  return {static_cast<const char*>(git_blob_rawcontent(holder.p)), static_cast<size_t>(git_blob_rawsize(holder.p))};
}

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

}  // namespace flagdebt::history
