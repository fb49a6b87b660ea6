#pragma once
// --fix and --diff apply fixes in passes: the fixes of the findings, a new check of the result,
// its fixes, … until no fix applies. Two rules can undo each other's fix (one rule's fix changes
// the context another rule's fix depended on, which then proposes the old text again): a pass
// that returns to a text seen before stops the loop there, and the fixes that cancelled out are
// named instead of being counted as applied.
#include <functional>
#include <string>
#include <vector>

#include "report/report.h"

namespace kosei {

struct FixLoopResult {
  size_t applied = 0;   // fixes that remain in the final text (cancelled ones not counted)
  int passes = 0;       // passes that changed the text
  bool cycled = false;  // a pass returned to an earlier text
  bool converged = true;  // false: the last pass still changed the text
  std::vector<std::string> cycle_rules;  // rules whose fixes undid one another (sorted, unique)
};

// Fixes `text` in place. `visible_findings` checks a text and returns the findings whose fixes
// may be applied (suppressed ones already left out).
FixLoopResult fix_until_stable(std::string& text,
                               const std::function<std::vector<ReportedDiagnostic>(const std::string&)>& visible_findings,
                               int max_passes = 10);

// The warning printed for a loop that cycled or did not converge (Japanese), or "".
std::string fix_loop_warning(const FixLoopResult& result, const std::string& display_path);

}  // namespace kosei
