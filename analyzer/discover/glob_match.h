#pragma once
// Git's glob dialect (gitignore(5), "wildmatch"): `?`, `*`, `[...]` with `!`/`^`, ranges, `\`
// escapes and `[:class:]`; with `pathname`, `*`, `?` and classes never match '/', and `**` between
// slashes (or at either end) spans any number of directories. Written for the ignore matcher, which
// must agree with git and libgit2 to the character (tests/unit/discover/ignore_rules_diff_test.cpp).
#include <string_view>

namespace flagdebt::discover {

struct GlobOptions {
  bool pathname = false;   // '/' is special: the pattern is matched against a relative path
  bool fold_case = false;  // core.ignorecase
};

bool glob_matches(std::string_view pattern, std::string_view text, GlobOptions options);

}  // namespace flagdebt::discover
