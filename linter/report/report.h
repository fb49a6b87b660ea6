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
struct Check;

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
  std::string source_line;  // the first line of the span (a window of it, for very long lines)
  size_t source_line_column = 1;  // code-point column of source_line's first character
  std::optional<std::string> fix_replacement;
  Location fix_location;
  std::string canon;
  std::vector<ReportedRelated> related;
  // Stable identity of the finding across edits elsewhere in the file: a hash of the rule, the
  // text of the span and the text of its line (whitespace-trimmed), not the line number. Used by
  // SARIF partialFingerprints (numbered ":N" per file) and by baselines.
  std::string fingerprint;
};

struct FileReport {
  std::string path;
  // The path relative to the repository root (git toplevel, else the working directory), with '/'
  // separators: SARIF, GitHub annotations, reviewdog, baselines. Equals `path` unless set.
  std::string uri;
  std::vector<ReportedDiagnostic> diagnostics;  // sorted by line, column
};

Location locate(const Document& document, Span span);
// The line shown for a finding on line `line` (0-based) at bytes [begin, end): the whole line, or
// for a line longer than 1 KB (a PDF extraction without line breaks) a window of it around the span.
struct ShownLine {
  std::string text;
  size_t column = 1;  // code-point column of its first character
};
ShownLine shown_line(const Document& document, size_t line, size_t begin, size_t end);
// The fingerprint of a finding: 16 hex digits.
std::string finding_hash(std::string_view rule, std::string_view span_text, std::string_view line_text);
FileReport make_file_report(const Document& document, std::vector<Diagnostic> diagnostics);

struct PrintOptions {
  bool color = false;
  bool quiet = false;     // findings only, no summary
  size_t files_checked = 0;
};

// The path a machine format names a file by: `uri` when set, else `path`.
const std::string& report_uri(const FileReport& report);

void print_text(const std::vector<FileReport>& reports, const PrintOptions& options, std::ostream& out);
void print_json(const std::vector<FileReport>& reports, std::ostream& out);
// One compact JSON object per line, same keys as print_json.
void print_json_lines(const std::vector<FileReport>& reports, std::ostream& out);
// SARIF 2.1.0 (GitHub code scanning): rule metadata of the checks that ran, UTF-16 columns.
void print_sarif(const std::vector<FileReport>& reports, const std::vector<const Check*>& rules, std::ostream& out);
// GitHub Actions workflow commands (::error file=…::message), one per finding.
void print_github(const std::vector<FileReport>& reports, std::ostream& out);
// The Markdown job summary written to $GITHUB_STEP_SUMMARY: counts per rule and the first findings.
void print_github_summary(const std::vector<FileReport>& reports, std::ostream& out, size_t max_findings = 50);
// reviewdog's rdjson (Reviewdog Diagnostic Format, JSON): UTF-8 byte columns.
void print_rdjson(const std::vector<FileReport>& reports, std::ostream& out);
void print_checkstyle(const std::vector<FileReport>& reports, std::ostream& out);
void print_junit(const std::vector<FileReport>& reports, std::ostream& out);
// --statistics: one line per rule with its count (text), or a JSON array (json / json-lines).
void print_statistics(const std::vector<FileReport>& reports, bool json, std::ostream& out);

// Escaping helpers shared by the printers (exposed for tests).
std::string xml_escape(std::string_view text);
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);
// A SARIF artifactLocation.uri: the relative path with '/' separators, percent-encoding every byte
// outside RFC 3986's unreserved set.
std::string uri_encode_path(std::string_view path);

}  // namespace kosei
