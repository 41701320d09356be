#pragma once
// A scan's setup without its walk: the manifest, rules, flag index, prefilter and settled flags,
// loaded once, then any text analysed as the scan would analyse that file. `flagdebt fix` plans
// an edit, applies it in memory and analyses the result again until nothing is left to do.
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "discover/discover.h"
#include "scan/file_analyzer.h"
#include "scan/scan.h"

namespace flagdebt::scan {

struct SessionState;

class Session {
 public:
  // `only_flags`: settle just these keys (each must be decided or removed); empty: every settled flag.
  static std::expected<std::unique_ptr<Session>, support::Diag> open(const ScanOptions& options,
                                                                     const std::vector<std::string>& only_flags);
  ~Session();

  // The files the options name, as the scan would walk them (manifests left out).
  std::expected<discover::Discovery, support::Diag> files() const;
  FileOutcome analyze(const discover::DiscoveredFile& file, std::string text) const;
  // The same without the prefilter: a file that may declare a constant named after a flag
  // (`enum F { NEW_UI }`) holds none of the prefilter's literals.
  FileOutcome analyze_unfiltered(const discover::DiscoveredFile& file, std::string text) const;
  const manifest::Manifest& manifest() const;
  // Constants bound to a key in these outcomes (`NEW_UI = "new_ui"`) name their flag in every file
  // analysed from now on, as in the scan's second pass.
  std::optional<support::Diag> learn_key_constants(const std::vector<FileOutcome>& outcomes);

 private:
  explicit Session(std::unique_ptr<SessionState> state);
  std::unique_ptr<SessionState> state_;
};

}  // namespace flagdebt::scan
