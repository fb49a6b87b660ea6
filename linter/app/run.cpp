#include "app/run.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "app/document.h"
#include "app/heap.h"
#include "baseline/baseline.h"
#include "checks/check.h"
#include "compiled/knowledge_codec.h"
#include "config/config.h"
#include "fix/fix.h"
#include "fix/fix_loop.h"
#include "report/report.h"
#include "suppress/suppress.h"
#include "vcs/git.h"

namespace kosei {
namespace fs = std::filesystem;
namespace {

const std::set<std::string> kTextExtensions = {".txt", ".md", ".markdown"};

struct Input {
  std::string display;  // as given / as found under a given directory
  std::string path;     // to open; empty for stdin
  bool explicit_path = false;
};

struct FileOutcome {
  std::optional<FileReport> report;
  Suppressions suppressions;
  std::vector<std::string_view> rules_ran;  // for --report-unused-suppressions
  Severity unused_severity = Severity::warning;
  bool is_stdin = false;
  std::string uri;      // repository-relative path (machine formats, baselines, --changed-since)
  size_t fixed = 0;     // fixes applied (--fix) or proposed (--diff)
  std::string diff;     // --diff
  std::string error;    // printed to stderr
  bool failed = false;  // makes the run exit 2
};

// The paths machine formats and baselines name files by: relative to the repository root.
class UriMaker {
 public:
  explicit UriMaker(bool needed) {
    if (!needed) return;
    std::error_code ec;
    std::string cwd = fs::current_path(ec).string();
    root_ = fs::weakly_canonical(git_toplevel(cwd).value_or(cwd), ec);
    enabled_ = true;
  }
  std::string uri_of(const std::string& path) const {
    if (!enabled_ || path.empty() || path == "-") return path;
    std::error_code ec;
    fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return path;
    fs::path relative = absolute.lexically_relative(root_);
    if (relative.empty() || *relative.begin() == "..") return path;  // outside the repository
    return relative.generic_string();
  }

 private:
  bool enabled_ = false;
  fs::path root_;
};

void sort_diagnostics(std::vector<ReportedDiagnostic>& diagnostics) {
  auto before = [](const ReportedDiagnostic& a, const ReportedDiagnostic& b) {
    return std::tie(a.location.byte_begin, a.location.byte_end, a.rule) <
           std::tie(b.location.byte_begin, b.location.byte_end, b.rule);
  };
  // make_file_report sorted them already; only appended ones (unused suppressions) may be out of
  // order, and moving every finding through a merge sort again cost ~2,500 instructions each.
  if (std::is_sorted(diagnostics.begin(), diagnostics.end(), before)) return;
  std::stable_sort(diagnostics.begin(), diagnostics.end(), before);
}

// Collects files to check; returns false if a given path is unusable (already reported).
bool collect_inputs(const CheckOptions& options, std::vector<Input>& inputs, std::ostream& err) {
  bool ok = true;
  for (const std::string& given : options.paths) {
    if (given == "-") {
      inputs.push_back(Input{options.stdin_filename.empty() ? "-" : options.stdin_filename, "", true});
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(given, error);
    if (error || !fs::exists(status)) {
      err << "kosei: " << given << ": パスが見つかりません\n";
      ok = false;
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<Input> found;
      fs::recursive_directory_iterator it(given, fs::directory_options::none, error), end;
      if (error) {
        err << "kosei: " << given << ": ディレクトリを読めません（" << error.message() << "）\n";
        ok = false;
        continue;
      }
      for (; it != end; it.increment(error)) {
        if (error) {
          err << "kosei: " << given << ": ディレクトリを読めません（" << error.message() << "）\n";
          ok = false;
          break;
        }
        const fs::path& path = it->path();
        std::string name = path.filename().string();
        if (it->is_directory(error)) {
          // Hidden directories (.git) and dependency folders are not drafts.
          if ((name.size() > 1 && name[0] == '.') || name == "node_modules") it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(error) || !kTextExtensions.count(path.extension().string())) continue;
        found.push_back(Input{path.string(), path.string(), false});
      }
      std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.display < b.display; });
      inputs.insert(inputs.end(), found.begin(), found.end());
      continue;
    }
    if (!fs::is_regular_file(status)) {
      err << "kosei: " << given << ": 通常のファイルではありません（FIFO・デバイスなどは読みません）\n";
      ok = false;
      continue;
    }
    inputs.push_back(Input{given, given, true});
  }
  return ok;
}

// Reads a whole file (or stdin) with read(2), so that every error — EIO on a bad disk, a file
// that shrinks while read, a file over the size limit — is reported instead of yielding less text.
bool read_input(const Input& input, size_t max_size, std::string& bytes, std::string& error) {
  auto fail = [&](const std::string& what) {
    error = "kosei: " + input.display + ": " + what;
    return false;
  };
  int fd = input.path.empty() ? STDIN_FILENO : ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail("読めません（" + std::string(std::strerror(errno)) + "）");
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && static_cast<uint64_t>(info.st_size) > max_size) {
    if (fd != STDIN_FILENO) ::close(fd);
    return fail("ファイルが大きすぎます（" + std::to_string(info.st_size >> 20) + " MiB。上限は " +
                std::to_string(max_size >> 20) + " MiB で、--max-file-size で変えられます）");
  }
  bytes.clear();
  if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      if (fd != STDIN_FILENO) ::close(fd);
      return fail("読み込み中にエラーが起きました（" + std::string(std::strerror(saved)) + "）");
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
    if (bytes.size() > max_size) {
      if (fd != STDIN_FILENO) ::close(fd);
      return fail("入力が大きすぎます（上限は " + std::to_string(max_size >> 20) +
                  " MiB で、--max-file-size で変えられます）");
    }
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return true;
}

