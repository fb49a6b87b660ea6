// The list model (structure/lists.h): hierarchy, sub-numbering, inline runs, table cells, PDF line
// breaks, excerpts and restarts, asserted as exact structures.
#include <gtest/gtest.h>

#include "source/source_map.h"
#include "structure/lists.h"
#include "structure/structure.h"

using namespace kosei;

namespace {

struct Read {
  std::string text;
  Structure structure;
  Lists lists;
};

Read read(std::string text) {
  Read r;
  r.text = std::move(text);
  r.structure = read_structure(r.text, SourceMap(r.text));
  r.lists = read_lists(r.text, r.structure, normalize_for_matching(r.text, r.structure.masked));
  return r;
}

const char* style_name(MarkerStyle style) {
  switch (style) {
    case MarkerStyle::circled: return "circled";
    case MarkerStyle::paren_digit: return "paren";
    case MarkerStyle::digit_period: return "period";
    case MarkerStyle::katakana: return "kana";
    case MarkerStyle::paren_katakana: return "paren_kana";
  }
  return "?";
}

const char* issue_name(NumberingIssue issue) {
  switch (issue) {
    case NumberingIssue::none: return "";
    case NumberingIssue::gap: return "!gap";
    case NumberingIssue::repeat: return "!repeat";
    case NumberingIssue::order: return "!order";
    case NumberingIssue::sub_gap: return "!sub_gap";
    case NumberingIssue::mixed_style: return "!mixed";
  }
  return "?";
}

// One string per list: "style@depth<parent's number> n n-s n!issue", in creation order.
std::vector<std::string> describe(const Read& r) {
  std::vector<std::string> out;
  for (const ItemList& list : r.lists.lists) {
    std::string line = std::string(style_name(list.style)) + "@" + std::to_string(list.depth);
    if (list.parent >= 0) line += "<" + std::to_string(r.lists.items[static_cast<size_t>(list.parent)].marker.number);
    if (list.in_sentence) line += " sentence";
    if (list.in_table) line += " table";
    line += ":";
    for (size_t index : list.items) {
      const ListItem& item = r.lists.items[index];
      line += " " + std::to_string(item.marker.number);
      if (item.marker.sub_number) line += "-" + std::to_string(item.marker.sub_number);
      line += issue_name(item.issue);
    }
    out.push_back(line);
  }
  return out;
}

std::string label(const Read& r, size_t item) {
  const Span span = r.lists.items[item].label;
  return r.text.substr(span.begin, span.end - span.begin);
}

using Strings = std::vector<std::string>;

}  // namespace

TEST(Lists, OutlineHierarchyOfEveryLevel) {
  Read r = read("１．目標\n（１）施策\n① 量子\nア　概要\n（ア）詳細\n（イ）補足\nイ　体制\n② 造船\n（２）評価\n２．体制\n");
  EXPECT_EQ(describe(r), (Strings{"period@0: 1 2", "paren@1<1: 1 2", "circled@2<1: 1 2", "kana@3<1: 1 2",
                                  "paren_kana@4<1: 1 2"}));
}

TEST(Lists, ExcerptStartingMidSequenceAsInSeed003) {
  Read r = read(
      "３．教育・人材育成\n\n① ＳＴＥＡＭ教育\n\n本文\n\n② 外部人材\n\n ４．分野別戦略\n\n（１） ＡＩ技術\n\n（２） バイオ\n\n"
      " ５．資金循環\n\n① 官民投資の拡充\n\n ② 民間投資環境の整備\n\n ６．司令塔機能\n\n（１） 総合知\n");
  EXPECT_EQ(describe(r), (Strings{"period@0: 3 4 5 6", "circled@1<3: 1 2", "paren@1<4: 1 2", "circled@1<5: 1 2",
                                  "paren@1<6: 1"}));
}

