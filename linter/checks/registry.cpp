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
