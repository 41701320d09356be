#include "fix/fixer.h"

#include <sys/stat.h>

#include <algorithm>

#include "edits/edit_planner.h"
#include "fix/declaration_removal.h"
#include "fix/left_unused.h"
#include "frontends/registry.h"
#include "languages/languages.h"
#include "prefilter/prefilter.h"
#include "scan/session.h"
#include "support/paths.h"
#include "support/read_file.h"
#include "support/utf16.h"

namespace flagdebt::fix {
namespace {

using Ranges = std::vector<std::pair<uint32_t, uint32_t>>;

// Nested decisions (a decided `if` inside another's kept body) need one round each.
constexpr int kMaxRounds = 16;

support::Diag note(const std::string& path, std::string message) {
  support::Diag diag = support::make_diag(path, 0, 0, std::move(message));
  diag.severity = support::Severity::Note;
  return diag;
}

// A file the fix had edits for but left untouched: a warning, which makes the run exit 1.
support::Diag skipped(const std::string& path, std::string message) {
  support::Diag diag = support::make_diag(path, 0, 0, std::move(message));
  diag.severity = support::Severity::Warning;
  return diag;
}

bool overlaps(uint32_t begin, uint32_t end, uint32_t other_begin, uint32_t other_end) {
  // Touching ranges conflict only if one of them is empty (two inserts at one place).
  return begin < other_end && other_begin < end;
}

// The outermost fixes that overlap no other; none when one touches a syntax error (the parser's
// reading of that code is a guess: the file is skipped).
std::vector<model::Replacement> choose(const std::vector<edits::PlannedFix>& fixes, const Ranges& errors,
                                       bool& blocked_by_error) {
  std::vector<model::Replacement> chosen;
  for (const auto& fix : fixes) {
    bool clear = true;
    for (const auto& r : fix.replacements) {
      for (const auto& c : chosen) clear &= !overlaps(r.deleted.begin_byte, r.deleted.end_byte, c.deleted.begin_byte, c.deleted.end_byte);
    }
    if (!clear) continue;
    uint32_t begin = fix.anchor.begin_byte, end = fix.anchor.end_byte;
    for (const auto& r : fix.replacements) begin = std::min(begin, r.deleted.begin_byte), end = std::max(end, r.deleted.end_byte);
    if (std::any_of(errors.begin(), errors.end(), [&](auto e) { return overlaps(begin, end, e.first, std::max(e.second, e.first + 1)); })) {
      blocked_by_error = true;
      return {};
    }
    chosen.insert(chosen.end(), fix.replacements.begin(), fix.replacements.end());
  }
  return chosen;
}

// One file through rounds of plan, apply, re-parse. The original text when any round would add a
// syntax error: never leave a file worse than it was.
std::string fix_file(const scan::Session& session, const discover::DiscoveredFile& file, const std::string& original,
                     const frontends::Frontend& frontend, std::vector<support::Diag>& notes) {
  std::string current = original;
  auto errors = frontend.syntax_errors(current);
  if (!errors) {
    notes.push_back(skipped(file.path, "not fixed: the file could not be parsed again to check the edit"));
    return original;
  }
  bool blocked = false;
  for (int round = 0; round < kMaxRounds; ++round) {
    scan::FileOutcome outcome = session.analyze(file, current);
    if (outcome.problem) {
      notes.push_back(*outcome.problem);
      if (round > 0) notes.push_back(skipped(file.path, "not fixed: the edited text could not be analysed again (file left untouched)"));
      return original;
    }
    auto chosen = choose(outcome.fixes, *errors, blocked);
    if (blocked) {
      notes.push_back(skipped(file.path, "not fixed: a syntax error lies in code an edit would touch (file left untouched)"));
      return original;
    }
    if (chosen.empty()) break;
    std::string next = edits::apply_replacements(current, chosen);
    auto after = frontend.syntax_errors(next);
    if (!after || after->size() > errors->size()) {
      notes.push_back(skipped(file.path, "not fixed: the edit would leave a syntax error (file left untouched)"));
      return original;
    }
    current = std::move(next);
    errors = std::move(after);
  }
  return current;
}

}  // namespace

std::expected<FixResult, support::Diag> plan_changes(const FixOptions& options) {
  auto session = scan::Session::open(options.scan, options.flags);
  if (!session) return std::unexpected(session.error());
  auto discovery = (*session)->files();
  if (!discovery) return std::unexpected(discovery.error());
  FixResult result;
  result.notes = std::move(discovery->problems);
  result.input_errors = !result.notes.empty();
  if (auto problem = learn_key_constants(**session, discovery->files, options.scan.max_file_bytes)) return std::unexpected(*problem);
  for (const auto& file : discovery->files) {
    auto text = support::read_file(file.path, options.scan.max_file_bytes);
    if (!text) {
      result.input_errors |= !text.error().too_large;
      result.notes.push_back(note(file.path, text.error().message));
      continue;
    }
    // A UTF-16 file is fixed as UTF-8 text and written back in its own encoding, when that gives
    // its untouched bytes back exactly.
    auto decoded = support::decode_utf16_with_bom(*text);
    std::optional<bool> utf16 = decoded ? support::round_trip_utf16_big_endian(*text, *decoded) : std::nullopt;
    bool writable = !decoded || utf16;
    if (decoded) *text = std::move(*decoded);
    if (prefilter::looks_binary(*text)) continue;
    const languages::Language* language = languages::detect(file.path, std::string_view(*text).substr(0, 256));
    const frontends::Frontend* frontend = language ? frontends::frontend_for(*language) : nullptr;
    if (!frontend) continue;
    size_t notes_before = result.notes.size();
    std::string after = fix_file(**session, file, *text, *frontend, result.notes);
    for (size_t i = notes_before; i < result.notes.size(); ++i) {
      result.skipped_files += result.notes[i].severity == support::Severity::Warning;
    }
    if (after != *text && !writable) {
      result.notes.push_back(note(file.path, "UTF-16 text that does not convert back byte for byte (an unpaired "
                                             "surrogate or an odd last byte): left untouched"));
      ++result.skipped_files;
    } else if (after != *text) {
      if (utf16) result.notes.push_back(note(file.path, "UTF-16 file: fixed as UTF-8 text (the diff shows it so), written back in UTF-16"));
      result.changes.push_back({file.path, std::move(*text), std::move(after), utf16});
    }
  }
  if (options.remove_declarations) remove_declarations(**session, discovery->files, options, result);
  remove_left_unused(result);
  return result;
}

std::expected<void, support::Diag> write_changes(const std::vector<FileChange>& changes) {
  for (const auto& change : changes) {
    struct stat info {};
    std::optional<unsigned> mode;
    if (::stat(change.path.c_str(), &info) == 0) mode = info.st_mode & 07777;
    const std::string bytes =
        change.utf16_big_endian ? support::encode_utf16_with_bom(change.after, *change.utf16_big_endian) : change.after;
    if (auto written = support::write_file_atomically(change.path, bytes, mode); !written) return written;
  }
  return {};
}

}  // namespace flagdebt::fix