TEST(Lists, SubNumbering) {
  Read r = read("① 新たな研究領域\n② 国際性\n③ 人材\n④-1 AI for Science\n④-2 研究環境\n⑤ 研究大学群\n");
  EXPECT_EQ(describe(r), (Strings{"circled@0: 1 2 3 4-1 4-2 5"}));
  Read gap = read("④-1 AI for Science\n④-3 研究環境\n");
  EXPECT_EQ(describe(gap), (Strings{"circled@0: 4-1 4-3!sub_gap"}));
}

TEST(Lists, SeveralItemsOnOneLineAndWrappedOverLines) {
  Read r = read("- ① AI・半導体、② 造船、③ 量子、\n④ 合成生物学・バイオ、⑤ 航空・宇宙\n");
  EXPECT_EQ(describe(r), (Strings{"circled@0: 1 2 3 4 5"}));
  EXPECT_EQ(label(r, 1), "造船");
  EXPECT_TRUE(r.lists.items[0].inline_run);
  Read food = read("①植物工場　②陸上養殖　③食品機械\n");
  EXPECT_EQ(label(food, 2), "食品機械");
}

TEST(Lists, EnumerationInsideASentenceIsItsOwnList) {
  Read r = read("（１）選定\n各分野において、①リスク低減、②海外市場の獲得、③技術の革新性の観点から選定。\n（２）策定\n");
  EXPECT_EQ(describe(r), (Strings{"paren@0: 1 2", "circled@1<1 sentence: 1 2 3"}));
}

TEST(Lists, CitationsAreNotItems) {
  // 「GX③と同じ」 cites item ③ of another field; 「具体例①」 numbers a slide; ⑬ alone in a sentence.
  Read r = read("マテリアル\t①永久磁石 ②グリーン鉄(資源・エネルギー安全保障・GX③と同じ) ③革新的金属部素材\n"
                "「政府の重要政策」の具体例①\n"
                "詳細は⑬マテリアルの項を参照。\n");
  EXPECT_EQ(describe(r), (Strings{"circled@0 table: 1 2 3"}));
  EXPECT_EQ(label(r, 1), "グリーン鉄(資源・エネルギー安全保障・GX③と同じ)");
}

TEST(Lists, ListsInTableCellsRestartPerRow) {
  Read r = read("| 分野 | 主要な製品・技術等 |\n|---|---|\n| フードテック | ①植物工場 ②陸上養殖 |\n| 量子 | ①量子コンピューティング ②量子通信 |\n");
  EXPECT_EQ(describe(r), (Strings{"circled@0 table: 1 2", "circled@1<2 table: 1 2"}));
}

TEST(Lists, MarkerAloneOnItsLineTakesTheNextLineAsLabel) {
  Read r = read("②\n\n外部人材・資源の学びへの参画・活用\n③ 教育分野におけるＤＸの推進\n");
  EXPECT_EQ(label(r, 0), "外部人材・資源の学びへの参画・活用");
  EXPECT_EQ(describe(r), (Strings{"circled@0: 2 3"}));
}

TEST(Lists, KatakanaWordBrokenByPdfIsNotAnItem) {
  Read r = read("・対話・協働の場であるサイエンスアゴ\n\nラ 2024 においてＳＴＥＡＭ教育に資\n");
  EXPECT_TRUE(r.lists.items.empty());
}

TEST(Lists, RestartsAfterHeadingsAndChapters) {
  Read r = read("## 現状\n① 現状\n② 課題\n## 目標\n① 市場\n② 戦略\n第1章 基本的考え方\n② 技術領域の戦略的重点化\n");
  EXPECT_EQ(describe(r), (Strings{"circled@0: 1 2", "circled@0: 1 2", "circled@0: 2"}));
}

