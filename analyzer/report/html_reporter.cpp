// `--format html`: the debt dashboard as ONE self-contained page (inline CSS, JS and SVG; nothing
// fetched). Every string from the scanned repository or its manifests goes through html_escape;
// the script holds no scanned data at all, it only filters the table rows already on the page.
#include <fmt/format.h>

#include <cmath>

#include "report/formats.h"
#include "support/text.h"

namespace flagdebt::report {
namespace {

using support::html_escape;

constexpr const char* kStyle = R"css(
:root{--bg:#f5f6f8;--card:#fff;--ink:#1d2433;--muted:#667085;--line:#e4e7ec;--ok:#12805c;--okbg:#e7f6ef;
--bad:#c4320a;--badbg:#fdecea;--na:#98a2b3;--accent:#3559e0}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
background:var(--bg);color:var(--ink)}header{background:#1d2433;color:#fff;padding:18px 32px}
header h1{margin:0;font-size:20px;font-weight:600}header p{margin:2px 0 0;color:#c0c6d4;font-size:13px}
main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}section{margin-top:28px}
h2{font-size:16px;margin:0 0 12px;font-weight:600}.hero{display:flex;gap:24px;align-items:center;background:var(--card);
border:1px solid var(--line);border-radius:12px;padding:20px 24px}.hero .summary{flex:1}
.hero .summary p{margin:4px 0;color:var(--muted)}.hero .big{font-size:22px;font-weight:600;color:var(--ink)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:14px}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:14px 16px;border-top:4px solid var(--na)}
.card.ok{border-top-color:var(--ok)}.card.bad{border-top-color:var(--bad)}
.card .label{color:var(--muted);font-size:13px}.card .value{font-size:30px;font-weight:650;margin:2px 0}
.card .value small{font-size:14px;color:var(--muted);font-weight:500}.card .detail{color:var(--muted);font-size:12px;min-height:18px}
.card .foot{display:flex;justify-content:space-between;align-items:center;margin-top:8px;font-size:12px}
.pill{border-radius:999px;padding:2px 9px;font-weight:600;font-size:11px}.pill.ok{background:var(--okbg);color:var(--ok)}
.pill.bad{background:var(--badbg);color:var(--bad)}.pill.na{background:#f2f4f7;color:var(--na)}
.bar{height:4px;background:#f2f4f7;border-radius:2px;margin-top:8px}.bar i{display:block;height:4px;border-radius:2px;background:var(--bad)}
table{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:12px;overflow:hidden}
th,td{text-align:left;padding:8px 12px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#f9fafb;color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
td.nowrap{white-space:nowrap}td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}tr:last-child td{border-bottom:0}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f2f4f7;padding:1px 5px;border-radius:4px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}.locs a{display:inline-block;margin-right:8px;font:12px ui-monospace,monospace}
.late{color:var(--bad);font-weight:600}.muted{color:var(--muted)}.chart{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:12px}
input[type=search]{padding:6px 10px;border:1px solid var(--line);border-radius:8px;width:260px;margin-bottom:10px;font:inherit}
footer{color:var(--muted);font-size:12px;margin-top:32px}
)css";

constexpr const char* kScript = R"js(
document.getElementById('filter').addEventListener('input',function(e){var q=e.target.value.toLowerCase();
document.querySelectorAll('#cleanup tbody tr').forEach(function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':''})});
)js";

std::string number(double v) { return fmt::format("{:g}", std::round(v * 10) / 10); }

std::string grade(double score) {
  return score <= 10 ? "A" : score <= 25 ? "B" : score <= 45 ? "C" : score <= 65 ? "D" : "E";
}

std::string score_colour(double score) { return score <= 25 ? "#12805c" : score <= 45 ? "#b54708" : "#c4320a"; }

// A ring filled to the score (0 = no debt).
std::string gauge(double score) {
  double r = 54, c = 2 * 3.14159265 * r, filled = c * std::clamp(score, 0.0, 100.0) / 100;
  return fmt::format(
      R"~(<svg width="150" height="150" viewBox="0 0 150 150" role="img" aria-label="debt score {0}"><circle cx="75" cy="75" r="{1}" fill="none" stroke="#eef0f3" stroke-width="14"/>)~"
      R"~(<circle cx="75" cy="75" r="{1}" fill="none" stroke="{2}" stroke-width="14" stroke-linecap="round" stroke-dasharray="{3:.1f} {4:.1f}" transform="rotate(-90 75 75)"/>)~"
      R"~(<text x="75" y="80" text-anchor="middle" font-size="38" font-weight="700" fill="#1d2433" id="score">{0}</text>)~"
      R"~(<text x="75" y="104" text-anchor="middle" font-size="12" fill="#667085">grade {5}</text></svg>)~",
      number(score), r, score_colour(score), filled, c, grade(score));
}

std::string value_html(const findings::Metric& m) {
  if (!m.value) return "n/a";
  if (m.unit == "%") return number(*m.value) + "<small>%</small>";
  return number(*m.value) + (m.unit.empty() ? "" : " <small>" + html_escape(m.unit) + "</small>");
}

std::string card(const findings::Metric& m) {
  const char* state = !m.value ? "na" : m.met() ? "ok" : "bad";
  const char* status = !m.value ? "no data" : m.met() ? "on target" : "off target";
  std::string unit = m.unit == "%" ? "%" : m.unit.empty() ? "" : " " + m.unit;
  return fmt::format(
      R"~(<div class="card {0}" data-metric="{1}"><div class="label">{2}</div><div class="value">{3}</div>)~"
      R"~(<div class="detail">{4}</div><div class="bar"><i style="width:{5:.0f}%"></i></div>)~"
      R"~(<div class="foot"><span class="muted">target {6} {7}{8}</span><span class="pill {0}">{9}</span></div></div>)~",
      state, html_escape(m.id), html_escape(m.label), value_html(m), html_escape(m.detail), m.penalty() * 100,
      m.higher_is_better ? "≥" : "≤", number(m.target), html_escape(unit), status);
}

// A line chart of the debt score over the history points.
std::string trend_chart(const std::vector<findings::TrendPoint>& points) {
  if (points.size() < 2) {
    return R"~(<p class="muted">No history in this report. <code>flagdebt report result.json --history 6m</code> adds the monthly trend.</p>)~";
  }
  const double w = 1100, h = 220, left = 40, right = 44, top = 16, bottom = 36;  // right: room for the last date
  double step = (w - left - right) / static_cast<double>(points.size() - 1);
  auto y_of = [&](double v) { return top + (h - top - bottom) * (1 - std::clamp(v, 0.0, 100.0) / 100); };
  std::string svg = fmt::format(R"~(<svg viewBox="0 0 {} {}" width="100%" role="img" aria-label="debt score trend">)~", w, h);
  for (int tick = 0; tick <= 100; tick += 25) {
    svg += fmt::format(R"~(<line x1="{0}" x2="{1}" y1="{2:.1f}" y2="{2:.1f}" stroke="#eef0f3"/><text x="{3}" y="{4:.1f}" font-size="11" fill="#98a2b3" text-anchor="end">{5}</text>)~",
                       left, w - right, y_of(tick), left - 6, y_of(tick) + 4, tick);
  }
  std::string line;
  for (size_t i = 0; i < points.size(); ++i) {
    double x = left + step * static_cast<double>(i), y = y_of(points[i].debt_score);
    line += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", x, y);
    svg += fmt::format(R"~(<circle cx="{0:.1f}" cy="{1:.1f}" r="4" fill="#3559e0" class="trend-point" data-date="{2}" data-score="{3}"><title>{2}: {3}</title></circle>)~"
                       R"~(<text x="{0:.1f}" y="{4}" font-size="11" fill="#667085" text-anchor="middle">{2}</text>)~"
                       R"~(<text x="{0:.1f}" y="{5:.1f}" font-size="11" fill="#1d2433" text-anchor="middle">{3}</text>)~",
                       x, y, html_escape(points[i].date), number(points[i].debt_score), h - 12, y - 9);
  }
  svg += fmt::format(R"~(<polyline points="{}" fill="none" stroke="#3559e0" stroke-width="2.5"/></svg>)~", line);
  // The numbers behind each point: every point is a full analysis of that month's commit.
  auto value = [](const findings::TrendPoint& p, const char* id, const char* unit) {
    auto it = p.values.find(id);
    return it == p.values.end() ? std::string("–") : number(it->second) + unit;
  };
  std::string table = R"~(<table id="trend"><thead><tr><th>Point</th><th>Commit</th><th class="num">Score</th><th class="num">Active</th><th class="num">Decided, in code</th><th class="num">References</th><th class="num">Dead lines</th><th class="num">Retired models</th><th class="num">Cleanup rate</th></tr></thead><tbody>)~";
  for (const auto& p : points) {
    table += fmt::format(R"~(<tr data-date="{}"><td>{}</td><td><code>{}</code></td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>)~",
                         html_escape(p.date), html_escape(p.date), html_escape(p.commit), number(p.debt_score),
                         number(p.active_flags), number(p.decided_still_referenced), p.references, p.dead_lines,
                         value(p, "retired_models_referenced", ""), value(p, "cleanup_rate", "%"));
  }
  return R"~(<div class="chart">)~" + svg + "</div>" + table + "</tbody></table>";
}

std::string owners_table(const findings::Metrics& m) {
  std::string out = R"~(<table id="owners"><thead><tr><th>Owner</th><th class="num">Flags in debt</th><th class="num">Overdue</th>)~"
                    R"~(<th class="num">Worst overdue</th><th class="num">Dead lines</th><th>Overdue flags</th></tr></thead><tbody>)~";
  for (const auto& o : m.owners) {
    std::string keys;
    for (const auto& k : o.overdue_keys) keys += "<code>" + html_escape(k) + "</code> ";
    out += fmt::format(R"~(<tr><td>{}</td><td class="num">{}</td><td class="num{}">{}</td><td class="num">{}</td><td class="num">{}</td><td>{}</td></tr>)~",
                       html_escape(o.owner), o.flags, o.overdue ? " late" : "", o.overdue,
                       o.worst_days_overdue ? fmt::format("{} days", o.worst_days_overdue) : "–", o.dead_lines, keys);
  }
  if (m.owners.empty()) out += R"~(<tr><td colspan="6" class="muted">No flag in debt.</td></tr>)~";
  return out + "</tbody></table>";
}

std::string cleanup_table(const findings::Metrics& m) {
  std::string out = R"~(<input type="search" id="filter" placeholder="Filter by flag, owner or file"><table id="cleanup"><thead><tr>)~"
                    R"~(<th>Flag</th><th>Owner</th><th>Status</th><th>Deadline</th><th class="num">Overdue</th><th class="num">Refs</th>)~"
                    R"~(<th class="num">Dead paths</th><th class="num">Dead lines</th><th>Where</th></tr></thead><tbody>)~";
  for (const auto& f : m.flags) {
    std::string locs;
    for (size_t i = 0; i < f.locations.size() && i < 8; ++i) {
      const auto& [path, line] = f.locations[i];
      std::string shown = fmt::format("{}:{}", path, line);
      locs += fmt::format(R"~(<a href="{}#L{}">{}</a>)~", html_escape(support::uri_of_path(path)), line, html_escape(shown));
    }
    if (f.locations.size() > 8) locs += fmt::format(R"~(<span class="muted">+{} more</span>)~", f.locations.size() - 8);
    out += fmt::format(R"~(<tr data-flag="{0}"><td><code>{0}</code></td><td>{1}</td><td>{2}</td><td class="nowrap">{3}</td><td class="num{4}">{5}</td>)~"
                       R"~(<td class="num">{6}</td><td class="num">{7}</td><td class="num">{8}</td><td class="locs">{9}</td></tr>)~",
                       html_escape(f.key), html_escape(f.owner.empty() ? "(no owner)" : f.owner), html_escape(f.status),
                       f.deadline ? manifest::to_string(*f.deadline) : "–", f.days_overdue > 0 ? " late" : "",
                       f.days_overdue > 0 ? fmt::format("{} days", f.days_overdue) : "–", f.references, f.dead_paths,
                       f.dead_lines, locs);
  }
  if (m.flags.empty()) out += R"~(<tr><td colspan="9" class="muted">Nothing to clean up.</td></tr>)~";
  return out + "</tbody></table>";
}

std::string rules_table(const findings::Metrics& m) {
  std::string out = R"~(<table id="rules"><thead><tr><th>Rule</th><th>Level</th><th class="num">Findings</th><th>Meaning</th></tr></thead><tbody>)~";
  for (const auto& rule : findings::rule_catalog()) {
    auto it = m.rule_counts.find(std::string(rule.id));
    size_t n = it == m.rule_counts.end() ? 0 : it->second;
    out += fmt::format(R"~(<tr><td><code>{}</code></td><td>{}</td><td class="num">{}</td><td class="muted">{}</td></tr>)~", rule.id,
                       findings::to_string(rule.level), n, html_escape(rule.short_description));
  }
  return out + "</tbody></table>";
}

}  // namespace

void write_html(const findings::Report& result, std::ostream& out) {
  const auto& m = result.metrics;
  size_t met = 0, measured = 0, total = 0;
  for (const auto& [rule, n] : m.rule_counts) total += n;  // merged results carry counts, not findings
  for (const auto& c : m.metrics) {
    measured += c.value.has_value();
    met += c.value && c.met();
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">"
      << "<title>flagdebt · debt score " << number(m.debt_score) << "</title><style>" << kStyle << "</style></head><body>\n";
  out << fmt::format("<header><h1>Feature-flag debt</h1><p>flagdebt {} · as of {}{}</p></header><main>\n", FLAGDEBT_VERSION,
                     html_escape(m.as_of), m.repositories > 1 ? fmt::format(" · {} repositories", m.repositories) : "");
  out << fmt::format(R"~(<section class="hero" id="hero">{}<div class="summary"><div class="big">Debt score {} <span class="muted">(0 = no debt)</span></div>)~"
                     R"~(<p><b id="targets-met">{} of {}</b> targets met · <b>{}</b> findings · <b>{}</b> flags to clean up · <b>{}</b> owner(s) with overdue flags</p>)~"
                     R"~(<p>The score weighs how far each metric is past its target (see <i>docs/dashboard.md</i>); targets and weights come from the manifest's <code>dashboard:</code> section.</p></div></section>)~",
                     gauge(m.debt_score), number(m.debt_score), met, measured, total, m.flags.size(),
                     std::count_if(m.owners.begin(), m.owners.end(), [](auto& o) { return o.overdue > 0; }));
  out << "\n<section><h2>Metrics</h2><div class=\"grid\" id=\"cards\">";
  for (const auto& c : m.metrics) out << card(c);
  out << "</div></section>\n<section><h2>Trend</h2>" << trend_chart(m.trend) << "</section>\n";
  out << "<section><h2>Owners</h2>" << owners_table(m) << "</section>\n";
  out << "<section><h2>Cleanup list</h2>" << cleanup_table(m) << "</section>\n";
  out << "<section><h2>Findings per rule</h2>" << rules_table(m) << "</section>\n";
  out << fmt::format("<footer>{} files discovered, {} analysed. Generated by flagdebt; this page fetches nothing.</footer>",
                     result.stats.files_discovered, result.stats.files_parsed);
  out << "</main><script>" << kScript << "</script></body></html>\n";
}

}  // namespace flagdebt::report
