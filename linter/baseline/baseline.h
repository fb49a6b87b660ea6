#pragma once
// Baselines: `kosei check --write-baseline --baseline kosei-baseline.json docs/` records the
// current findings; `kosei check --baseline kosei-baseline.json docs/` then reports only findings
// that are not in it, so a repository full of legacy drafts can gate pull requests from day one.
// A finding matches a recorded one by file (repository-relative), rule and fingerprint (rule,
// span text, line text) — not by line number, so edits above a finding do not resurrect it. Each
// recorded entry absorbs as many findings as it counts.
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "report/report.h"

namespace kosei {

class Baseline {
 public:
  // Reads a baseline file; nullopt and `error` (Japanese, names the file) if it is unreadable or broken.
  static std::optional<Baseline> load(const std::string& path, std::string& error);
  static Baseline from_reports(const std::vector<FileReport>& reports);

  // Removes the findings the baseline covers (consuming its counts); returns how many.
  size_t filter(FileReport& report);
  std::string to_json() const;
  size_t size() const;

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // file uri, rule, fingerprint
  struct Entry {
    size_t count = 0;
    std::string message;  // the first one's, for people reading the file
  };
  std::map<Key, Entry> entries_;
};

}  // namespace kosei
