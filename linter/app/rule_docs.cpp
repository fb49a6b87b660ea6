#include "app/rule_docs.h"

#include <iomanip>

#include "text/width.h"

namespace kosei {

void print_rule_table(std::ostream& out) {
  for (const Check& check : all_checks()) {
    std::string id(check.id);
    out << id << std::string(id.size() < 16 ? 16 - id.size() : 1, ' ');
    std::string severity(severity_name(check.default_severity));
    out << severity << std::string(9 - severity.size(), ' ') << (check.docs.fix.empty() ? "   " : "修正") << "  "
        << check.docs.summary << "\n";
  }
}

void print_rule_docs(const Check& check, std::ostream& out) {
  out << "# " << check.id << "\n\n" << check.docs.summary << "\n\n";
  out << "既定の重大度: " << severity_name(check.default_severity) << "\n";
  out << "自動修正: " << (check.docs.fix.empty() ? "なし" : "あり") << "\n\n";
  out << "## 何をするか\n" << check.docs.what << "\n\n";
  out << "## なぜ問題か\n" << check.docs.why << "\n\n";
  out << "## 例\n```\n" << check.docs.example << "\n```\n";
  if (!check.docs.fix.empty()) out << "\n## 修正\n" << check.docs.fix << "\n";
  if (!check.yields_to.empty()) {
    out << "\n## 重なる指摘\n同じ箇所を " << check.yields_to << " が報告するときは、より具体的なそちらに任せて報告しません。\n";
  }
  out << "\n## 設定\n";
  if (!check.docs.options.empty()) out << check.docs.options << "\n";
  out << "kosei.toml:\n```toml\n[rules]\n\"" << check.id << "\" = \"error\"   # error | warning | info | off\n```\n";
}

void print_rule_table_markdown(std::ostream& out) {
  out << "| rule | default | fix | reports |\n|---|---|---|---|\n";
  for (const Check& check : all_checks()) {
    out << "| `" << check.id << "` | " << severity_name(check.default_severity) << " | "
        << (check.docs.fix.empty() ? "" : "yes") << " | " << check.docs.summary << " |\n";
  }
}

}  // namespace kosei
