#include "report/reporter.h"

#include "report/formats.h"

namespace flagdebt::report {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::Text;
  if (name == "json") return Format::Json;
  if (name == "sarif") return Format::Sarif;
  if (name == "markdown") return Format::Markdown;
  if (name == "html") return Format::Html;
  return std::nullopt;
}

void write_report(Format format, const findings::Report& result, const ReportOptions& options, std::ostream& out) {
  switch (format) {
    case Format::Text: return write_text(result, options, out);
    case Format::Json: return write_json(result, out);
    case Format::Sarif: return write_sarif(result, out, options.sarif_limits);
    case Format::Markdown: return write_markdown(result, out);
    case Format::Html: return write_html(result, out);
  }
}

std::string dump(const nlohmann::json& doc) {
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json value_json(const model::Value& value) {
  return std::visit([](const auto& v) { return nlohmann::json(v); }, value);
}

const char* baseline_state_name(findings::BaselineState state) {
  switch (state) {
    case findings::BaselineState::New: return "new";
    case findings::BaselineState::Unchanged: return "unchanged";
    case findings::BaselineState::Absent: return "absent";
    case findings::BaselineState::None: break;
  }
  return nullptr;
}

nlohmann::json region_json(const model::Span& span) {
  nlohmann::json region{{"startLine", std::max(1u, span.begin.line)}, {"startColumn", std::max(1u, span.begin.column)}};
  region["endLine"] = std::max(region["startLine"].get<uint32_t>(), span.end.line);
  region["endColumn"] = std::max(1u, span.end.column);
  if (region["endLine"] == region["startLine"] && region["endColumn"] < region["startColumn"]) {
    region["endColumn"] = region["startColumn"];
  }
  return region;
}

}  // namespace flagdebt::report
