#pragma once
// A check: one rule with its id, default severity and documentation (the single source for
// `kosei rules`, `kosei explain`, SARIF rule metadata and the README's rule table), and a function
// that reads an analysed Document and reports diagnostics. Each check lives in its own file and
// registers itself with KOSEI_REGISTER_CHECK.
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "app/document.h"
#include "diag/diagnostic.h"
#include "report/report.h"

namespace kosei {

struct CheckDocs {
  std::string_view summary;      // one line, Japanese
  std::string_view what;         // what it does
  std::string_view why;          // why it matters
  std::string_view example;      // a wrong and a right example
  std::string_view options;      // how to configure it
  std::string_view fix;          // what the fix does and whether it is safe ("" if none)
};

struct Config;
class CrossDocumentRun;

struct CheckContext {
  const Document& document;
  const Knowledge& knowledge;
  const Config* config = nullptr;  // the configuration governing this file (rule options); never null in `check`
  // Set by `kosei check` for rules that compare the files of one run (amount-conflict); null when
  // one document is checked alone (tests, run_checks). `file_index` orders the files of the run.
  CrossDocumentRun* run = nullptr;
  size_t file_index = 0;
};

class Reporter {
 public:
  Reporter(std::string_view rule, Severity severity, std::vector<Diagnostic>& out)
      : rule_(rule), severity_(severity), out_(out) {}
  Diagnostic& report(Span span, std::string message);
  Diagnostic& report(Span span, std::string message, Fix fix);
  Severity severity() const { return severity_; }

 private:
  std::string_view rule_;
  Severity severity_;
  std::vector<Diagnostic>& out_;
};

struct Check {
  std::string_view id;
  Severity default_severity;
  CheckDocs docs;
  void (*run)(const CheckContext& context, Reporter& reporter);
  // Rules (comma-separated ids) whose finding on an overlapping span makes this rule's finding
  // redundant: パーティカル is a dictionary error (term), so term-variant does not say it again.
  std::string_view yields_to = {};
};

using EnabledCheck = std::pair<const Check*, Severity>;

// Runs the checks over one document and drops the findings that yield to a more specific rule.
std::vector<Diagnostic> run_enabled_checks(const CheckContext& context, const std::vector<EnabledCheck>& checks);

// ---- Checks across the files of one run ------------------------------------------------------
// A rule that compares documents (amount-conflict) keeps, per run, a small summary of each document
// (a few labelled values with their already converted locations — never the text, so memory does
// not grow with file contents) and reports once every file has been checked. The check's `run`
// adds to its state through CheckContext::run while the document is alive (any worker thread: the
// state locks itself); `kosei check` calls CrossDocumentRun::finish before printing.
class CrossDocumentState {
 public:
  virtual ~CrossDocumentState() = default;
  // Appends findings to `reports` (matched by FileReport::path, kept sorted by line and column) and
  // returns the severity of each finding added.
  virtual std::vector<Severity> finish(std::vector<FileReport>& reports) = 0;
};

class CrossDocumentRun {
 public:
  // The state of `rule` in this run, created on first use. Thread-safe.
  template <class State>
  State& state(std::string_view rule) {
    std::lock_guard lock(mutex_);
    for (auto& [id, existing] : states_) {
      if (id == rule) return static_cast<State&>(*existing);
    }
    states_.emplace_back(std::string(rule), std::make_unique<State>());
    return static_cast<State&>(*states_.back().second);
  }
  // Every state's findings, in rule order; call once, after all files are checked.
  std::vector<Severity> finish(std::vector<FileReport>& reports);

 private:
  std::mutex mutex_;
  std::vector<std::pair<std::string, std::unique_ptr<CrossDocumentState>>> states_;
};

// All registered checks, sorted by id.
const std::vector<Check>& all_checks();
const Check* find_check(std::string_view id);

struct CheckRegistrar {
  explicit CheckRegistrar(const Check& check);
};

#define KOSEI_REGISTER_CHECK(variable) \
  static const ::kosei::CheckRegistrar kosei_registrar_##variable(variable)

}  // namespace kosei
