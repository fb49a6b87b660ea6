#include "diag/diagnostic.h"

namespace kosei {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

std::string_view severity_name_ja(Severity severity) {
  switch (severity) {
    case Severity::info: return "情報";
    case Severity::warning: return "警告";
    case Severity::error: return "エラー";
  }
  return "警告";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "error") return Severity::error;
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return std::nullopt;
}

}  // namespace kosei
