// amount-conflict: the same labelled figure (subject, fiscal year, kind) stated with different
// values in one document, or in different files of one `kosei check` run.
#include <algorithm>
#include <map>
#include <mutex>

#include "checks/amount_support.h"
#include "checks/check.h"

namespace kosei {
namespace {

constexpr std::string_view kRule = "amount-conflict";

// The first statement of each labelled figure of one document, kept for the run (small: a few
// dozen per document at most, with converted locations, never the text).
struct Statement {
  size_t file_index = 0;
  std::string path;
  std::string key;
  std::string description;
  std::string written;
  Quantity quantity;
  Location location;
  ShownLine line;
  Severity severity = Severity::error;
};

class ConflictState : public CrossDocumentState {
 public:
  void add(std::vector<Statement> statements) {
    std::lock_guard lock(mutex_);
    for (Statement& statement : statements) statements_.push_back(std::move(statement));
  }

  std::vector<Severity> finish(std::vector<FileReport>& reports) override {
    std::lock_guard lock(mutex_);
    std::stable_sort(statements_.begin(), statements_.end(), [](const Statement& a, const Statement& b) {
      return std::tie(a.key, a.file_index) < std::tie(b.key, b.file_index);
    });
    std::vector<Severity> added;
    for (size_t first = 0; first < statements_.size();) {
      size_t last = first;
      while (last + 1 < statements_.size() && statements_[last + 1].key == statements_[first].key) ++last;
      const Statement& earlier = statements_[first];
      for (size_t i = first + 1; i <= last; ++i) {
        const Statement& later = statements_[i];
        if (later.file_index == earlier.file_index || !statements_differ(earlier.quantity, later.quantity)) continue;
        auto report = std::find_if(reports.begin(), reports.end(), [&](const FileReport& r) { return r.path == later.path; });
        if (report == reports.end()) continue;
        ReportedDiagnostic diagnostic;
        diagnostic.rule = kRule;
        diagnostic.severity = later.severity;
        diagnostic.message = later.description + "が、" + earlier.path + " では「" + earlier.written + "」、ここでは「" +
                             later.written + "」と食い違っています";
        diagnostic.location = later.location;
        diagnostic.source_line = later.line.text;
        diagnostic.source_line_column = later.line.column;
        diagnostic.fingerprint = finding_hash(kRule, later.written, later.line.text);
        diagnostic.related.push_back(ReportedRelated{earlier.path, earlier.location, "先の記載: " + earlier.written});
        auto position = std::upper_bound(report->diagnostics.begin(), report->diagnostics.end(), diagnostic,
                                         [](const ReportedDiagnostic& a, const ReportedDiagnostic& b) {
                                           return std::tie(a.location.line, a.location.column) <
                                                  std::tie(b.location.line, b.location.column);
                                         });
        report->diagnostics.insert(position, std::move(diagnostic));
        added.push_back(later.severity);
      }
      first = last + 1;
    }
    statements_.clear();
    return added;
  }

 private:
  std::mutex mutex_;
  std::vector<Statement> statements_;
};

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const std::vector<AmountMention>& amounts = document.amounts.amounts;
  std::map<std::string, size_t> first_of;  // key → first mention
  for (size_t i = 0; i < amounts.size(); ++i) {
    const AmountMention& mention = amounts[i];
    auto key = figure_key(mention, context.knowledge);
    if (!key) continue;
    auto [it, inserted] = first_of.emplace(*key, i);
    if (inserted) continue;
    const AmountMention& earlier = amounts[it->second];
    if (!statements_differ(earlier.quantity, mention.quantity)) continue;
    auto text = [&](const AmountMention& m) {
      return document.text().substr(m.quantity.begin, m.quantity.end - m.quantity.begin);
    };
    Diagnostic& d = reporter.report(mention.span(), describe(mention, context.knowledge) + "が、" +
                                                        std::to_string(earlier.line + 1) + "行目では「" + text(earlier) +
                                                        "」、ここでは「" + text(mention) + "」と食い違っています");
    d.related.push_back(Related{"", earlier.span(), "先の記載: " + text(earlier)});
  }
  if (!context.run || first_of.empty()) return;
  std::vector<Statement> statements;
  statements.reserve(first_of.size());
  for (const auto& [key, index] : first_of) {
    const AmountMention& mention = amounts[index];
    Statement statement;
    statement.file_index = context.file_index;
    statement.path = document.path;
    statement.key = key;
    statement.description = describe(mention, context.knowledge);
    statement.written = document.text().substr(mention.quantity.begin, mention.quantity.end - mention.quantity.begin);
    statement.quantity = mention.quantity;
    statement.location = locate(document, mention.span());
    statement.line = shown_line(document, mention.line, statement.location.byte_begin, statement.location.byte_end);
    statement.severity = reporter.severity();
    statements.push_back(std::move(statement));
  }
  context.run->state<ConflictState>(kRule).add(std::move(statements));
}

const Check kAmountConflict{
    kRule,
    Severity::error,
    {
        "同じ事業・年度・種別の数値が、文書内または同時に検査した文書間で異なる",
        "主語（事業見出し・表の行見出し・作業部会・正本の事業名）、年度、種別（当初／前年度／補正）、単位が同じ数値を集め、"
        "値が食い違うものを後に出てきた記載の位置で報告し、先の記載を関連位置として示します。"
        "一度の `kosei check` で検査した複数のファイルの間でも照合します（例: ある資料ではある作業部会の有識者が12名、"
        "別の資料では13名）。同じ精度の数値は値の違いを、精度の異なる数値（181億円と181.2億円）や「約」の付いた数値は"
        "区間が重ならないときだけを食い違いとみなします。主語や年度の異なる数値（2024年 約1兆円 と 2030年 約3兆円）は比べません。",
        "同じ数値が資料ごとに違えば、少なくとも一方が誤りです。複数の資料を並行して直すときに起こりやすい誤りです。",
        "誤: 資料Aの「量子WG … 有識者 7名」と資料Bの「量子WG … 有識者 8名」\n正: どちらも正しい人数に揃える",
        "",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kAmountConflict);

}  // namespace
}  // namespace kosei
