#pragma once
// File discovery: walks directories honouring .gitignore files (ignore_rules.h) and a
// .flagdebtignore, skips .git and symlinks; explicit files are taken as given.
#include <expected>
#include <functional>
#include <string>
#include <vector>

#include "support/diag.h"

namespace flagdebt::discover {

struct DiscoveredFile {
  std::string path;           // as reported: relative to the current directory when below it
  bool named_explicitly = false;
};

struct Discovery {
  std::vector<DiscoveredFile> files;  // sorted by path, no duplicates
  std::vector<support::Diag> problems;  // unreadable directories: the walk goes on without them
  bool walked_directory = false;       // at least one argument was a directory
};

// Called on the walking thread for each file as it is found (before sorting and de-duplication),
// so that a caller can start on files while the walk goes on.
using FileSink = std::function<void(const DiscoveredFile&)>;

// A path that does not exist is an error for the whole call (a usage error).
std::expected<Discovery, support::Diag> discover(const std::vector<std::string>& paths, const FileSink& sink = {});

// Whether a file name is worth reading: a file type of the language table (source or
// configuration), or no extension at all (a script, recognised by its #! line later).
bool worth_reading(const std::string& path);

}  // namespace flagdebt::discover
