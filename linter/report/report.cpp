#include "report/report.h"

#include <algorithm>

#include "app/document.h"

namespace kosei {

Location locate(const Document& document, Span span) {
  const SourceMap& map = document.map;
  Location location;
  Position begin = map.position_of(span.begin);
  Position end = map.position_of(span.end);
  location.line = begin.line;
  location.column = begin.column;
  location.end_line = end.line;
  location.end_column = end.column;
  location.utf16_column = map.utf16_column_of(span.begin);
  location.utf16_end_column = map.utf16_column_of(span.end);
  location.byte_column = map.byte_column_of(span.begin);
  location.byte_end_column = map.byte_column_of(span.end);
  location.byte_begin = span.begin;
  location.byte_end = span.end;
  return location;
}

FileReport make_file_report(const Document& document, std::vector<Diagnostic> diagnostics) {
  FileReport report;
  report.path = document.path;
  std::sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.begin, a.span.end, a.rule) < std::tie(b.span.begin, b.span.end, b.rule);
  });
  for (Diagnostic& diagnostic : diagnostics) {
    ReportedDiagnostic reported;
    reported.rule = diagnostic.rule;
    reported.severity = diagnostic.severity;
    reported.message = std::move(diagnostic.message);
    reported.location = locate(document, diagnostic.span);
    size_t line = reported.location.line - 1;
    reported.source_line =
        document.text().substr(document.map.line_begin(line), document.map.line_end(line) - document.map.line_begin(line));
    if (diagnostic.fix) {
      reported.fix_replacement = diagnostic.fix->replacement;
      reported.fix_location = locate(document, diagnostic.fix->span);
    }
    reported.canon = std::move(diagnostic.canon);
    for (const Related& related : diagnostic.related) {
      reported.related.push_back(ReportedRelated{related.file.empty() ? document.path : related.file,
                                                 locate(document, related.span), related.message});
    }
    report.diagnostics.push_back(std::move(reported));
  }
  return report;
}

}  // namespace kosei
