// Runs flagdebt over one fixture tree and compares its findings with the expectations written
// inside the fixture files (BRIEF "Fixtures and tests"):
//   expect-dead-begin flag=x ... expect-dead-end   a dead-branch region. A marker alone on its
//                                                  line points at the next (begin) or previous
//                                                  (end) line; after code, at its own line.
//   expect: <rule> flag=<key>                      a finding starting on the next line (alone)
//                                                  or on this line (after code)
//   ok: <rule>                                     no such finding on that line
//   todo: <rule> flag=<key>                        a known gap: counted, not checked
// Strict rules (every finding must be expected): all but stale-flag-reference, which is checked
// only where an expect:/ok: names it. Usage: fixture_runner DIR [--today YYYY-MM-DD]
#include <fmt/format.h>

#include <filesystem>
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "discover/discover.h"
#include "scan/scan.h"

namespace fs = std::filesystem;
using namespace flagdebt;

namespace {

struct Expected {
  std::string rule, flag, file;
  uint32_t line = 0, end_line = 0;  // end_line: dead-branch only
  uint32_t source_line = 0;         // where the expectation is written
  auto key() const { return std::tie(file, rule, flag, line, end_line); }
  bool operator<(const Expected& o) const { return key() < o.key(); }
};

struct Expectations {
  std::set<Expected> expected;
  std::set<std::tuple<std::string, std::string, uint32_t>> forbidden;  // file, rule, line
  std::set<std::pair<std::string, std::string>> checked_rules;          // file, lenient rule named
  int todo = 0;
};

bool alone(std::string_view before) { return before.find_first_not_of(" \t/#*{<!-;") == std::string_view::npos; }

// The value after `flag=`, up to white space or a comment's closing `*/`, `-->` or `}`: keys
// themselves may hold '-' and '/'.
std::string word_after(std::string_view line, std::string_view prefix) {
  auto at = line.find(prefix);
  if (at == std::string_view::npos) return {};
  auto rest = line.substr(at + prefix.size());
  rest = rest.substr(0, rest.find_first_of(" \t"));
  for (std::string_view closer : {"*/", "-->", "}"}) rest = rest.substr(0, rest.find(closer));
  return std::string(rest);
}

std::string rule_after(std::string_view line, std::string_view marker) {
  auto rest = line.substr(line.find(marker) + marker.size());
  rest = rest.substr(std::min(rest.size(), rest.find_first_not_of(' ')));
  return std::string(rest.substr(0, rest.find_first_of(" \t")));
}

void read_file(const std::string& file, Expectations& out) {
  std::ifstream in(file);
  std::string line;
  std::vector<Expected> open_regions;
  for (uint32_t n = 1; std::getline(in, line); ++n) {
    auto target = [&](std::string_view marker, int direction) {
      return alone(std::string_view(line).substr(0, line.find(marker))) ? n + direction : n;
    };
    if (auto at = line.find("expect-dead-begin"); at != std::string::npos) {
      open_regions.push_back({"dead-branch", word_after(line, "flag="), file, target("expect-dead-begin", 1), 0, n});
    }
    if (line.find("expect-dead-end") != std::string::npos) {
      if (open_regions.empty()) throw std::runtime_error(fmt::format("{}:{}: expect-dead-end without begin", file, n));
      Expected region = open_regions.back();
      open_regions.pop_back();
      region.end_line = target("expect-dead-end", -1);
      out.expected.insert(region);
    } else if (line.find("expect-dead-begin") != std::string::npos) {
      continue;
    } else if (line.find("expect: ") != std::string::npos) {
      std::string rule = rule_after(line, "expect: ");
      out.expected.insert({rule, word_after(line, "flag="), file, target("expect: ", 1), 0, n});
      out.checked_rules.insert({file, rule});
    } else if (line.find("ok: ") != std::string::npos) {
      std::string rule = rule_after(line, "ok: ");
      out.forbidden.insert({file, rule, target("ok: ", 1)});
      out.checked_rules.insert({file, rule});
    } else if (line.find("todo: ") != std::string::npos) {
      ++out.todo;
    }
  }
  if (!open_regions.empty()) {
    throw std::runtime_error(fmt::format("{}:{}: expect-dead-begin without end", file, open_regions.back().source_line));
  }
}

bool strict(const std::string& rule) { return rule != "stale-flag-reference"; }

// Every dead region must be removable as it stands (docs/queries.md "Regions"): one that holds an
// `else` arm starts at the `else` keyword (not at its body, which would leave a bare `else`
// behind) and holds the arm's closing brace (when its body is braced). Checked on every dead-branch
// finding of every fixture, whatever its expectations say. Returns the problem, or "".
// Only if statements are checked: a conditional expression's arm (`a if c else b`, `c ? a : b`)
// is removed with its whole construct, never alone.
std::string region_problem(const findings::Finding& f) {
  std::ifstream in(f.path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (f.span.end_byte > text.size() || f.span.begin_byte > f.span.end_byte) return "region outside the file";
  if (!f.construct || f.construct->end_byte > text.size()) return "";
  std::string_view construct(text.data() + f.construct->begin_byte, f.construct->end_byte - f.construct->begin_byte);
  if (!construct.starts_with("if") || construct.size() < 3 || std::isalnum(static_cast<unsigned char>(construct[2]))) return "";
  size_t line_start = text.rfind('\n', f.span.begin_byte == 0 ? 0 : f.span.begin_byte - 1);
  line_start = line_start == std::string::npos || f.span.begin_byte == 0 ? 0 : line_start + 1;
  std::string before = text.substr(line_start, f.span.begin_byte - line_start);
  while (!before.empty() && std::string_view(" \t{:").find(before.back()) != std::string_view::npos) before.pop_back();
  auto word_end = [](const std::string& s, std::string_view w) {
    return s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0 &&
           (s.size() == w.size() || !(std::isalnum(static_cast<unsigned char>(s[s.size() - w.size() - 1])) ||
                                      s[s.size() - w.size() - 1] == '_'));
  };
  if (word_end(before, "else")) return "starts after its `else` keyword";
  std::string_view region(text.data() + f.span.begin_byte, f.span.end_byte - f.span.begin_byte);
  if (region.starts_with("else") && std::count(region.begin(), region.end(), '{') != std::count(region.begin(), region.end(), '}')) {
    return "an `else` region without its closing brace";
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: fixture_runner DIR [--today YYYY-MM-DD]\n";
    return 2;
  }
  fs::current_path(argv[1]);
  scan::ScanOptions options;
  options.today = manifest::Date{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
  auto result = scan::run_scan(options);
  if (!result) {
    std::cerr << result.error().to_string() << "\n";
    return 2;
  }
  Expectations want;
  try {
    auto files = discover::discover({"."});
    for (const auto& file : files->files) read_file(file.path, want);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
  int passed = 0, failed = 0, broken_ok = 0;
  std::set<Expected> got;
  for (const auto& f : result->findings) {
    std::string rule(findings::rule_info(f.rule).id);
    Expected seen{rule, f.flag, f.path, f.span.begin.line, rule == "dead-branch" ? f.span.end.line : 0, 0};
    bool counted = strict(rule) || want.checked_rules.contains({f.path, rule});
    if (std::string problem = rule == "dead-branch" ? region_problem(f) : ""; !problem.empty()) {
      std::cout << fmt::format("{}:{}:{}: FAIL dead region {}\n", f.path, f.span.begin.line, f.span.begin.column, problem);
      ++failed;
    }
    if (want.forbidden.contains({f.path, rule, f.span.begin.line})) {
      std::cout << fmt::format("{}:{}: FAIL unexpected {} flag={} (marked ok:): {}\n", f.path, f.span.begin.line, rule, f.flag, f.message);
      ++failed;
      ++broken_ok;
    } else if (counted && !want.expected.contains(seen)) {
      std::cout << fmt::format("{}:{}: FAIL unexpected {} flag={} lines {}-{}: {}\n", f.path, f.span.begin.line, rule,
                               f.flag, f.span.begin.line, f.span.end.line, f.message);
      ++failed;
    }
    got.insert(seen);
  }
  for (const auto& e : want.expected) {
    if (got.contains(e)) {
      ++passed;
      continue;
    }
    std::string lines = e.end_line ? fmt::format("lines {}-{}", e.line, e.end_line) : fmt::format("line {}", e.line);
    std::cout << fmt::format("{}:{}: FAIL missing {} flag={} at {}\n", e.file, e.source_line, e.rule, e.flag, lines);
    ++failed;
  }
  passed += static_cast<int>(want.forbidden.size()) - broken_ok;  // ok: lines that held
  for (const auto& diag : result->notifications) std::cout << "notification: " << diag.to_string() << "\n";
  std::cout << fmt::format("{}: {} passed, {} failed, {} todo\n", argv[1], passed, failed, want.todo);
  return failed ? 1 : 0;
}
