#pragma once
// The JSON object of one finding (interface.md), shared by `json` and `json-lines`.
#include <nlohmann/json.hpp>

#include "report/report.h"

namespace kosei {

nlohmann::ordered_json finding_json(const FileReport& report, const ReportedDiagnostic& d);

}  // namespace kosei
