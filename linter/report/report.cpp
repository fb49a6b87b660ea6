#include "report/report.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>

#include "app/document.h"
#include "text/utf8.h"

namespace kosei {
namespace {

uint64_t fnv1a(std::string_view text, uint64_t hash = 14695981039346656037ull) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string_view trim_spaces(std::string_view text) {
  auto starts_space = [&](std::string_view t) {
    if (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\r')) return size_t{1};
    if (t.substr(0, 3) == "\xE3\x80\x80") return size_t{3};  // U+3000
    return size_t{0};
  };
  auto ends_space = [&](std::string_view t) {
    if (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r')) return size_t{1};
    if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE3\x80\x80") return size_t{3};
    return size_t{0};
  };
  while (size_t n = starts_space(text)) text.remove_prefix(n);
  while (size_t n = ends_space(text)) text.remove_suffix(n);
  return text;
}

}  // namespace

std::string finding_hash(std::string_view rule, std::string_view span_text, std::string_view line_text) {
  uint64_t hash = fnv1a(rule);
  hash = fnv1a(std::string_view("\0", 1), hash);
  hash = fnv1a(span_text, hash);
  hash = fnv1a(std::string_view("\0", 1), hash);
  hash = fnv1a(trim_spaces(line_text), hash);
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

const std::string& report_uri(const FileReport& report) { return report.uri.empty() ? report.path : report.uri; }

Location locate(const Document& document, Span span) {
  const SourceMap::Columns begin = document.map.columns_of(span.begin);
  const SourceMap::Columns end = document.map.columns_of(span.end);
  Location location;
  location.line = begin.line;
  location.column = begin.column;
  location.end_line = end.line;
  location.end_column = end.column;
  location.utf16_column = begin.utf16_column;
  location.utf16_end_column = end.utf16_column;
  location.byte_column = begin.byte_column;
  location.byte_end_column = end.byte_column;
  location.byte_begin = span.begin;
  location.byte_end = span.end;
  return location;
}

// Longer lines are shown as a window around the span: every finding keeping a copy of a 14 MB line
// would exhaust memory.
constexpr size_t kMaxShownLine = 1024;
constexpr size_t kWindowMargin = 240;

ShownLine shown_line(const Document& document, size_t line, size_t span_begin, size_t span_end) {
  std::string_view text = document.text();
  size_t begin = document.map.line_begin(line);
  size_t end = document.map.line_end(line);
  ShownLine shown;
  if (end - begin > kMaxShownLine) {
    size_t from = std::clamp(span_begin, begin, end);
    size_t to = std::clamp(span_end, from, end);
    size_t window_begin = from - std::min(from - begin, kWindowMargin);
    size_t window_end = std::min(end, to + kWindowMargin);
    while (window_begin > begin && is_utf8_continuation(static_cast<unsigned char>(text[window_begin]))) --window_begin;
    while (window_end < end && is_utf8_continuation(static_cast<unsigned char>(text[window_end]))) ++window_end;
    shown.column = document.map.position_of(window_begin).column;
    begin = window_begin;
    end = window_end;
  }
  shown.text = std::string(text.substr(begin, end - begin));
  return shown;
}

FileReport make_file_report(const Document& document, std::vector<Diagnostic> diagnostics) {
  FileReport report;
  report.path = document.path;
  // Stable: findings of one span keep the order their check gave them (deterministic output).
  // Their numbers are sorted, not the findings (~200 bytes each, moved ~log n times each).
  std::vector<uint32_t> order(diagnostics.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Diagnostic& x = diagnostics[a];
    const Diagnostic& y = diagnostics[b];
    return std::tie(x.span.begin, x.span.end, x.rule) < std::tie(y.span.begin, y.span.end, y.rule);
  });
  report.diagnostics.reserve(diagnostics.size());
  for (uint32_t index : order) {
    Diagnostic& diagnostic = diagnostics[index];
    ReportedDiagnostic reported;
    reported.rule = diagnostic.rule;
    reported.severity = diagnostic.severity;
    reported.message = std::move(diagnostic.message);
    reported.location = locate(document, diagnostic.span);
    ShownLine line =
        shown_line(document, reported.location.line - 1, reported.location.byte_begin, reported.location.byte_end);
    reported.source_line = std::move(line.text);
    reported.source_line_column = line.column;
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
  for (ReportedDiagnostic& reported : report.diagnostics) {
    const Location& at = reported.location;
    std::string_view text = document.text();
    size_t end = std::min(at.byte_end, text.size());
    size_t begin = std::min(at.byte_begin, end);
    reported.fingerprint = finding_hash(reported.rule, text.substr(begin, end - begin), reported.source_line);
  }
  return report;
}

}  // namespace kosei
