// FlagIndex lookups behind wildcard name templates and enum-style keys (docs/rules.md).
#include <doctest/doctest.h>

#include "frontends/frontend.h"

using flagdebt::frontends::FlagIndex;

TEST_CASE("FlagIndex: a wildcard suffix needs a receiver segment before it") {
  FlagIndex index;
  index.add_suffix(".experimental.new_search", "new_search");
  CHECK(index.suffix_dots == 2);
  REQUIRE(index.key_of_suffix("self._hs.config.experimental.new_search"));
  CHECK(*index.key_of_suffix("cfg.experimental.new_search") == "new_search");
  CHECK_FALSE(index.key_of_suffix("experimental.new_search"));
  CHECK_FALSE(index.key_of_suffix(".experimental.new_search"));
  CHECK_FALSE(index.key_of_suffix("a..experimental.new_search"));
  CHECK_FALSE(index.key_of_suffix("cfg.experimental.new_search_v2"));
  CHECK_FALSE(index.key_of_suffix("cfg.experimental_ui.new_search"));
  CHECK_FALSE(index.key_of_suffix("cfg.experimental.new_search.value"));
}

TEST_CASE("FlagIndex: a long path is looked up only at its last suffix_dots dots") {
  FlagIndex index;
  index.add_suffix(".experimental.x", "x");
  std::string path;
  for (int i = 0; i < 100000; ++i) path += "a.";
  CHECK(*index.key_of_suffix(path + "experimental.x") == "x");
  CHECK_FALSE(index.key_of_suffix(path + "b"));
}

TEST_CASE("FlagIndex: a name names a key exactly, else by its words when only one key has them") {
  FlagIndex index;
  for (std::string key : {"new_ui", "NEW_CHECKOUT", "dark-mode", "dark_mode"}) index.add_key(key);
  CHECK(*index.key_named_by("NEW_UI") == "new_ui");
  CHECK(*index.key_named_by("newUi") == "new_ui");
  CHECK(*index.key_named_by("newCheckout") == "NEW_CHECKOUT");
  CHECK(*index.key_named_by("dark_mode") == "dark_mode");  // exact beats words
  CHECK_FALSE(index.key_named_by("DarkMode"));              // two keys share these words
  CHECK_FALSE(index.key_named_by("newUiV2"));
}
