#pragma once
// The JSON object of one finding (interface.md), shared by `json` and `json-lines`.
#include <string>

#include "report/report.h"

namespace kosei {

// Appends the finding's object to `out`: with `pretty`, as nlohmann::json::dump(2) writes it one
// level inside an array (the caller writes the array's "[\n  " and ",\n  "); without, compact on
// one line. Written directly rather than through an nlohmann document, which cost ~40,000
// instructions per finding; the bytes are the same (tests/report_formats_test.cpp compares them).
void append_finding_json(std::string& out, const FileReport& report, const ReportedDiagnostic& d, bool pretty);

}  // namespace kosei
