#pragma once
// The one diagnostics model every check writes and every printer reads. Positions are byte offsets
// into the decoded text; printers convert them to the unit their format wants.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace kosei {

enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view severity_name(Severity severity);           // "error"
std::string_view severity_name_ja(Severity severity);        // "エラー"
std::optional<Severity> parse_severity(std::string_view name);

struct Fix {
  Span span;
  std::string replacement;
};

struct Related {
  std::string file;  // empty: the same file
  Span span;
  std::string message;
};

struct Diagnostic {
  std::string_view rule;  // the check's id; points at static storage
  Severity severity = Severity::warning;
  Span span;
  std::string message;
  std::optional<Fix> fix;
  std::vector<Related> related;
  std::string canon;  // the canonical value, when there is one (JSON "canon")
};

}  // namespace kosei