TEST(Lists, NumberingIssues) {
  Read r = read("① 現状\n② 目標\n④ 課題\n");
  EXPECT_EQ(describe(r), (Strings{"circled@0: 1 2 4!gap"}));
  EXPECT_EQ(r.lists.items[2].expected, 3);
  EXPECT_EQ(describe(read("（１）現状\n（２）目標\n（２）課題\n")), (Strings{"paren@0: 1 2 2!repeat"}));
  EXPECT_EQ(describe(read("① A\n② B\n③ C\n④ D\n⑥ F\n⑤ E\n⑦ G\n")), (Strings{"circled@0: 1 2 3 4 6!gap 5!order 7"}));
  EXPECT_EQ(describe(read("① 現状\n② 目標\n(3) 課題\n")), (Strings{"circled@0: 1 2 3!mixed"}));
}

TEST(Lists, SameStyleNestedRestartThenContinuation) {
  // A table of contents (1. 2.) then the body restarting at 1.; 2. continues the nearest list.
  Read r = read("1. 政策動向\n2. 予算\n\n1. 政策動向\n（１）成長戦略\n（２）分野横断\n2. 予算\n");
  EXPECT_EQ(describe(r), (Strings{"period@0: 1 2", "period@1<2: 1 2", "paren@2<1: 1 2"}));
}

TEST(Lists, AnotherTableIsAnotherListUnlessItsNumbersGoOn) {
  // The 17 fields (⑭–⑰ shown), a caption, then an excerpt of the 重点技術領域 from ⑮: two lists,
  // no "⑮ after ⑰".
  Read two = read("| ⑭ 港湾ロジスティクス | WG |\n| ⑮ 防衛産業 | WG |\n| ⑯ 情報通信 | WG |\n| ⑰ 海洋 | WG |\n\n"
                  "**重点技術領域（抜粋）**\n\n| ⑮ バイオ・ヘルスケア | WG |\n| ⑯ フュージョンエネルギー | WG |\n");
  EXPECT_EQ(describe(two), (Strings{"circled@0 table: 14 15 16 17", "circled@0 table: 15 16"}));
  // One table cut by a page number: the numbers go on, one list.
  Read cut = read("| ① AI・半導体 | WG |\n| ② 造船 | WG |\n\n- 12 -\n\n| ③ 量子 | WG |\n| ④ 合成生物学・バイオ | WG |\n");
  EXPECT_EQ(describe(cut), (Strings{"circled@0 table: 1 2 3 4"}));
  // The same table rows without the caption between them stay one table: a slip in one list.
  Read one = read("| ⑯ 情報通信 | WG |\n| ⑰ 海洋 | WG |\n| ⑮ バイオ・ヘルスケア | WG |\n");
  EXPECT_EQ(describe(one), (Strings{"circled@0 table: 16 17 15!order"}));
}

TEST(Lists, AParagraphDoesNotResumeATableListFromFarAbove) {
  // ⑩–⑬ of a table, pages later ① … ③ ⑤ ④ in paragraphs: ④ is a slip of the paragraphs' list,
  // not the continuation of the table's ⑬ (which would put the paragraphs' item in the table's list).
  std::string text = "| ⑩ 海洋 | WG |\n| ⑪ 防衛産業 | WG |\n| ⑫ AI・先端ロボット | WG |\n| ⑬ 量子 | WG |\n\n";
  for (int i = 0; i < 12; ++i) text += "本文。\n\n";
  text += "① AI・半導体\n② 造船\n③ 量子\n⑤ 航空・宇宙\n④ 合成生物学・バイオ\n";
  EXPECT_EQ(describe(read(text)), (Strings{"circled@0 table: 10 11 12 13", "circled@1<13: 1 2 3 5!gap 4!order"}));
  // Nearby, a table list does go on (columns of a table interleaved with paragraphs by PDF extraction).
  Read near = read("| ① AI・半導体 | WG |\n| ② 造船 | WG |\n(1) 本文\n③ 量子\n");
  EXPECT_EQ(describe(near), (Strings{"circled@0: 1 2 3", "paren@1<2: 1"}));
}
