#include "findings/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "support/read_file.h"

namespace flagdebt::findings {
namespace {

using nlohmann::json;
using support::Diag;

constexpr uint64_t kMaxBaselineBytes = 512ull * 1024 * 1024;

// 1-based line and column of a byte offset, for JSON syntax errors.
support::Point point_of(std::string_view text, size_t byte) {
  byte = std::min(byte, text.size());
  support::Point p{1, 1};
  for (size_t i = 0; i < byte; ++i) {
    if (text[i] == '\n') p = {p.line + 1, 1};
    else ++p.column;
  }
  return p;
}

std::string percent_decoded(std::string_view uri) {
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

std::optional<Rule> rule_of(const std::string& id) {
  for (const auto& rule : rule_catalog()) {
    if (rule.id == id) return rule.rule;
  }
  return std::nullopt;
}

model::Span span_of(const json& region) {
  model::Span span;
  if (!region.is_object()) return span;
  span.begin = {region.value("startLine", 0u), region.value("startColumn", 0u)};
  span.end = {region.value("endLine", span.begin.line), region.value("endColumn", span.begin.column)};
  return span;
}

std::string string_at(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// One JSON finding or SARIF result; the reason it is unusable otherwise.
std::expected<Finding, std::string> entry_of(const json& item, bool sarif) {
  if (!item.is_object()) return std::unexpected("not an object");
  Finding f;
  std::string rule = string_at(item, sarif ? "ruleId" : "rule");
  auto known = rule_of(rule);
  if (!known) return std::unexpected("unknown rule '" + rule + "'");
  f.rule = *known;
  f.level = rule_info(f.rule).level;
  if (sarif) {
    auto props = item.value("properties", json::object());
    f.flag = props.is_object() ? string_at(props, "flag") : "";
    f.message = item.value("message", json::object()).value("text", "");
    auto fingerprints = item.value("partialFingerprints", json::object());
    f.fingerprint = string_at(fingerprints, "primaryLocationLineHash");
    f.content_fingerprint = string_at(fingerprints, "flagdebt/contentHash/v1");
    json locations = item.value("locations", json::array());
    json first = locations.is_array() && !locations.empty() ? locations[0] : json::object();
    json physical = first.value("physicalLocation", json::object());
    std::string uri = physical.value("artifactLocation", json::object()).value("uri", "");
    f.path = percent_decoded(uri.starts_with("file://") ? std::string_view(uri).substr(7) : std::string_view(uri));
    f.span = span_of(physical.value("region", json::object()));
  } else {
    f.flag = string_at(item, "flag");
    f.message = string_at(item, "message");
    f.fingerprint = string_at(item, "fingerprint");
    f.content_fingerprint = string_at(item, "contentFingerprint");
    f.path = string_at(item, "path");
    f.span = span_of(item.value("region", json::object()));
  }
  if (f.fingerprint.empty()) return std::unexpected("no fingerprint");
  return f;
}

// Where an entry's text begins, for an error message: the n-th occurrence of its key.
uint32_t line_of_entry(std::string_view text, const char* key, size_t index) {
  std::string needle = std::string("\"") + key + "\"";
  size_t at = 0;
  for (size_t i = 0; i <= index; ++i) {
    at = text.find(needle, i ? at + 1 : 0);
    if (at == std::string_view::npos) return 1;
  }
  return point_of(text, at).line;
}

}  // namespace

std::expected<std::vector<Finding>, Diag> parse_baseline(const std::string& text, const std::string& path) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    // Parse again with exceptions only to learn where: nlohmann reports the byte.
    try {
      json again = json::parse(text);
    } catch (const json::parse_error& e) {
      auto p = point_of(text, e.byte ? e.byte - 1 : 0);
      return std::unexpected(support::make_diag(path, p.line, p.column, "baseline is not valid JSON"));
    } catch (const json::exception&) {  // a number out of range (out_of_range.406): found by fuzz_baseline
    }
    return std::unexpected(support::make_diag(path, 1, 1, "baseline is not valid JSON"));
  }
  bool sarif = doc.is_object() && doc.contains("runs");
  const json* items = nullptr;
  if (sarif && doc["runs"].is_array() && !doc["runs"].empty() && doc["runs"][0].is_object()) {
    auto it = doc["runs"][0].find("results");
    if (it != doc["runs"][0].end() && it->is_array()) items = &*it;
  } else if (doc.is_object() && doc.contains("findings") && doc["findings"].is_array()) {
    items = &doc["findings"];
  }
  if (!items) {
    return std::unexpected(support::make_diag(path, 1, 1, "not a flagdebt baseline (expected a JSON result with "
                                                          "'findings' or a SARIF log with 'runs[0].results')"));
  }
  std::vector<Finding> entries;
  for (size_t i = 0; i < items->size(); ++i) {
    const json& item = (*items)[i];
    if (sarif && item.is_object() && item.value("baselineState", "") == "absent") continue;
    std::expected<Finding, std::string> entry;
    try {
      entry = entry_of(item, sarif);
    } catch (const json::exception& e) {  // a field of the wrong type
      entry = std::unexpected(std::string("malformed: ") + e.what());
    }
    if (!entry) {
      uint32_t line = line_of_entry(text, sarif ? "ruleId" : "rule", i);
      return std::unexpected(support::make_diag(path, line, 1, "baseline entry " + std::to_string(i + 1) + ": " + entry.error()));
    }
    entries.push_back(std::move(*entry));
  }
  return entries;
}

std::expected<std::vector<Finding>, Diag> load_baseline(const std::string& path) {
  auto text = support::read_file(path, kMaxBaselineBytes);
  if (!text) return std::unexpected(support::make_diag(path, 0, 0, "cannot read baseline: " + text.error().message));
  return parse_baseline(*text, path);
}

void apply_baseline(Report& report, std::vector<Finding> baseline) {
  std::unordered_multimap<std::string, size_t> by_fingerprint, by_content;
  for (size_t i = 0; i < baseline.size(); ++i) {
    by_fingerprint.emplace(baseline[i].fingerprint, i);
    if (!baseline[i].content_fingerprint.empty()) by_content.emplace(baseline[i].content_fingerprint, i);
  }
  std::vector<bool> used(baseline.size(), false);
  std::set<std::string> scanned(report.scanned_files.begin(), report.scanned_files.end());
  auto gone = [&](const Finding& entry) {
    std::error_code ec;
    return !scanned.contains(entry.path) && !std::filesystem::exists(entry.path, ec);
  };
  auto take = [&](auto& index, const std::string& key, auto&& acceptable) -> bool {
    auto [begin, end] = index.equal_range(key);
    for (auto it = begin; it != end; ++it) {
      if (!used[it->second] && acceptable(baseline[it->second])) return used[it->second] = true;
    }
    return false;
  };
  for (auto& f : report.findings) {
    if (take(by_fingerprint, f.fingerprint, [](const Finding&) { return true; })) f.baseline = BaselineState::Unchanged;
  }
  for (auto& f : report.findings) {
    if (f.baseline == BaselineState::Unchanged) continue;
    bool moved = !f.content_fingerprint.empty() && take(by_content, f.content_fingerprint, gone);
    f.baseline = moved ? BaselineState::Unchanged : BaselineState::New;
  }
  // Absent: only what this scan looked at. Pre-commit scans a few files; the rest of the baseline
  // is neither fixed nor present.
  for (size_t i = 0; i < baseline.size(); ++i) {
    if (used[i]) continue;
    bool seen = scanned.contains(baseline[i].path) || (report.whole_directories && gone(baseline[i]));
    if (!seen) continue;
    baseline[i].baseline = BaselineState::Absent;
    report.findings.push_back(std::move(baseline[i]));
  }
}

}  // namespace flagdebt::findings
