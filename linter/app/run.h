#pragma once
// `kosei check`: find the files, read each once through the pipeline, run the enabled checks,
// print, and decide the exit code.
#include <iosfwd>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace kosei {

enum class OutputFormat { text, json };

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
  Severity fail_level = Severity::warning;
};

// Returns the process exit code: 0 clean, 1 findings, 2 could not do the job.
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace kosei
