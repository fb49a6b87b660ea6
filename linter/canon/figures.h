#pragma once
// Canonical figures (rules/canon/figures.toml, section [[figure]]): approved budget amounts per
// program, fiscal year and kind, and other fixed figures the amount rules compare drafts with.
// Expert counts per working group are not repeated here: they are the `experts` attribute of the
// canonical lists (strategic-fields, cross-cutting-issues).
#include <string>
#include <vector>

#include "canon/canon.h"
#include "quantity/quantity.h"

namespace kosei {

// Which column of a budget statement a figure belongs to.
enum class FigureKind : unsigned char {
  none,           // not a budget column (a plain figure)
  initial,        // 当初予算（案）: 令和8年度予算額（案）, 予算案
  previous,       // 前年度予算額: （前年度予算額）, the （…） of 21.9億円（21.9億円）
  supplementary,  // 補正予算額: 令和7年度補正予算額, the ［…］ of 21.9億円（21.9億円）［10.1億円］
};
const char* figure_kind_name(FigureKind kind);     // "initial" (TOML and JSON)
const char* figure_kind_name_ja(FigureKind kind);  // "予算額", "予算額（前年度）", "補正予算額"

struct CanonFigureValue {
  int fiscal_year = 0;  // western fiscal year (令和8年度 = 2026)
  FigureKind kind = FigureKind::initial;
  Quantity amount;      // parsed from the written value ("21.9億円"): value, precision, unit
  std::string written;  // as in the TOML, used as the fix
};

struct CanonFigure {
  std::string id;
  std::string label;                // display name: マテリアル先端リサーチインフラ（ARIM）
  std::vector<std::string> match;   // NFKC-normalised phrases that tie a label or sentence to it
  std::vector<CanonFigureValue> values;
  std::string source;
  std::string file;

  const CanonFigureValue* value_for(int fiscal_year, FigureKind kind) const;
};

struct FigureCanon {
  FigureCanon() = default;
  // Reads every [[figure]] of the canonical documents (already validated when loaded); a later
  // file's figure with the same id replaces an earlier one.
  explicit FigureCanon(const CanonData& canon);
  std::vector<CanonFigure> figures;

  // The figure whose match phrase occurs in `normalized_text` (the longest phrase wins); -1 if none.
  int find_in(const std::string& normalized_text) const;
  // The figure named closest to the end of `normalized_text`, if that name ends at most `max_gap`
  // bytes before the end (「ARIMの令和8年度予算案は」21.9億円); -1 if none.
  int find_near_end(const std::string& normalized_text, size_t max_gap) const;
};

}  // namespace kosei
