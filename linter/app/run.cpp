#include "app/run.h"

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
#include "checks/check.h"
#include "config/config.h"
#include "report/report.h"

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
  std::string error;    // printed to stderr
  bool failed = false;  // makes the run exit 2
};

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

bool read_input(const Input& input, std::string& bytes, std::string& error) {
  if (input.path.empty()) {
    std::stringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
    return true;
  }
  std::ifstream in(input.path, std::ios::binary);
  if (!in) {
    error = "kosei: " + input.display + ": 読めません（" + std::string(std::strerror(errno)) + "）";
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "kosei: " + input.display + ": 読み込み中にエラーが起きました";
    return false;
  }
  bytes = buffer.str();
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
    auto knowledge = std::make_unique<Knowledge>(std::move(data));
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

const Knowledge& builtin_knowledge() {
  static const Knowledge knowledge = [] {
    CanonData data;
    if (auto failure = load_builtin_canon(data)) {
      std::cerr << "kosei: 組み込みの正本データが壊れています: " << failure->to_string() << "\n";
      std::abort();
    }
    return Knowledge(std::move(data));
  }();
  return knowledge;
}

std::vector<Diagnostic> run_checks(const Document& document, const Knowledge& knowledge,
                                   const std::vector<std::string>& rules) {
  static const Config default_config;
  std::vector<Diagnostic> diagnostics;
  CheckContext context{document, knowledge, &default_config};
  for (const Check& check : all_checks()) {
    if (!rules.empty() && std::find(rules.begin(), rules.end(), check.id) == rules.end()) continue;
    Reporter reporter(check.id, check.default_severity, diagnostics);
    check.run(context, reporter);
  }
  return diagnostics;
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
  Config explicit_config;
  if (!options.config_path.empty()) {
    if (auto failure = load_config_file(options.config_path, explicit_config)) {
      err << "kosei: 設定ファイルのエラー: " << failure->to_string() << "\n";
      return 2;
    }
  }
  std::vector<Input> inputs;
  bool failed = !collect_inputs(options, inputs, err);
  if (inputs.empty()) {
    err << "kosei: 検査するファイルがありません（対象の拡張子: .txt .md .markdown）\n";
    return 2;
  }

  KnowledgeCache knowledge_cache;
  ConfigCache config_cache;
  std::vector<FileOutcome> outcomes(inputs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t index = next++; index < inputs.size(); index = next++) {
      const Input& input = inputs[index];
      FileOutcome& outcome = outcomes[index];
      std::string bytes;
      if (!read_input(input, bytes, outcome.error)) {
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
      Document document(input.display, std::move(*decoded.decoded), *knowledge);
      std::vector<Diagnostic> diagnostics;
      CheckContext context{document, *knowledge, config};
      for (const Check& check : all_checks()) {
        if (!options.select.empty() &&
            std::find(options.select.begin(), options.select.end(), check.id) == options.select.end()) {
          continue;
        }
        if (std::find(options.ignore.begin(), options.ignore.end(), check.id) != options.ignore.end()) continue;
        RuleSetting setting = config->setting_for(check.id, relative);
        bool selected_explicitly = std::find(options.select.begin(), options.select.end(), check.id) != options.select.end();
        if (setting.off && !selected_explicitly) continue;
        Reporter reporter(check.id, setting.severity.value_or(check.default_severity), diagnostics);
        check.run(context, reporter);
      }
      outcome.report = make_file_report(document, std::move(diagnostics));
    }
  };
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(inputs.size()));
  if (jobs <= 1) {
    worker();
  } else {
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < jobs; ++i) threads.emplace_back(worker);
    for (std::thread& thread : threads) thread.join();
  }

  std::vector<FileReport> reports;
  bool findings = false;
  size_t checked = 0;
  for (FileOutcome& outcome : outcomes) {
    if (!outcome.error.empty()) err << outcome.error << "\n";
    failed |= outcome.failed;
    if (!outcome.report) continue;
    ++checked;
    for (const ReportedDiagnostic& d : outcome.report->diagnostics) {
      findings |= static_cast<int>(d.severity) >= static_cast<int>(options.fail_level);
    }
    reports.push_back(std::move(*outcome.report));
  }
  std::stable_sort(reports.begin(), reports.end(), [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  if (options.format == OutputFormat::json) {
    print_json(reports, out);
  } else {
    PrintOptions print_options;
    print_options.color = use_color(options.color);
    print_options.quiet = options.quiet;
    print_options.files_checked = checked;
    print_text(reports, print_options, out);
  }
  out.flush();
  if (failed) return 2;
  return findings ? 1 : 0;
}

}  // namespace kosei
