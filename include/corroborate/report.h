// Report: report.json (schema corroborate.report/1), report.html (self-contained), claims.csv and
// claims.hxl.csv. Output is deterministic: the same Report gives the same bytes.
#ifndef CORROBORATE_REPORT_H_
#define CORROBORATE_REPORT_H_

#include <string>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

std::string ReportToJson(const Report& report);
std::string ReportToHtml(const Report& report);
std::string ClaimsToCsv(const Report& report);
std::string ClaimsToHxlCsv(const Report& report);

// One claim as the JSON object of report.json's claims[] (also what `corroborate claims` prints).
std::string ClaimToJsonLine(const Claim& claim);

// Writes the four files into `dir` (created if missing). Files are written to a temporary name and
// renamed, so a failed run never leaves a half-written report.
Status WriteReport(const Report& report, const std::string& dir);

}  // namespace corroborate

#endif  // CORROBORATE_REPORT_H_
