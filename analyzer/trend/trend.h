#pragma once
// `flagdebt report --history Nm`: the dashboard's metrics at monthly points of git history. Each
// point analyses the blobs of the newest commit on or before it (history/snapshots.h) with the
// manifest of that commit, as a scan would (scan/session.h): dead paths, references and retired
// models are real, and cleanup dates come from the key history known by that date.
#include <expected>
#include <string>
#include <vector>

#include "findings/metrics.h"
#include "scan/scan.h"
#include "support/diag.h"

namespace flagdebt::trend {

// `options`: rules and limits as for the current scan; `manifest_path` relative to the current
// directory. Points whose commit has no manifest, or one that no longer loads, are left out.
std::expected<std::vector<findings::TrendPoint>, support::Diag> monthly_trend(const scan::ScanOptions& options,
                                                                             const std::string& manifest_path,
                                                                             int months, support::Date today);

}  // namespace flagdebt::trend
