#include "vcs/git.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>

extern char** environ;

namespace kosei {
namespace {

// git quotes unusual paths as C strings ("a\tb", octal escapes); core.quotepath=off keeps UTF-8.
std::string unquote_path(const std::string& path) {
  if (path.size() < 2 || path.front() != '"' || path.back() != '"') return path;
  std::string out;
  for (size_t i = 1; i + 1 < path.size(); ++i) {
    char c = path[i];
    if (c != '\\' || i + 2 >= path.size()) {
      out += c;
      continue;
    }
    char next = path[++i];
    if (next >= '0' && next <= '7' && i + 2 < path.size()) {
      out += static_cast<char>(std::strtol(path.substr(i, 3).c_str(), nullptr, 8));
      i += 2;
    } else if (next == 't') {
      out += '\t';
    } else if (next == 'n') {
      out += '\n';
    } else {
      out += next;
    }
  }
  return out;
}

}  // namespace

int run_program(const std::vector<std::string>& argv, std::string& output) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (spawned != 0) {
    close(pipe_fds[0]);
    return -1;
  }
  char buffer[65536];
  ssize_t n;
  while ((n = read(pipe_fds[0], buffer, sizeof(buffer))) > 0) output.append(buffer, static_cast<size_t>(n));
  close(pipe_fds[0]);
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::optional<std::string> git_toplevel(const std::string& directory) {
  std::string output;
  if (run_program({"git", "-C", directory.empty() ? "." : directory, "rev-parse", "--show-toplevel"}, output) != 0) {
    return std::nullopt;
  }
  while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
  if (output.empty()) return std::nullopt;
  return output;
}

bool ChangedLines::changed(const std::string& path, size_t line) const {
  if (whole_files.count(path)) return true;
  auto it = lines.find(path);
  return it != lines.end() && it->second.count(line);
}

void parse_unified_zero_diff(const std::string& diff, ChangedLines& out) {
  std::istringstream in(diff);
  std::string line;
  std::string current;
  while (std::getline(in, line)) {
    if (line.rfind("+++ ", 0) == 0) {
      std::string path = unquote_path(line.substr(4));
      if (path == "/dev/null") {
        current.clear();
      } else {
        current = path.rfind("b/", 0) == 0 ? path.substr(2) : path;
        out.lines[current];  // a file with only deletions still counts as present
      }
      continue;
    }
    if (line.rfind("@@ ", 0) != 0 || current.empty()) continue;
    // @@ -a[,b] +c[,d] @@
    size_t plus = line.find(" +");
    if (plus == std::string::npos) continue;
    size_t start = std::strtoul(line.c_str() + plus + 2, nullptr, 10);
    size_t count = 1;
    size_t after = line.find_first_not_of("0123456789", plus + 2);
    if (after != std::string::npos && line[after] == ',') count = std::strtoul(line.c_str() + after + 1, nullptr, 10);
    for (size_t i = 0; i < count; ++i) out.lines[current].insert(start + i);
  }
}

std::optional<ChangedLines> git_changed_lines(const std::string& toplevel, const std::string& revision,
                                              std::string& error) {
  ChangedLines result;
  std::string output;
  std::string verify;
  if (run_program({"git", "-C", toplevel, "rev-parse", "--verify", "--quiet", revision + "^{commit}"}, verify) != 0) {
    error = "kosei: --changed-since: git のリビジョン「" + revision + "」が見つかりません";
    return std::nullopt;
  }
  int status = run_program({"git", "-C", toplevel, "-c", "core.quotepath=off", "diff", "--no-color", "--no-ext-diff",
                            "--no-renames", "--unified=0", revision, "--"},
                           output);
  if (status != 0) {
    error = "kosei: --changed-since: git diff " + revision + " が失敗しました";
    return std::nullopt;
  }
  parse_unified_zero_diff(output, result);
  std::string untracked;
  if (run_program({"git", "-C", toplevel, "ls-files", "--others", "--exclude-standard", "-z"}, untracked) == 0) {
    size_t start = 0;
    for (size_t zero = untracked.find('\0'); zero != std::string::npos; zero = untracked.find('\0', start)) {
      if (zero > start) result.whole_files.insert(untracked.substr(start, zero - start));
      start = zero + 1;
    }
  }
  return result;
}

}  // namespace kosei
