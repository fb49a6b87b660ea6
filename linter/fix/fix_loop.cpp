#include "fix/fix_loop.h"

#include <algorithm>
#include <set>

#include "fix/fix.h"

namespace kosei {

FixLoopResult fix_until_stable(std::string& text,
                               const std::function<std::vector<ReportedDiagnostic>(const std::string&)>& visible_findings,
                               int max_passes) {
  FixLoopResult result;
  // Every text of the loop by its hash, with the fixes applied up to it and the rules whose fixes
  // made it: a 64-bit hash instead of the texts, which may be large (a match on a different text
  // would need a collision).
  struct State {
    size_t hash;
    size_t applied;
    std::set<std::string> rules;  // rules of the fixes of the pass that produced this text
  };
  std::vector<State> states{State{std::hash<std::string>{}(text), 0, {}}};
  for (int pass = 0; pass < max_passes; ++pass) {
    const std::vector<ReportedDiagnostic> findings = visible_findings(text);
    size_t applied = 0;
    std::string fixed = apply_edits(text, edits_of(findings), applied);
    if (applied == 0 || fixed == text) return result;
    const size_t hash = std::hash<std::string>{}(fixed);
    std::set<std::string> rules;
    for (const ReportedDiagnostic& finding : findings) {
      if (finding.fix_replacement) rules.emplace(finding.rule);
    }
    auto earlier = std::find_if(states.begin(), states.end(), [&](const State& state) { return state.hash == hash; });
    if (earlier != states.end()) {
      // Back to an earlier text: keep it, and count only the fixes that led to it.
      std::set<std::string> cycle = std::move(rules);
      for (auto state = earlier + 1; state != states.end(); ++state) cycle.insert(state->rules.begin(), state->rules.end());
      result.cycled = true;
      result.applied = earlier->applied;
      result.passes = static_cast<int>(earlier - states.begin());
      result.cycle_rules.assign(cycle.begin(), cycle.end());
      text = std::move(fixed);
      return result;
    }
    text = std::move(fixed);
    result.applied += applied;
    ++result.passes;
    states.push_back(State{hash, result.applied, std::move(rules)});
  }
  // Still changing after the last pass: the text is what the passes made of it, but say so.
  size_t applied = 0;
  const std::vector<ReportedDiagnostic> findings = visible_findings(text);
  std::string fixed = apply_edits(text, edits_of(findings), applied);
  result.converged = applied == 0 || fixed == text;
  return result;
}

std::string fix_loop_warning(const FixLoopResult& result, const std::string& display_path) {
  if (result.cycled) {
    std::string rules;
    for (const std::string& rule : result.cycle_rules) rules += (rules.empty() ? "" : ", ") + rule;
    return "kosei: " + display_path + ": 自動修正が互いに打ち消し合うため（" + rules +
           "）、その修正は行いません。指摘の箇所を確認してください";
  }
  if (!result.converged) {
    return "kosei: " + display_path + ": 自動修正を " + std::to_string(result.passes) +
           " 回繰り返しても修正が残っています。もう一度 --fix を実行するか、残りの指摘を確認してください";
  }
  return "";
}

}  // namespace kosei
