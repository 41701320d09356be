#pragma once
// `flagdebt explain FLAG`: everything to change to retire one flag, from a scan's findings and the
// manifest (reporters never re-read sources): each reference, each dead region with the code that
// stays, the key's constants and aliases, config files, retired models and the manifest entries.
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "manifest/manifest.h"

namespace flagdebt::report {

// What one file holds for the flag: code, configuration (no code model: YAML, JSON, ...) or the
// manifest itself.
enum class FileKind { Code, Config, Manifest };

struct ExplainedFile {
  std::string path;
  FileKind kind = FileKind::Code;
  std::vector<findings::Finding> findings;   // in report order (line, then column)
  std::optional<manifest::Location> flag_entry;        // the manifest: the flag's own entry
  std::optional<manifest::Location> experiment_entry;  // the manifest: its experiment's entry
};

struct Explanation {
  std::string key;
  std::optional<manifest::Flag> flag;               // absent: referenced, but no manifest declares it
  std::optional<manifest::Experiment> experiment;
  std::vector<std::string> aliases;                 // the manifest's
  std::vector<std::string> constants;               // names bound to the key in code (NEW_UI = "new_ui")
  std::vector<std::string> retired_models;          // of the flag's experiment
  std::vector<ExplainedFile> files;                 // sorted by path
  size_t references = 0, dead_regions = 0, model_references = 0;
};

// The flag's explanation, or nullopt when neither the manifest nor the scanned code knows the key.
// `constants`: name -> key, as the scan found them.
std::optional<Explanation> explain_flag(const std::string& key, const findings::Report& report,
                                        const manifest::Manifest& manifest,
                                        const std::map<std::string, std::string>& constants);

void write_explain_text(const Explanation& explanation, std::ostream& out);
// GitHub-flavoured markdown for a cleanup PR's description; repository text is escaped.
void write_explain_markdown(const Explanation& explanation, std::ostream& out);

}  // namespace flagdebt::report
