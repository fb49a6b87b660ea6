#include <algorithm>

#include "checks/check.h"

namespace kosei {

std::vector<Severity> CrossDocumentRun::finish(std::vector<FileReport>& reports) {
  std::vector<std::pair<std::string, std::unique_ptr<CrossDocumentState>>> states;
  {
    std::lock_guard lock(mutex_);
    states.swap(states_);
  }
  std::sort(states.begin(), states.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Severity> added;
  for (auto& [rule, state] : states) {
    std::vector<Severity> severities = state->finish(reports);
    added.insert(added.end(), severities.begin(), severities.end());
  }
  return added;
}

}  // namespace kosei
