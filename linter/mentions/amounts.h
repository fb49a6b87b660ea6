#pragma once
// Figures and dates of a document, found once (find_quantities / find_dates over the whole text,
// kept only where the text is prose) and attached to what they are about:
//  - budget sheets: a title, column headings with their totals (令和8年度予算額（案） / 181億円),
//    then program headings (●マテリアル先端リサーチインフラ（ARIM）) each followed by a line
//    `21.9億円（21.9億円）［10.1億円］` = this year (previous year) [supplementary, see the note
//    ※［］内は令和7年度補正予算額];
//  - tables (tab-separated, Markdown, HTML cells): the row label and the column heading; a 合計 row
//    or column makes a sum;
//  - 有識者 N名 of a working-group line: the canonical list member (strategic field, cross-cutting
//    issue) the line names; 「有識者は合計190名」 makes a sum of the counts around it;
//  - a sentence naming a canonical figure (figures.toml `match`) before an amount.
// The amount rules read only this: amount-canon, amount-sum, amount-conflict, date-mismatch.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "canon/canon.h"
#include "canon/figures.h"
#include "mentions/field_mentions.h"
#include "quantity/date.h"
#include "quantity/quantity.h"
#include "source/source_map.h"
#include "structure/structure.h"

namespace kosei {

enum class FigureRole : unsigned char {
  plain,          // not attached to anything
  total,          // a sheet heading total or a table's 合計 cell
  item,           // a program line of a sheet, a table cell under a row label
  experts,        // 有識者 N名 of a working group
  experts_total,  // 有識者は合計N名
  sentence,       // a figure in a sentence that names a canonical figure
};

struct AmountMention {
  Quantity quantity;        // begin/end: byte offsets in the document text
  size_t line = 0;          // 0-based
  FigureRole role = FigureRole::plain;
  FigureKind kind = FigureKind::none;
  int fiscal_year = 0;      // western; 0 unknown
  std::string label;        // the subject as written (program heading, row label, sheet title)
  int canon_figure = -1;    // index into FigureCanon::figures, -1 if none
  std::optional<MemberRef> member;  // experts: the working group's list member

  Span span() const { return Span{quantity.begin, quantity.end}; }
  bool labelled() const { return role != FigureRole::plain && (!label.empty() || member || canon_figure >= 0); }
};

// A stated total and the figures that should add up to it.
struct AmountSum {
  size_t total = 0;          // index into DocumentAmounts::amounts
  std::vector<size_t> parts;
  enum class Shape : unsigned char { sheet, table_column, table_row, experts } shape = Shape::sheet;
};

struct DocumentAmounts {
  std::vector<AmountMention> amounts;  // in text order
  std::vector<DateExpr> dates;         // prose only; begin/end are byte offsets in the text
  std::vector<AmountSum> sums;
  // 「四捨五入のため合計と一致しない場合がある」 (or 端数処理…) is written somewhere in the document.
  bool rounding_note = false;
};

DocumentAmounts find_amounts(std::string_view text, const SourceMap& map, const Structure& structure,
                             const std::vector<FieldMention>& field_mentions, const CanonData& canon,
                             const FigureCanon& figures);

}  // namespace kosei
