#pragma once
// `kosei check`: find the files, read each once through the pipeline, run the enabled checks,
// print, and decide the exit code.
#include <iosfwd>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "app/document.h"
#include "diag/diagnostic.h"
#include "report/report.h"

namespace kosei {

enum class OutputFormat { text, json, json_lines, sarif, github, rdjson, checkstyle, junit };

// "text", "json", "json-lines", "sarif", "github", "rdjson", "checkstyle", "junit".
std::optional<OutputFormat> parse_output_format(std::string_view name);

struct CheckOptions {
  std::vector<std::string> paths;  // files, directories, or "-" for stdin
  OutputFormat format = OutputFormat::text;
  std::string config_path;          // --config: overrides discovery
  std::vector<std::string> canon_files;  // --canon
  std::vector<std::string> select;  // --select: only these rules
  std::vector<std::string> ignore;  // --ignore
  std::string stdin_filename;       // --stdin-filename
  bool quiet = false;
  std::string color = "auto";       // auto | always | never
  unsigned jobs = 0;                // 0: all cores
  size_t max_file_size = 100u << 20;  // bytes; larger files are refused (exit 2), not read
  Severity fail_level = Severity::warning;
  bool statistics = false;          // --statistics: counts per rule instead of the findings
  std::string output_file;          // --output-file: the report goes there instead of stdout
  bool exit_zero = false;           // --exit-zero: findings do not make the exit code 1
  bool fix = false;                 // --fix: apply safe fixes, write back, report what remains
  bool diff = false;                // --diff: print the fixes as a unified diff, change nothing
  bool report_unused_suppressions = false;
  std::string changed_since;        // --changed-since REV: only findings on lines changed since REV
  std::string baseline;             // --baseline FILE: drop findings recorded in FILE
  bool write_baseline = false;      // --write-baseline: record the findings in --baseline FILE
};

// The built-in canonical data, loaded and compiled once (aborts with a message if it is broken:
// the embedded data is tested at build time).
const Knowledge& builtin_knowledge();

// Runs the checks named in `rules` (every check when empty) over one document. Used by `check`,
// the tests and the benchmarks.
std::vector<Diagnostic> run_checks(const Document& document, const Knowledge& knowledge,
                                   const std::vector<std::string>& rules = {});

// Decodes `bytes`, analyses and checks them: the whole pipeline on one in-memory text. Returns
// nullopt and sets `error` if the bytes cannot be decoded.
std::optional<FileReport> check_bytes(std::string_view bytes, const std::string& display_path,
                                      const Knowledge& knowledge, const std::vector<std::string>& rules,
                                      std::string* error);

// Returns the process exit code: 0 clean, 1 findings, 2 could not do the job.
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace kosei
