#include <algorithm>

#include "checks/check.h"

namespace kosei {
namespace {

std::vector<Check>& registry() {
  static std::vector<Check> checks;
  return checks;
}

}  // namespace

CheckRegistrar::CheckRegistrar(const Check& check) {
  auto& checks = registry();
  auto at = std::lower_bound(checks.begin(), checks.end(), check.id,
                             [](const Check& a, std::string_view id) { return a.id < id; });
  checks.insert(at, check);
}

const std::vector<Check>& all_checks() { return registry(); }

namespace {

bool yields(const Check& check, std::string_view other) {
  std::string_view list = check.yields_to;
  while (!list.empty()) {
    size_t comma = list.find(',');
    if (list.substr(0, comma) == other) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace

std::vector<Diagnostic> run_enabled_checks(const CheckContext& context, const std::vector<EnabledCheck>& checks) {
  std::vector<Diagnostic> diagnostics;
  bool any_yield = false;
  for (const auto& [check, severity] : checks) {
    Reporter reporter(check->id, severity, diagnostics);
    check->run(context, reporter);
    any_yield |= !check->yields_to.empty();
  }
  if (!any_yield) return diagnostics;
  std::vector<const Check*> rule_of(diagnostics.size());
  for (size_t i = 0; i < diagnostics.size(); ++i) rule_of[i] = find_check(diagnostics[i].rule);
  // Sorted by start, so overlapping findings are neighbours within a short window.
  std::vector<size_t> order(diagnostics.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return diagnostics[a].span.begin < diagnostics[b].span.begin; });
  std::vector<bool> dropped(diagnostics.size(), false);
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k];
    if (!rule_of[i] || rule_of[i]->yields_to.empty()) continue;
    const Span span = diagnostics[i].span;
    auto overlaps = [&](size_t j) {
      const Span other = diagnostics[j].span;
      return other.begin < std::max(span.end, span.begin + 1) && span.begin < std::max(other.end, other.begin + 1);
    };
    for (size_t back = k; back-- > 0 && !dropped[i];) {
      size_t j = order[back];
      if (diagnostics[j].span.end + 64 < span.begin) break;
      if (overlaps(j) && yields(*rule_of[i], diagnostics[j].rule)) dropped[i] = true;
    }
    for (size_t ahead = k + 1; ahead < order.size() && !dropped[i]; ++ahead) {
      size_t j = order[ahead];
      if (diagnostics[j].span.begin >= std::max(span.end, span.begin + 1)) break;
      if (overlaps(j) && yields(*rule_of[i], diagnostics[j].rule)) dropped[i] = true;
    }
  }
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics.size());
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    if (!dropped[i]) kept.push_back(std::move(diagnostics[i]));
  }
  return kept;
}

const Check* find_check(std::string_view id) {
  for (const Check& check : registry()) {
    if (check.id == id) return &check;
  }
  return nullptr;
}

Diagnostic& Reporter::report(Span span, std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = rule_;
  diagnostic.severity = severity_;
  diagnostic.span = span;
  diagnostic.message = std::move(message);
  out_.push_back(std::move(diagnostic));
  return out_.back();
}

Diagnostic& Reporter::report(Span span, std::string message, Fix fix) {
  Diagnostic& diagnostic = report(span, std::move(message));
  diagnostic.fix = std::move(fix);
  return diagnostic;
}

}  // namespace kosei
