// bracket: unmatched or crossed brackets （ ）「 」『 』【 】［ ］〔 〕 (and ( ) ), matched across line
// breaks inside a paragraph. Iterative: a stack, never recursion, so deeply nested input is safe.
#include <array>
#include <string>
#include <vector>

#include "chars/prose_chars.h"
#include "checks/check.h"
#include "text/utf8.h"

namespace kosei {
namespace {

constexpr size_t kMaxBlockLines = 40;  // a paragraph longer than this is cut (runaway openers)

// Family of a bracket (0 = none), and whether it opens.
int family_of(char32_t c, bool& opens) {
  switch (c) {
    case U'（': case U'(': opens = true; return 1;
    case U'）': case U')': opens = false; return 1;
    case U'「': opens = true; return 2;
    case U'」': opens = false; return 2;
    case U'『': opens = true; return 3;
    case U'』': opens = false; return 3;
    case U'【': opens = true; return 4;
    case U'】': opens = false; return 4;
    case U'［': opens = true; return 5;
    case U'］': opens = false; return 5;
    case U'〔': opens = true; return 6;
    case U'〕': opens = false; return 6;
    default: return 0;
  }
}

char32_t closer_for(char32_t open) {
  switch (open) {
    case U'（': return U'）';
    case U'(': return U')';
    case U'「': return U'」';
    case U'『': return U'』';
    case U'【': return U'】';
    case U'［': return U'］';
    case U'〔': return U'〕';
    default: return 0;
  }
}

struct Open {
  char32_t c;
  Span span;
};

bool starts_block(LineKind kind) {
  return kind == LineKind::heading || kind == LineKind::list_item || kind == LineKind::table_row ||
         kind == LineKind::code || kind == LineKind::non_prose;
}

// "1)" "a)" "ii)" at the start of a line or after a space or 、: a numbering marker, not a
// closing parenthesis.
bool is_marker_paren(const std::string& text, size_t line_begin, size_t close) {
  size_t pos = close;
  size_t count = 0;
  while (pos > line_begin) {
    size_t probe = pos;
    char32_t c = previous_code_point(text, probe);
    if (!is_ascii_alnum(c) && !(c >= 0xFF10 && c <= 0xFF5A)) break;
    pos = probe;
    if (++count > 3) return false;
  }
  if (count == 0) return false;
  if (pos == line_begin) return true;
  char32_t before = previous_code_point(text, pos);
  return before == ' ' || before == '\t' || before == U'　' || before == U'、';
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const std::string& text = document.text();
  const std::vector<ProseChar>& chars = prose_chars(document).chars;
  std::vector<Open> stack;
  // Openers left open at the end of a paragraph. Text extracted from PDF interleaves columns and
  // footnotes, so a quotation may resume a few paragraphs later (seed 003: 「ネットモラルキャラ …
  // 119 lines … バン隊」); a stray closer of the same family within kPendingLines closes the
  // most recent one of them, and neither is reported. Only openers on a line cut off mid-sentence
  // (no 。 at its end) wait; others are reported at the end of their paragraph.
  constexpr size_t kPendingLines = 200;
  // Kept per family, in text order: the most recent of a family is the last of its list, and the
  // expired ones are a prefix of each list (`pending_from`). A search through all of them for
  // every closer was quadratic (100,000 （ then 100,000 ） two paragraphs later: 18 s).
  constexpr size_t kFamilies = 7;  // family_of() gives 1..6
  std::array<std::vector<Open>, kFamilies> pending;
  std::array<size_t, kFamilies> pending_from{};
  // The open brackets of the paragraph, and per family the positions of its own in `stack`.
  std::array<std::vector<size_t>, kFamilies> stack_of_family;
  size_t next_char = 0, block_lines = 0, blank_run = 0;

  auto report_unclosed = [&](const Open& open) {
    reporter.report(open.span, "「" + to_utf8(open.c) + "」に対応する「" + to_utf8(closer_for(open.c)) +
                                   "」が段落の終わりまでにありません");
  };
  auto expire_pending = [&](size_t offset) {
    const size_t line = document.map.line_index_of(offset);
    for (size_t family = 0; family < kFamilies; ++family) {
      std::vector<Open>& waiting = pending[family];
      size_t& from = pending_from[family];
      while (from < waiting.size() && document.map.line_index_of(waiting[from].span.begin) + kPendingLines < line) {
        report_unclosed(waiting[from++]);
      }
    }
  };
  auto flush = [&] {
    // Only an opener on a line cut off mid-sentence (no 。 at its end) may continue elsewhere.
    size_t cached_line = SIZE_MAX;
    char32_t last = 0;
    for (const Open& open : stack) {
      const size_t line = document.map.line_index_of(open.span.begin);
      if (line != cached_line) {
        cached_line = line;
        size_t end = document.map.line_end(line);
        last = 0;
        while (end > document.map.line_begin(line)) {
          last = previous_code_point(text, end);
          if (last != ' ' && last != U'　' && last != '\t') break;
        }
      }
      if (last != U'。' && last != U'．' && last != '.') {
        bool opens = false;
        pending[static_cast<size_t>(family_of(open.c, opens))].push_back(open);
      } else {
        report_unclosed(open);
      }
    }
    stack.clear();
    for (std::vector<size_t>& positions : stack_of_family) positions.clear();
    block_lines = 0;
  };

  for (const Line& line : document.structure.lines) {
    if (line.kind == LineKind::blank) {
      if (++blank_run >= 2 && !stack.empty()) flush();
      continue;
    }
    if (starts_block(line.kind) || block_lines >= kMaxBlockLines || blank_run >= 2) flush();
    blank_run = 0;
    ++block_lines;
    while (next_char < chars.size() && chars[next_char].offset < line.begin) ++next_char;
    for (; next_char < chars.size() && chars[next_char].offset < line.end; ++next_char) {
      const ProseChar& c = chars[next_char];
      // Every bracket is ( ) or in U+300C–3015 or U+FF08–FF3D: one test passes most characters.
      if (c.cp < 0x300C ? (c.cp | 1) != ')' : c.cp > 0x3015 && (c.cp < 0xFF08 || c.cp > 0xFF3D)) continue;
      bool opens = false;
      const int family = family_of(c.cp, opens);
      if (family == 0) continue;
      if (opens) {
        stack_of_family[static_cast<size_t>(family)].push_back(stack.size());
        stack.push_back(Open{c.cp, span_of(c)});
        continue;
      }
      // The nearest opener of the same family; openers above it are crossed or unclosed.
      const std::vector<size_t>& same_family = stack_of_family[static_cast<size_t>(family)];
      const size_t k = same_family.empty() ? 0 : same_family.back() + 1;
      if (k == 0) {
        if (c.cp == U')' && is_marker_paren(text, line.begin, c.offset)) continue;
        expire_pending(c.offset);
        std::vector<Open>& waiting = pending[static_cast<size_t>(family)];
        if (waiting.size() > pending_from[static_cast<size_t>(family)]) {
          waiting.pop_back();
          continue;
        }
        bool dummy = false;
        std::string opener;
        for (char32_t o : {U'（', U'「', U'『', U'【', U'［', U'〔'}) {
          if (family_of(o, dummy) == family) opener = to_utf8(o);
        }
        reporter.report(span_of(c), "閉じ括弧「" + to_utf8(c.cp) + "」に対応する「" + opener + "」がありません");
        continue;
      }
      for (size_t above = k; above < stack.size(); ++above) {
        reporter.report(stack[above].span, "「" + to_utf8(stack[above].c) + "」が閉じられないまま、外側の括弧が「" +
                                               to_utf8(c.cp) + "」で閉じられています（括弧の交差または閉じ忘れ）");
      }
      const Open open = stack[k - 1];
      stack.resize(k - 1);
      for (std::vector<size_t>& positions : stack_of_family) {
        while (!positions.empty() && positions.back() >= k - 1) positions.pop_back();
      }
      if (closer_for(open.c) != c.cp) {
        // （…) or (…）: the same bracket in two widths; the half-width one becomes full-width.
        const bool open_is_half = open.c == U'(';
        const Span span = open_is_half ? open.span : span_of(c);
        const std::string right = open_is_half ? "（" : "）";
        reporter.report(span, "「" + to_utf8(open.c) + "」を「" + to_utf8(c.cp) + "」で閉じています。「" +
                                  (open_is_half ? "(" : ")") + "」を「" + right + "」にします",
                        Fix{span, right});
      }
    }
    if (line.kind == LineKind::table_row || line.kind == LineKind::heading) flush();
  }
  flush();
  for (size_t family = 0; family < kFamilies; ++family) {
    for (size_t i = pending_from[family]; i < pending[family].size(); ++i) report_unclosed(pending[family][i]);
  }
}

const Check kBracket{
    "bracket",
    Severity::warning,
    {
        "対応しない・交差した括弧（（ ）「 」『 』【 】［ ］〔 〕）",
        "段落の中で括弧の対応を調べます（PDF から抽出した文書のように段落の途中で改行していても、行をまたいで対応を見ます）。"
        "段落の区切りは、見出し・箇条書き・表の行・コードの行、2行以上続く空行、40行ごとです。"
        "閉じられない開き括弧、対応する開き括弧のない閉じ括弧、交差（「（」）」）、全角と半角の混在（（…)）を報告します。"
        "行頭の「1)」「a)」は番号として扱います。入れ子の深さに制限はなく、再帰を使いません。",
        "括弧の閉じ忘れは、どこまでが引用・注記かを曖昧にし、資料名や条件の範囲を読み違えさせます。",
        "誤: 「人工知能基本計画（案）の策定\n正: 「人工知能基本計画（案）」の策定",
        "[rules] bracket = \"off\" で無効化できます。",
        "全角と半角の取り違え（（…)）だけを修正します（閉じ括弧を開き括弧と同じ幅にします）。"
        "閉じ忘れの位置は文脈で決まるため修正しません。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kBracket);

}  // namespace
}  // namespace kosei
