// width: a document mixing full-width and half-width digits or Latin letters. The document's
// dominant form wins; the minority form is reported with a fix. Symbols that are full-width by
// convention in Japanese text (（）「」％、。・：) are no width errors and are not looked at.
#include <array>
#include <span>
#include <vector>

#include "chars/prose_chars.h"
#include "checks/check.h"
#include "text/utf8.h"

namespace kosei {
namespace {

// Token classes judged separately, because official documents follow conventions such as
// "single digits full-width, longer numbers half-width" (seed 003: 令和６年 beside 2024年) and
// "acronyms full-width, English words half-width" (ＡＩ beside Society 5.0).
enum TokenClass { kSingleDigit, kNumber, kAcronym, kWord, kClassCount };
enum Width { kHalf, kFull, kMixed };

constexpr int kMinClassTokens = 5;  // a mixed class this small borrows the majority of its family

struct Segment {
  size_t first = 0, last = 0;  // indices into the prose characters, inclusive
  TokenClass token_class = kAcronym;
  Width width = kHalf;
};

struct Token {
  Span span;
  size_t first_segment = 0, end_segment = 0;  // its segments in Tokens::segments
  bool all_half = false;
  bool joined_to_previous = false;  // all half-width, one space after a half-width previous token
};

// The segments of all tokens in one array (one allocation, not one per token).
struct Tokens {
  std::vector<Token> tokens;
  std::vector<Segment> segments;
  std::span<const Segment> segments_of(const Token& token) const {
    return {segments.data() + token.first_segment, token.end_segment - token.first_segment};
  }
};

constexpr bool half_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool full_digit(char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
constexpr bool half_letter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char32_t c) { return half_digit(c) || full_digit(c); }
bool is_number_separator(char32_t c) { return c == '.' || c == ',' || c == 0xFF0E || c == 0xFF0C; }
char32_t to_half(char32_t c) { return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c; }
char32_t to_full(char32_t c) { return c >= 0x21 && c <= 0x7E ? c + 0xFEE0 : c; }
bool is_full(char32_t c) { return c >= 0xFF01 && c <= 0xFF5E; }
bool is_lower(char32_t c) { c = to_half(c); return c >= 'a' && c <= 'z'; }

// A digit or Latin letter, half- or full-width (０-９ Ａ-Ｚ ａ-ｚ), by one range test and one table
// look-up: it is asked of every character of the prose.
bool is_alnum(char32_t c) {
  static constexpr auto kAsciiAlnum = [] {
    std::array<bool, 128> table{};
    for (char32_t a = 0; a < 128; ++a) table[a] = half_digit(a) || half_letter(a);
    return table;
  }();
  const char32_t half = to_half(c);
  return half < 128 && kAsciiAlnum[half];
}
bool is_joiner(char32_t c) { return c == '-' || c == 0xFF0D; }  // ＬＬＭ－ｊｐ, e-CSTI: one token
bool is_upper(char32_t c) { c = to_half(c); return c >= 'A' && c <= 'Z'; }

bool adjacent(const std::vector<ProseChar>& chars, size_t j) {
  return chars[j - 1].offset + chars[j - 1].length == chars[j].offset;
}

// Tokens: maximal runs of letters and digits, with number separators between digits (16.8,
// 1,713) and hyphens between letters or digits (e-CSTI, ＬＬＭ－ｊｐ). Each token has segments:
// runs of letters and numbers, judged separately (ＴＩＭＳＳ2023 in a document that writes
// acronyms full-width and long numbers half-width is consistent). A number is a single digit or
// longer; letters are an English word when lowercase letters dominate (Society, Beyond), else an
// acronym or name (ＡＩ, SDGs, iPS, ＧｔｅＸ). Half-width tokens one space apart around a half-width
// English word belong to that phrase (Beyond 5G, Society 5.0, STI for SDGs) and count as words.
Tokens tokenize(const std::vector<ProseChar>& chars) {
  Tokens out;
  std::vector<Segment>& segments = out.segments;
  for (size_t i = 0; i < chars.size();) {
    if (!is_alnum(chars[i].cp)) {
      ++i;
      continue;
    }
    Token token;
    token.first_segment = segments.size();
    size_t j = i;
    while (j < chars.size() && (j == i || adjacent(chars, j))) {
      const char32_t c = chars[j].cp;
      const bool next_alnum = j + 1 < chars.size() && adjacent(chars, j + 1) && is_alnum(chars[j + 1].cp);
      const bool has_segment = segments.size() > token.first_segment;
      if (is_alnum(c)) {
        const bool continues = has_segment && segments.back().last + 1 == j &&
                               is_digit(chars[segments.back().first].cp) == is_digit(c);
        if (continues) {
          segments.back().last = j;
        } else {
          segments.push_back(Segment{j, j});
        }
      } else if (is_number_separator(c) && j > i && is_digit(chars[j - 1].cp) && next_alnum &&
                 is_digit(chars[j + 1].cp)) {
        segments.back().last = j;  // 16.8, 1,713: one number
      } else if (!(is_joiner(c) && j > i && next_alnum)) {
        break;
      }
      ++j;
    }
    token.end_segment = segments.size();
    token.span = Span{chars[i].offset, chars[j - 1].offset + chars[j - 1].length};
    bool all_half = true;
    for (size_t s = token.first_segment; s < token.end_segment; ++s) {
      Segment& segment = segments[s];
      int digits = 0, lower = 0, upper = 0;
      bool any_half = false, any_full = false;
      for (size_t k = segment.first; k <= segment.last; ++k) {
        const char32_t c = chars[k].cp;
        if (!is_alnum(c)) {
          digits += 2;  // a separator makes a number of several digits
          continue;
        }
        if (is_digit(c)) ++digits;
        if (is_lower(c)) ++lower;
        if (is_upper(c)) ++upper;
        (is_full(c) ? any_full : any_half) = true;
      }
      segment.token_class = is_digit(chars[segment.first].cp) ? (digits == 1 ? kSingleDigit : kNumber)
                                                               : (lower >= 2 && lower > upper ? kWord : kAcronym);
      segment.width = any_full && any_half ? kMixed : any_full ? kFull : kHalf;
      all_half = all_half && segment.width == kHalf;
    }
    // Letters right after a number are its unit (8,000m, 4.6GW, ５G): judged with the number, so a
    // fix never writes 8,000ｍ in a document of half-width numbers and full-width acronyms.
    for (size_t s = token.first_segment + 1; s < token.end_segment; ++s) {
      if (!is_digit(chars[segments[s].first].cp) && is_digit(chars[segments[s - 1].first].cp) &&
          segments[s - 1].last + 1 == segments[s].first) {
        segments[s].token_class = segments[s - 1].token_class;
      }
    }
    std::vector<Token>& tokens = out.tokens;
    token.all_half = all_half;
    if (all_half && !tokens.empty() && tokens.back().all_half && i > 0 && chars[i - 1].cp == ' ' &&
        chars[i - 1].offset == tokens.back().span.end) {
      token.joined_to_previous = true;
      const Token& previous = tokens.back();
      const Segment& previous_first = segments[previous.first_segment];
      bool previous_is_word = previous.end_segment - previous.first_segment == 1 && previous_first.token_class == kWord &&
                              previous_first.width == kHalf;
      if (previous_is_word) {
        for (size_t s = token.first_segment; s < token.end_segment; ++s) segments[s].token_class = kWord;
      }
      // The words before a word of the phrase belong to it too (STI for SDGs, AI for Science): as
      // an acronym, STI alone would be made full-width in a document of full-width acronyms.
      const bool is_word = token.end_segment - token.first_segment == 1 && segments[token.first_segment].token_class == kWord;
      if (is_word) {
        for (size_t t = tokens.size(); t-- > 0;) {
          for (size_t s = tokens[t].first_segment; s < tokens[t].end_segment; ++s) segments[s].token_class = kWord;
          if (!tokens[t].joined_to_previous) break;
        }
      }
    }
    tokens.push_back(token);
    i = j;
  }
  return out;
}

const char* class_name(TokenClass token_class) {
  switch (token_class) {
    case kSingleDigit: return "1桁の数字";
    case kNumber: return "2桁以上の数字";
    case kAcronym: return "略語などの英字";
    case kWord: return "英単語";
    default: return "";
  }
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const std::vector<ProseChar>& chars = prose_chars(document).chars;
  const Tokens tokens = tokenize(chars);
  std::array<std::array<int, 2>, kClassCount> counts{};
  for (const Token& token : tokens.tokens) {
    for (const Segment& segment : tokens.segments_of(token)) {
      if (segment.width != kMixed) ++counts[segment.token_class][segment.width];
    }
  }
  // The dominant width per class; -1 when undecided (a tie, or nothing to compare).
  std::array<int, kClassCount> dominant{};
  std::array<std::array<int, 2>, kClassCount> basis{};
  for (int k = 0; k < kClassCount; ++k) {
    std::array<int, 2> count = counts[k];
    if (count[kHalf] == 0 || count[kFull] == 0) {
      dominant[k] = -1;  // one width only: consistent within its class (１桁は全角、2桁以上は半角)
      continue;
    }
    if (count[kHalf] + count[kFull] < kMinClassTokens) {
      const int sibling = k ^ 1;  // kSingleDigit<->kNumber, kAcronym<->kWord
      count[kHalf] += counts[sibling][kHalf];
      count[kFull] += counts[sibling][kFull];
    }
    basis[k] = count;
    dominant[k] = count[kHalf] > count[kFull] ? kHalf : count[kFull] > count[kHalf] ? kFull : -1;
  }
  const std::string& text = document.text();
  for (const Token& token : tokens.tokens) {
    // A fix must not leave the letters of one token in two widths (ＡＬＣＡ－Ｎｅｘｔ, a name written
    // full-width throughout, would become ＡＬＣＡ－Next): such a token is left as written.
    int letters_after = -1;  // the width of the token's letters after the fix; kMixed if two
    for (const Segment& segment : tokens.segments_of(token)) {
      if (is_digit(chars[segment.first].cp)) continue;
      const int want = dominant[segment.token_class];
      const int after = want < 0 || segment.width == want ? segment.width : want;
      letters_after = letters_after < 0 || letters_after == after ? after : kMixed;
    }
    if (letters_after == kMixed) continue;
    const Segment* reported = nullptr;
    std::string fixed;
    size_t copied = token.span.begin;
    for (const Segment& segment : tokens.segments_of(token)) {
      const int want = dominant[segment.token_class];
      if (want < 0 || segment.width == want) continue;
      if (!reported) reported = &segment;
      fixed.append(text, copied, chars[segment.first].offset - copied);
      for (size_t k = segment.first; k <= segment.last; ++k) {
        append_utf8(fixed, want == kFull ? to_full(chars[k].cp) : to_half(chars[k].cp));
      }
      copied = chars[segment.last].offset + chars[segment.last].length;
    }
    if (!reported) continue;
    fixed.append(text, copied, token.span.end - copied);
    const int want = dominant[reported->token_class];
    std::string written = text.substr(token.span.begin, token.span.end - token.span.begin);
    const std::array<int, 2>& count = basis[reported->token_class];
    std::string form = want == kFull ? "全角" : "半角";
    std::string message = std::string(reported->width == kMixed ? "全角と半角が混在した" : want == kFull ? "半角の" : "全角の") +
                          class_name(reported->token_class) + "「" + written + "」: この文書では" + form + "が多数です（" +
                          form + std::to_string(count[want]) + "件、" + (want == kFull ? "半角" : "全角") +
                          std::to_string(count[1 - want]) + "件）。「" + fixed + "」にします";
    reporter.report(token.span, message, Fix{token.span, fixed});
  }
}

const Check kWidth{
    "width",
    Severity::warning,
    {
        "全角と半角の数字・英字の混在（文書内の多数派に合わせる）",
        "散文中の数字と英字を語（連続する英字、または小数点・桁区切りを含む数字）に分け、4つの種類ごとに全角・半角の"
        "多数派を数えます: 1桁の数字、2桁以上の数字、略語などの英字（ＡＩ、ＤＸ）、英単語（小文字が2字以上続くもの: "
        "Society）。半角の空白1つで英単語とつながった語は英文の一部として英単語に数えます（Beyond 5G、STI for SDGs）。"
        "数字の直後の英字は単位として数字と同じ種類に数えます（8,000m、4.6GW）。"
        "公用文では「1桁は全角、2桁以上は半角」「略語は全角、英文は半角」のような使い分けがあるため、"
        "種類ごとに多数派を決め、少数派の語を報告します。一つの幅しか使っていない種類は報告しません。両方の幅がある種類で語が5個未満なら、数字どうし・英字どうしを合わせた多数派に"
        "従います。同数なら報告しません。修正すると一つの語の英字が全角と半角に分かれる語（ＬＬＭ－ｊｐ）も報告しません。"
        "（）「」％、。・：など日本語の文章で全角が標準の記号は対象外です。",
        "同じ文書で「１０億円」と「21.9億円」が混在すると、検索・置換・集計で別の文字列として扱われ、"
        "読み手にも不統一に見えます。",
        "誤: 令和６年度予算は１０億円、令和７年度は 21.9 億円\n正: 令和６年度予算は10億円、令和７年度は 21.9 億円"
        "（2桁以上の数字が半角の文書）",
        "[rules] width = \"off\" で無効化、\"info\" などで重大度を変更できます。",
        "少数派の語を多数派の幅に置き換えます（安全: その語の範囲だけ。数字の小数点・桁区切りも同じ幅にします）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kWidth);

}  // namespace
}  // namespace kosei