// Canonical data per distinct list of data files, compiled once and shared by all files.
class KnowledgeCache {
 public:
  const Knowledge* get(bool replace_builtin, const std::vector<std::string>& files, std::string& error) {
    std::string key = replace_builtin ? "R" : "B";
    for (const std::string& file : files) key += "\n" + file;
    std::lock_guard lock(mutex_);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second.get();
    std::unique_ptr<Knowledge> knowledge;
    if (!replace_builtin && files.empty()) {
      // The usual case: the built-in data alone, compiled at build time.
      std::string failure;
      knowledge = load_builtin_knowledge(failure);
      if (!knowledge) {
        error = "kosei: 組み込みの正本データが壊れています: " + failure;
        return nullptr;
      }
    } else {
      // User files may replace parts of the built-in data: read both as TOML.
      CanonData data;
      if (!replace_builtin) {
        if (auto failure = load_builtin_canon(data)) {
          error = "kosei: 組み込みの正本データが壊れています: " + failure->to_string();
          return nullptr;
        }
      }
      for (const std::string& file : files) {
        if (auto failure = load_canon_file(file, data)) {
          error = "kosei: 正本データのエラー: " + failure->to_string();
          return nullptr;
        }
      }
      knowledge = std::make_unique<Knowledge>(std::move(data));
    }
    const Knowledge* result = knowledge.get();
    cache_.emplace(key, std::move(knowledge));
    return result;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Knowledge>> cache_;
};

class ConfigCache {
 public:
  // The config governing files in `directory`; nullptr with `error` set if it is broken.
  const Config* for_directory(const std::string& directory, std::string& error) {
    std::lock_guard lock(mutex_);
    auto found = find_config_for(directory);
    std::string key = found ? *found : "";
    auto it = cache_.find(key);
    if (it != cache_.end()) {
      if (!it->second.second.empty()) error = it->second.second;
      return it->second.second.empty() ? it->second.first.get() : nullptr;
    }
    auto config = std::make_unique<Config>();
    std::string message;
    if (found) {
      if (auto failure = load_config_file(*found, *config)) message = "kosei: 設定ファイルのエラー: " + failure->to_string();
    }
    auto& entry = cache_[key];
    entry.first = std::move(config);
    entry.second = message;
    if (!message.empty()) {
      error = message;
      return nullptr;
    }
    return entry.first.get();
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::pair<std::unique_ptr<Config>, std::string>> cache_;
};

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(STDOUT_FILENO);
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  static const std::pair<std::string_view, OutputFormat> kFormats[] = {
      {"text", OutputFormat::text},         {"json", OutputFormat::json},     {"json-lines", OutputFormat::json_lines},
      {"sarif", OutputFormat::sarif},       {"github", OutputFormat::github}, {"rdjson", OutputFormat::rdjson},
      {"checkstyle", OutputFormat::checkstyle}, {"junit", OutputFormat::junit}};
  for (const auto& [format_name, format] : kFormats) {
    if (format_name == name) return format;
  }
  return std::nullopt;
}

const Knowledge& builtin_knowledge() {
  static const std::unique_ptr<Knowledge> knowledge = [] {
    std::string error;
    std::unique_ptr<Knowledge> loaded = load_builtin_knowledge(error);
    if (!loaded) {
      std::cerr << "kosei: 組み込みの正本データが壊れています: " << error << "\n";
      std::abort();
    }
    return loaded;
  }();
  return *knowledge;
}

std::vector<Diagnostic> run_checks(const Document& document, const Knowledge& knowledge,
                                   const std::vector<std::string>& rules) {
  static const Config default_config;
  CheckContext context{document, knowledge, &default_config};
  std::vector<EnabledCheck> enabled;
  for (const Check& check : all_checks()) {
    if (!rules.empty() && std::find(rules.begin(), rules.end(), check.id) == rules.end()) continue;
    enabled.emplace_back(&check, check.default_severity);
  }
  return run_enabled_checks(context, enabled);
}

std::optional<FileReport> check_bytes(std::string_view bytes, const std::string& display_path,
                                      const Knowledge& knowledge, const std::vector<std::string>& rules,
                                      std::string* error) {
  DecodeResult decoded = decode_bytes(bytes);
  if (!decoded.decoded) {
    if (error) *error = decoded.error->message;
    return std::nullopt;
  }
  Document document(display_path, std::move(*decoded.decoded), knowledge);
  return make_file_report(document, run_checks(document, knowledge, rules));
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  for (const auto* list : {&options.select, &options.ignore}) {
    for (const std::string& id : *list) {
      if (!find_check(id)) {
        err << "kosei: 未知のルール「" << id << "」です（kosei rules で一覧を表示できます）\n";
        return 2;
      }
    }
  }
  if (options.fix && options.diff) {
    err << "kosei: --fix と --diff は同時に使えません（--diff は何も変更せずに修正内容を表示します）\n";
    return 2;
  }
  if (options.write_baseline && options.baseline.empty()) {
    err << "kosei: --write-baseline には --baseline FILE で書き込み先を指定してください\n";
    return 2;
  }
  if (options.statistics && options.format != OutputFormat::text && options.format != OutputFormat::json &&
      options.format != OutputFormat::json_lines) {
    err << "kosei: --statistics は --format text・json・json-lines と組み合わせてください\n";
    return 2;
  }
  if (options.fix) {
    for (const std::string& path : options.paths) {
      if (path == "-") {
        err << "kosei: 標準入力は --fix で書き戻せません（--diff で修正内容を表示できます）\n";
        return 2;
      }
    }
  }
  Config explicit_config;
  if (!options.config_path.empty()) {
    if (auto failure = load_config_file(options.config_path, explicit_config)) {
      err << "kosei: 設定ファイルのエラー: " << failure->to_string() << "\n";
      return 2;
    }
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !options.write_baseline) {
    std::string error;
    baseline = Baseline::load(options.baseline, error);
    if (!baseline) {
      err << error << "\n";
      return 2;
    }
  }
  bool machine_paths = options.format == OutputFormat::sarif || options.format == OutputFormat::github ||
                       options.format == OutputFormat::rdjson || options.format == OutputFormat::checkstyle ||
                       options.format == OutputFormat::junit || !options.baseline.empty() ||
                       !options.changed_since.empty();
  UriMaker uris(machine_paths);
  std::optional<ChangedLines> changed;
  if (!options.changed_since.empty()) {
    std::error_code ec;
    std::string cwd = fs::current_path(ec).string();
    std::optional<std::string> toplevel = git_toplevel(cwd);
    if (!toplevel) {
      err << "kosei: --changed-since: git のリポジトリの中で実行してください\n";
      return 2;
    }
    std::string error;
    changed = git_changed_lines(*toplevel, options.changed_since, error);
    if (!changed) {
      err << error << "\n";
      return 2;
    }
  }
  std::vector<Input> inputs;
  bool failed = !collect_inputs(options, inputs, err);
  if (inputs.empty()) {
    err << "kosei: 検査するファイルがありません（対象の拡張子: .txt .md .markdown）\n";
    return 2;
  }

  // The findings a user sees for one file: suppressions, then --changed-since (baselines apply
  // once every file is in, to count shared entries deterministically).
  auto visible = [&](FileOutcome& outcome, std::vector<ReportedDiagnostic>& diagnostics, bool is_stdin) {
    apply_suppressions(outcome.suppressions, diagnostics);
    if (changed && !is_stdin) {
      std::erase_if(diagnostics, [&](const ReportedDiagnostic& d) { return !changed->changed(outcome.uri, d.location.line); });
    }
  };

  KnowledgeCache knowledge_cache;
  ConfigCache config_cache;
  CrossDocumentRun cross_document;
  const bool fixing = options.fix || options.diff;
  std::vector<FileOutcome> outcomes(inputs.size());
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(inputs.size()));
  // With several workers, the largest files go first (longest job first): the last file to finish
  // is then a small one, not a long document started last. Reports keep the input order.
  std::vector<size_t> schedule(inputs.size());
  for (size_t i = 0; i < schedule.size(); ++i) schedule[i] = i;
  if (jobs > 1) {
    std::vector<uintmax_t> sizes(inputs.size(), 0);
    for (size_t i = 0; i < inputs.size(); ++i) {
      std::error_code ec;
      if (!inputs[i].path.empty()) sizes[i] = fs::file_size(inputs[i].path, ec);
      if (ec) sizes[i] = 0;
    }
    std::stable_sort(schedule.begin(), schedule.end(), [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  }
  // Only the text output without --quiet shows a finding's source line; every other output would
  // keep a copy of it per finding until the end (most of a finding's memory) for nothing.
  const bool keep_source_lines =
      options.format == OutputFormat::text && !options.quiet && !options.statistics && !options.diff;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t turn = next++; turn < inputs.size(); turn = next++) {
      const size_t index = schedule[turn];
      const Input& input = inputs[index];
      FileOutcome& outcome = outcomes[index];
      std::string bytes;
      if (!read_input(input, options.max_file_size, bytes, outcome.error)) {
        outcome.failed = true;
        continue;
      }
      DecodeResult decoded = decode_bytes(bytes);
      if (!decoded.decoded) {
        const DecodeError& error = *decoded.error;
        outcome.error = "kosei: " + input.display + ": " + error.message;
        if (error.kind == DecodeFailure::binary) {
          outcome.error += input.explicit_path ? "" : "。スキップします";
          outcome.failed = input.explicit_path;
        } else {
          outcome.failed = true;
        }
        continue;
      }
      std::string directory = input.path.empty()
                                  ? (options.stdin_filename.empty() ? "." : fs::path(options.stdin_filename).parent_path().string())
                                  : fs::path(input.path).parent_path().string();
      const Config* config = &explicit_config;
      if (options.config_path.empty()) {
        config = config_cache.for_directory(directory, outcome.error);
        if (!config) {
          outcome.failed = true;
          continue;
        }
      }
      std::vector<std::string> canon_files = config->canon_files;
      canon_files.insert(canon_files.end(), options.canon_files.begin(), options.canon_files.end());
      const Knowledge* knowledge = knowledge_cache.get(config->replace_builtin_canon, canon_files, outcome.error);
      if (!knowledge) {
        outcome.failed = true;
        continue;
      }
      std::string relative = input.path.empty() ? input.display : input.path;
      if (!config->directory.empty()) {
        std::error_code ec;
        fs::path rel = fs::relative(fs::absolute(relative, ec), fs::absolute(config->directory, ec), ec);
        if (!ec) relative = rel.string();
      }
      outcome.is_stdin = input.path.empty();
      outcome.uri = uris.uri_of(input.path.empty() ? options.stdin_filename : input.path);
      if (outcome.uri.empty()) outcome.uri = input.display;
      // The rules that run on this file and their severities.
      std::vector<std::pair<const Check*, Severity>> enabled;
      for (const Check& check : all_checks()) {
        if (!options.select.empty() &&
            std::find(options.select.begin(), options.select.end(), check.id) == options.select.end()) {
          continue;
        }
        if (std::find(options.ignore.begin(), options.ignore.end(), check.id) != options.ignore.end()) continue;
        RuleSetting setting = config->setting_for(check.id, relative);
        bool selected_explicitly = std::find(options.select.begin(), options.select.end(), check.id) != options.select.end();
        if (setting.off && !selected_explicitly) continue;
        Severity severity = setting.severity.value_or(check.default_severity);
        if (check.id == kUnusedSuppressionRule) {
          outcome.unused_severity = severity;
          continue;
        }
        enabled.emplace_back(&check, severity);
        outcome.rules_ran.push_back(check.id);
      }
      // One pass of the pipeline over a text. Cross-document rules record their summaries only
      // in the pass whose findings are kept (the last one when fixing).
      auto analyse = [&](DecodedText text, CrossDocumentRun* run) {
        Document document(input.display, std::move(text), *knowledge);
        CheckContext context{document, *knowledge, config, run, index};
        std::vector<Diagnostic> diagnostics = run_enabled_checks(context, enabled);
        outcome.suppressions = parse_suppressions(document);
        return make_file_report(document, std::move(diagnostics));
      };
      DecodedText text = std::move(*decoded.decoded);
      // Every page a document's working memory touches first has to be zeroed by the kernel
      // (a visible share of the time of one file): keep one copy of the text, not three.
      if (!fixing) std::string().swap(bytes);
      if (fixing) {
        // Apply the fixes of the visible findings, re-check, repeat while fixes apply (overlapping
        // fixes wait for the next pass; fix/fix_loop.h).
        std::string original = text.text;
        const FixLoopResult loop = fix_until_stable(text.text, [&](const std::string& current) {
          FileReport report = analyse(DecodedText{current, text.encoding, text.had_bom}, nullptr);
          visible(outcome, report.diagnostics, outcome.is_stdin);
          return std::move(report.diagnostics);
        });
        outcome.fixed = loop.applied;
        if (const std::string warning = fix_loop_warning(loop, input.display); !warning.empty()) {
          outcome.error += (outcome.error.empty() ? "" : "\n") + warning;
        }
        if (text.text != original) {
          if (options.diff) {
            outcome.diff = unified_diff(original, text.text, input.display);
            text.text = original;  // --diff changes nothing: report the file as it is
          } else if (!write_fixed_file(input.path, bytes, text.text, text.encoding, text.had_bom, outcome.error)) {
            outcome.failed = true;
            outcome.fixed = 0;
            text.text = original;
          }
        }
      }
      outcome.report = analyse(std::move(text), &cross_document);
      outcome.report->uri = outcome.uri;
      if (!keep_source_lines) {
        for (ReportedDiagnostic& diagnostic : outcome.report->diagnostics) std::string().swap(diagnostic.source_line);
      }
    }
  };
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> threads;
    // The main thread is one of the workers: its heap is the prepared one (app/heap.h).
    for (unsigned i = 1; i < jobs; ++i) {
      threads.emplace_back([&] {
        prepare_thread_heap();
        worker();
      });
    }
    worker();
    for (std::thread& thread : threads) thread.join();
  }

  // Every file is checked: collect the reports in input order (deterministic whatever --jobs).
  std::vector<FileReport> reports;
  std::vector<FileOutcome*> report_outcomes;
  size_t fixed_total = 0, fixed_files = 0;
  std::string diffs;
  for (FileOutcome& outcome : outcomes) {
    if (!outcome.error.empty()) err << outcome.error << "\n";
    failed |= outcome.failed;
    if (outcome.fixed) {
      fixed_total += outcome.fixed;
      ++fixed_files;
    }
    diffs += outcome.diff;
    if (!outcome.report) continue;
    reports.push_back(std::move(*outcome.report));
    report_outcomes.push_back(&outcome);
  }
  // Rules that compare the files of the run (amount-conflict) add their findings now.
  cross_document.finish(reports);

  // Suppressions and --changed-since, per file; unused suppressions once all findings are known.
  for (size_t i = 0; i < reports.size(); ++i) {
    FileOutcome& outcome = *report_outcomes[i];
    bool is_stdin = outcome.is_stdin;
    visible(outcome, reports[i].diagnostics, is_stdin);
    if (options.report_unused_suppressions) {
      auto ran = [](std::string_view rule, const void* context) {
        const auto* rules = static_cast<const std::vector<std::string_view>*>(context);
        return std::find(rules->begin(), rules->end(), rule) != rules->end();
      };
      std::vector<ReportedDiagnostic> unused =
          unused_suppressions(outcome.suppressions, ran, &outcome.rules_ran, outcome.unused_severity);
      if (changed && !is_stdin) {
        std::erase_if(unused, [&](const ReportedDiagnostic& d) { return !changed->changed(outcome.uri, d.location.line); });
      }
      reports[i].diagnostics.insert(reports[i].diagnostics.end(), unused.begin(), unused.end());
    }
    sort_diagnostics(reports[i].diagnostics);
  }
  std::stable_sort(reports.begin(), reports.end(), [](const FileReport& a, const FileReport& b) { return a.path < b.path; });

  if (options.write_baseline) {
    Baseline recorded = Baseline::from_reports(reports);
    std::string temp = options.baseline + ".tmp";
    {
      std::ofstream file(temp, std::ios::binary | std::ios::trunc);
      file << recorded.to_json();
      if (!file) {
        err << "kosei: " << options.baseline << ": ベースラインを書き込めません\n";
        return 2;
      }
    }
    std::error_code ec;
    fs::rename(temp, options.baseline, ec);
    if (ec) {
      err << "kosei: " << options.baseline << ": ベースラインを書き込めません（" << ec.message() << "）\n";
      return 2;
    }
    err << "kosei: " << recorded.size() << " 件の指摘をベースライン " << options.baseline << " に記録しました\n";
    return failed ? 2 : 0;
  }
  size_t baselined = 0;
  if (baseline) {
    for (FileReport& report : reports) baselined += baseline->filter(report);
  }

  std::ofstream file_out;
  std::ostream* sink = &out;
  if (!options.output_file.empty()) {
    file_out.open(options.output_file, std::ios::binary | std::ios::trunc);
    if (!file_out) {
      err << "kosei: " << options.output_file << ": 出力ファイルを書き込めません（" << std::strerror(errno) << "）\n";
      return 2;
    }
    sink = &file_out;
  }
  std::ostream& printer = *sink;
  if (options.diff) {
    printer << diffs;
  } else if (options.statistics) {
    print_statistics(reports, options.format != OutputFormat::text, printer);
  } else {
    switch (options.format) {
      case OutputFormat::json: print_json(reports, printer); break;
      case OutputFormat::json_lines: print_json_lines(reports, printer); break;
      case OutputFormat::sarif: {
        std::vector<const Check*> ran;
        for (const Check& check : all_checks()) {
          bool selected = options.select.empty() ||
                          std::find(options.select.begin(), options.select.end(), check.id) != options.select.end();
          bool ignored = std::find(options.ignore.begin(), options.ignore.end(), check.id) != options.ignore.end();
          if (check.id == kUnusedSuppressionRule && !options.report_unused_suppressions) continue;
          if (selected && !ignored) ran.push_back(&check);
        }
        print_sarif(reports, ran, printer);
        break;
      }
      case OutputFormat::github: print_github(reports, printer); break;
      case OutputFormat::rdjson: print_rdjson(reports, printer); break;
      case OutputFormat::checkstyle: print_checkstyle(reports, printer); break;
      case OutputFormat::junit: print_junit(reports, printer); break;
      case OutputFormat::text: {
        PrintOptions print_options;
        print_options.color = options.output_file.empty() && use_color(options.color);
        print_options.quiet = options.quiet;
        print_options.files_checked = reports.size();
        print_text(reports, print_options, printer);
        break;
      }
    }
  }
  printer.flush();
  if (options.format == OutputFormat::github && !options.diff) {
    if (const char* summary_path = std::getenv("GITHUB_STEP_SUMMARY"); summary_path && *summary_path) {
      std::ofstream summary(summary_path, std::ios::binary | std::ios::app);
      print_github_summary(reports, summary);
    }
  }
  if (!options.quiet) {
    if (options.fix && fixed_total) {
      err << "kosei: " << fixed_total << " 件を修正しました（" << fixed_files << " ファイル）\n";
    }
    if (baselined) err << "kosei: ベースラインにある " << baselined << " 件は表示していません\n";
  }
  if (failed) return 2;
  if (options.diff) return diffs.empty() || options.exit_zero ? 0 : 1;
  bool findings = false;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      findings |= static_cast<int>(d.severity) >= static_cast<int>(options.fail_level);
    }
  }
  return findings && !options.exit_zero ? 1 : 0;
}

}  // namespace kosei
