#pragma once
// Inline suppressions, written as HTML comments so they never show in rendered Markdown:
//   <!-- kosei-disable-next-line field-name,width -->   the next non-blank line
//   <!-- kosei-disable term -->  …  <!-- kosei-enable term -->   a region (to the end if not closed)
//   <!-- kosei-disable -->  /  <!-- kosei-enable -->   every rule
// The same comments work in .txt files: the structure layer reads .txt as Markdown too (HTML
// comments are masked as non-prose in both), and nobody writes "<!-- kosei-" by accident. `#` and
// `//` line comments are not accepted: numbered drafts start lines with ＃ and # headings, and a
// text file has no comment syntax that stays invisible when published.
// Directives inside fenced code blocks or inline code are ignored (they are examples).
#include <string>
#include <vector>

#include "report/report.h"

namespace kosei {

struct Document;

// One rule suppressed over a range of lines by one comment (a comment naming two rules gives two).
struct Suppression {
  std::string rule;                      // empty: every rule
  Location location;                     // of the comment
  std::string text;                      // the comment, for the fingerprint of an unused-suppression finding
  std::string source_line;               // the comment's first line, for the text output
  size_t first_line = 0, last_line = 0;  // 1-based, inclusive (disable: until the matching enable)
  bool used = false;
};

struct Suppressions {
  std::vector<Suppression> directives;
  struct Problem {
    Location location;
    std::string text;     // the comment
    std::string source_line;
    std::string message;
  };
  std::vector<Problem> problems;  // malformed directives and unknown rules

  bool empty() const { return directives.empty() && problems.empty(); }
};

Suppressions parse_suppressions(const Document& document);

// Drops the findings the directives cover (marking those directives used).
void apply_suppressions(Suppressions& suppressions, std::vector<ReportedDiagnostic>& diagnostics);

// `--report-unused-suppressions`: findings (rule "unused-suppression") for directives that
// suppressed nothing, name unknown rules, or are malformed. `ran` tells whether a rule ran on this
// file (a directive for a rule that was not run is not "unused").
std::vector<ReportedDiagnostic> unused_suppressions(const Suppressions& suppressions,
                                                    bool (*ran)(std::string_view rule, const void* context),
                                                    const void* context, Severity severity);

inline constexpr std::string_view kUnusedSuppressionRule = "unused-suppression";

}  // namespace kosei
