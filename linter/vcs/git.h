#pragma once
// The little kosei needs from git: the repository root (SARIF URIs, baselines) and the lines
// changed since a revision (--changed-since). Runs the `git` executable; no shell is involved.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kosei {

// Runs argv (argv[0] looked up on PATH) and captures stdout; returns the exit status, or -1 if it
// could not be started.
int run_program(const std::vector<std::string>& argv, std::string& output);

// The toplevel of the git work tree holding `directory`, or nullopt (no git, not a repository).
std::optional<std::string> git_toplevel(const std::string& directory);

// Lines (1-based) added or changed in the work tree since `revision`, per path relative to
// `toplevel`. Untracked files appear with `whole_file` set. nullopt and `error` if git fails
// (unknown revision, not a repository).
struct ChangedLines {
  std::map<std::string, std::set<size_t>> lines;
  std::set<std::string> whole_files;
  bool changed(const std::string& path, size_t line) const;
};
std::optional<ChangedLines> git_changed_lines(const std::string& toplevel, const std::string& revision,
                                              std::string& error);

// Parses `git diff --unified=0` output (exposed for tests).
void parse_unified_zero_diff(const std::string& diff, ChangedLines& out);

}  // namespace kosei
