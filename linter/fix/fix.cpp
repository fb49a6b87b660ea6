#include "fix/fix.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kosei {
namespace fs = std::filesystem;
namespace {

bool on_boundary(std::string_view text, size_t offset) {
  if (offset > text.size()) return false;
  if (offset == text.size()) return true;
  return (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t newline = text.find('\n', start);
    size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// Myers' O(ND) diff over lines: the edit script as a list of (kind, old index, new index).
struct Op {
  char kind;  // ' ', '-', '+'
  size_t old_index, new_index;
};

std::vector<Op> diff_lines(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  const long max = n + m;
  std::vector<long> v(2 * max + 2, 0);
  std::vector<std::vector<long>> trace;
  long found_d = -1;
  for (long d = 0; d <= max; ++d) {
    trace.push_back(v);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max] : v[k - 1 + max] + 1;
      long y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[k + max] = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
    if (found_d >= 0) break;
  }
  std::vector<Op> ops;
  long x = n, y = m;
  for (long d = found_d; d >= 0; --d) {
    const std::vector<long>& vd = trace[d];
    long k = x - y;
    long prev_k = (k == -d || (k != d && vd[k - 1 + max] < vd[k + 1 + max])) ? k + 1 : k - 1;
    long prev_x = d == 0 ? 0 : vd[prev_k + max];
    long prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      --x, --y;
      ops.push_back(Op{' ', static_cast<size_t>(x), static_cast<size_t>(y)});
    }
    if (d == 0) break;
    if (x == prev_x) {
      --y;
      ops.push_back(Op{'+', static_cast<size_t>(x), static_cast<size_t>(y)});
    } else {
      --x;
      ops.push_back(Op{'-', static_cast<size_t>(x), static_cast<size_t>(y)});
    }
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void append_line(std::string& out, char kind, std::string_view line) {
  out += kind;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::vector<TextEdit> edits_of(const std::vector<ReportedDiagnostic>& diagnostics) {
  std::vector<TextEdit> edits;
  for (const ReportedDiagnostic& d : diagnostics) {
    if (!d.fix_replacement) continue;
    edits.push_back(TextEdit{d.fix_location.byte_begin, d.fix_location.byte_end, *d.fix_replacement});
  }
  return edits;
}

std::string apply_edits(std::string_view text, std::vector<TextEdit> edits, size_t& applied) {
  applied = 0;
  std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end < b.end;
  });
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;  // text[0, copied) is in `out`
  const TextEdit* last = nullptr;
  for (const TextEdit& edit : edits) {
    if (edit.end < edit.begin || !on_boundary(text, edit.begin) || !on_boundary(text, edit.end)) continue;
    if (last && edit.begin == last->begin && edit.end == last->end && edit.replacement == last->replacement) continue;
    if (edit.begin < copied) continue;  // overlaps an edit already taken
    // Two insertions at one point would depend on order: take the first only.
    if (last && edit.begin == edit.end && last->begin == last->end && edit.begin == last->begin) continue;
    if (edit.begin == edit.end && last && last->end == edit.begin && last->begin < last->end) continue;
    out.append(text.substr(copied, edit.begin - copied));
    out += edit.replacement;
    copied = edit.end;
    last = &edit;
    ++applied;
  }
  out.append(text.substr(copied));
  return out;
}

std::string unified_diff(std::string_view old_text, std::string_view new_text, const std::string& label) {
  if (old_text == new_text) return "";
  std::vector<std::string_view> a = split_lines(old_text), b = split_lines(new_text);
  std::vector<Op> ops = diff_lines(a, b);
  std::string out = "--- a/" + label + "\n+++ b/" + label + "\n";
  const size_t context = 3;
  size_t i = 0;
  while (i < ops.size()) {
    // Find the next change.
    size_t change = i;
    while (change < ops.size() && ops[change].kind == ' ') ++change;
    if (change == ops.size()) break;
    size_t start = change >= context ? std::max(i, change - context) : i;
    // Extend the hunk while changes are within 2*context of each other.
    size_t end = change;
    size_t scan = change;
    while (scan < ops.size()) {
      if (ops[scan].kind != ' ') {
        end = scan + 1;
        ++scan;
        continue;
      }
      size_t run = scan;
      while (run < ops.size() && ops[run].kind == ' ') ++run;
      if (run == ops.size() || run - scan > 2 * context) break;
      scan = run;
    }
    size_t stop = std::min(ops.size(), end + context);
    size_t old_start = ops[start].old_index, new_start = ops[start].new_index;
    size_t old_count = 0, new_count = 0;
    for (size_t j = start; j < stop; ++j) {
      if (ops[j].kind != '+') ++old_count;
      if (ops[j].kind != '-') ++new_count;
    }
    out += "@@ -" + std::to_string(old_count ? old_start + 1 : old_start);
    if (old_count != 1) out += "," + std::to_string(old_count);
    out += " +" + std::to_string(new_count ? new_start + 1 : new_start);
    if (new_count != 1) out += "," + std::to_string(new_count);
    out += " @@\n";
    for (size_t j = start; j < stop; ++j) {
      const Op& op = ops[j];
      append_line(out, op.kind, op.kind == '+' ? b[op.new_index] : a[op.old_index]);
    }
    i = stop;
  }
  return out;
}

bool write_fixed_file(const std::string& path, const std::string& original_bytes, const std::string& fixed_text,
                      Encoding encoding, bool with_bom, std::string& error) {
  std::optional<std::string> encoded = encode_text(fixed_text, encoding, with_bom);
  if (!encoded) {
    error = "kosei: " + path + ": 修正後の文字を元の文字コード（" + std::string(encoding_name(encoding)) +
            "）で表せないため、書き込みません";
    return false;
  }
  std::error_code ec;
  fs::path target = fs::canonical(path, ec);
  if (ec) {
    error = "kosei: " + path + ": ファイルが見つかりません（" + ec.message() + "）";
    return false;
  }
  {
    std::ifstream in(target, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in || buffer.str() != original_bytes) {
      error = "kosei: " + path + ": 読み込んだ後にファイルが変更されたため、書き込みません（もう一度実行してください）";
      return false;
    }
  }
  struct stat status {};
  if (stat(target.c_str(), &status) != 0) {
    error = "kosei: " + path + ": ファイルの情報を読めません（" + std::strerror(errno) + "）";
    return false;
  }
  std::string temp = (target.parent_path() / ("." + target.filename().string() + ".kosei-XXXXXX")).string();
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    error = "kosei: " + path + ": 一時ファイルを作れません（" + std::strerror(errno) + "）";
    return false;
  }
  bool ok = fchmod(fd, status.st_mode & 07777) == 0;
  if (fchown(fd, status.st_uid, status.st_gid) != 0) {
    // Only root can give a file away; a file we own keeps our ownership anyway.
  }
  const std::string& bytes = *encoded;
  size_t written = 0;
  while (ok && written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ok = false;
    else written += static_cast<size_t>(n);
  }
  ok = ok && fsync(fd) == 0;
  ok = (close(fd) == 0) && ok;
  if (ok) {
    // Last look before replacing: a concurrent editor's save must not be overwritten.
    std::ifstream in(target, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (buffer.str() != original_bytes) {
      unlink(temp.c_str());
      error = "kosei: " + path + ": 読み込んだ後にファイルが変更されたため、書き込みません（もう一度実行してください）";
      return false;
    }
  }
  if (!ok || rename(temp.c_str(), target.c_str()) != 0) {
    int saved = errno;
    unlink(temp.c_str());
    error = "kosei: " + path + ": 書き込めません（" + std::strerror(saved) + "）";
    return false;
  }
  return true;
}

}  // namespace kosei
