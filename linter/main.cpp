// kosei: a consistency checker for Japanese government policy drafts.
#include <CLI/CLI.hpp>


#include <iostream>

#include "app/config_report.h"
#include "app/heap.h"
#include "app/rule_docs.h"
#include "app/run.h"
#include "checks/check.h"
#include "chars/prh_import.h"

namespace {

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      if (comma == std::string::npos) comma = value.size();
      if (comma > start) out.push_back(value.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  kosei::prepare_process_heap();
  // Printers write findings field by field: through C stdio (the default) every insertion was a
  // call to fwrite. std::cerr stays tied to std::cout, so their order is kept.
  std::ios::sync_with_stdio(false);
  CLI::App app{"kosei — 政策文書の整合性チェッカー（戦略分野・項目・予算額・表記）"};
  app.set_version_flag("--version", std::string("kosei ") + KOSEI_VERSION);
  app.require_subcommand(1);

  kosei::CheckOptions options;
  std::string format = "text";
  std::string fail_level = "warning";
  std::vector<std::string> select, ignore;
  CLI::App* check = app.add_subcommand("check", "ファイルやディレクトリを検査する（- は標準入力）");
  check->add_option("paths", options.paths, "検査するファイル・ディレクトリ（.txt .md .markdown）")->required();
  check->add_option("--format", format, "出力形式: text | json | json-lines | sarif | github | rdjson | checkstyle | junit")
      ->check(CLI::IsMember({"text", "json", "json-lines", "sarif", "github", "rdjson", "checkstyle", "junit"}));
  check->add_option("--config", options.config_path, "設定ファイル（既定: kosei.toml を親方向に探索）");
  check->add_option("--canon", options.canon_files, "追加・置換する正本データ（TOML）")->allow_extra_args(false);
  check->add_option("--select", select, "これらのルールだけを実行する（カンマ区切り）")->allow_extra_args(false);
  check->add_option("--ignore", ignore, "これらのルールを実行しない（カンマ区切り）")->allow_extra_args(false);
  check->add_option("--stdin-filename", options.stdin_filename, "標準入力の表示名（設定の探索にも使う）");
  check->add_option("--jobs,-j", options.jobs, "並列数（既定: CPU数）");
  size_t max_file_mib = options.max_file_size >> 20;
  check->add_option("--max-file-size", max_file_mib, "これより大きいファイルは読まずにエラーにする（MiB、既定: 100）")
      ->check(CLI::Range(size_t{1}, size_t{4096}));
  check->add_flag("--quiet,-q", options.quiet, "指摘だけを出力する");
  check->add_option("--color", options.color, "色: auto | always | never")->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_option("--fail-level", fail_level, "終了コード1にする最低の重大度: error | warning | info")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  check->add_flag("--exit-zero", options.exit_zero, "指摘があっても終了コード0にする（2 は変わらない）");
  check->add_flag("--statistics", options.statistics, "指摘の代わりにルールごとの件数を出力する");
  check->add_option("--output-file,-o", options.output_file, "結果を標準出力ではなくこのファイルに書く");
  check->add_flag("--fix", options.fix, "安全な自動修正を適用して書き戻し、残りの指摘を出力する");
  check->add_flag("--diff", options.diff, "自動修正の内容を unified diff で表示する（何も変更しない）");
  check->add_flag("--report-unused-suppressions", options.report_unused_suppressions,
                  "使われていない抑制コメントを unused-suppression として報告する");
  check->add_option("--changed-since", options.changed_since, "git のこのリビジョン以降に変更された行の指摘だけを出力する");
  check->add_option("--baseline", options.baseline, "このベースライン（JSON）に記録済みの指摘を出力しない");
  check->add_flag("--write-baseline", options.write_baseline, "現在の指摘を --baseline のファイルに記録する");

  CLI::App* config_command = app.add_subcommand("config", "ファイルに適用される設定と、その出どころを表示する");
  std::string config_target, config_override;
  config_command->add_option("file", config_target, "対象のファイル")->required();
  config_command->add_option("--config", config_override, "設定ファイル（既定: kosei.toml を親方向に探索）");

  CLI::App* rules = app.add_subcommand("rules", "ルールの一覧（ID・既定の重大度・概要）");
  bool markdown = false;
  rules->add_flag("--markdown", markdown, "README 用の Markdown 表で出力する");
  CLI::App* explain = app.add_subcommand("explain", "ルールの説明");
  std::string rule_id;
  explain->add_option("rule", rule_id, "ルールID")->required();
  CLI::App* dict = app.add_subcommand("dict", "用語辞書（term ルール）の操作");
  CLI::App* dict_import = dict->add_subcommand("import", "textlint の prh 辞書（YAML）を kosei の用語辞書（TOML）に変換して標準出力に書く");
  std::string prh_path;
  dict_import->add_option("file", prh_path, "prh 辞書（prh.yml）")->required();
  dict->require_subcommand(1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }

  if (*check) {
    options.format = *kosei::parse_output_format(format);
    options.select = split_commas(select);
    options.ignore = split_commas(ignore);
    options.fail_level = *kosei::parse_severity(fail_level);
    options.max_file_size = max_file_mib << 20;
    return kosei::run_check(options, std::cout, std::cerr);
  }
  if (*config_command) return kosei::run_config_report(config_target, config_override, std::cout, std::cerr);
  if (*rules) {
    if (markdown) {
      kosei::print_rule_table_markdown(std::cout);
    } else {
      kosei::print_rule_table(std::cout);
    }
    return 0;
  }
  if (*dict_import) return kosei::import_prh_dictionary(prh_path, std::cout, std::cerr);
  if (*explain) {
    const kosei::Check* found = kosei::find_check(rule_id);
    if (!found) {
      std::cerr << "kosei: 未知のルール「" << rule_id << "」です（kosei rules で一覧を表示できます）\n";
      return 2;
    }
    kosei::print_rule_docs(*found, std::cout);
    return 0;
  }
  return 2;
}
