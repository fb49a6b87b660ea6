#pragma once
// What printers print: diagnostics with their positions already converted from byte offsets into
// every unit a format needs (code points, UTF-16 code units, bytes), so the Document can be freed
// before printing and a printer never knows which check ran.
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace kosei {

struct Document;

struct Location {
  size_t line = 0, column = 0, end_line = 0, end_column = 0;              // code points (text, JSON)
  size_t utf16_column = 0, utf16_end_column = 0;                          // SARIF
  size_t byte_column = 0, byte_end_column = 0;                            // rdjson
  size_t byte_begin = 0, byte_end = 0;                                    // offsets in the decoded text
};

struct ReportedRelated {
  std::string file;
  Location location;
  std::string message;
};

struct ReportedDiagnostic {
  std::string_view rule;
  Severity severity = Severity::warning;
  std::string message;
  Location location;
  std::string source_line;  // the first line of the span, for the text printer
  std::optional<std::string> fix_replacement;
  Location fix_location;
  std::string canon;
  std::vector<ReportedRelated> related;
};

struct FileReport {
  std::string path;
  std::vector<ReportedDiagnostic> diagnostics;  // sorted by line, column
};

Location locate(const Document& document, Span span);
FileReport make_file_report(const Document& document, std::vector<Diagnostic> diagnostics);

struct PrintOptions {
  bool color = false;
  bool quiet = false;     // findings only, no summary
  size_t files_checked = 0;
};

void print_text(const std::vector<FileReport>& reports, const PrintOptions& options, std::ostream& out);
void print_json(const std::vector<FileReport>& reports, std::ostream& out);

}  // namespace kosei
