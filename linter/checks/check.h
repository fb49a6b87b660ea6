#pragma once
// A check: one rule with its id, default severity and documentation (the single source for
// `kosei rules`, `kosei explain`, SARIF rule metadata and the README's rule table), and a function
// that reads an analysed Document and reports diagnostics. Each check lives in its own file and
// registers itself with KOSEI_REGISTER_CHECK.
#include <string>
#include <string_view>
#include <vector>

#include "app/document.h"
#include "diag/diagnostic.h"

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

struct CheckContext {
  const Document& document;
  const Knowledge& knowledge;
  const Config* config = nullptr;  // the configuration governing this file (rule options); never null in `check`
};

class Reporter {
 public:
  Reporter(std::string_view rule, Severity severity, std::vector<Diagnostic>& out)
      : rule_(rule), severity_(severity), out_(out) {}
  Diagnostic& report(Span span, std::string message);
  Diagnostic& report(Span span, std::string message, Fix fix);

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
