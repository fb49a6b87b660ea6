// term-variant: one term written two ways in one document (表記ゆれ) — from the variant groups of
// rules/term_variants.toml, and automatically for katakana words that differ only in voicing or
// long-vowel marks (サーバー/サーバ, OCR バ/パ: バーティカル/パーティカル) and for kanji compounds
// that differ by one OCR-confusable character (賃上げ/貨上げ). The minority spelling is reported,
// the majority one named, both locations given.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "chardata/chardata.h"
#include "chars/prose_chars.h"
#include "chars/prose_dictionaries.h"
#include "chars/variant_groups.h"
#include "checks/check.h"
#include "config/config.h"
#include "text/normalize.h"
#include "text/literal_set.h"
#include "text/utf8.h"

namespace kosei {
namespace {

bool is_kana_word_char(char32_t c) { return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC; }

// Voiced and semi-voiced katakana -> unvoiced (ガ→カ, バ→ハ, パ→ハ); ヴ→ウ.
char32_t devoice(char32_t c) {
  if (c >= 0x30AC && c <= 0x30C2) return (c - 0x30AB) % 2 == 1 ? c - 1 : c;  // ガ..ヂ
  if (c >= 0x30C5 && c <= 0x30C9) return (c - 0x30C4) % 2 == 1 ? c - 1 : c;  // ヅ..ド
  if (c >= 0x30CF && c <= 0x30DD) {                                          // ハ..ポ
    int k = (c - 0x30CF) % 3;
    return c - k;
  }
  if (c == 0x30F4) return 0x30A6;
  return c;
}

// Pairs of kanji that OCR and hurried typing confuse (賃/貨, 逐/遂, 璧/壁 …), where swapping one
// for the other rarely gives another real word.
struct ConfusableKanji {
  std::map<char32_t, char32_t> of;  // member -> the first of its pair
  uint64_t filter[16] = {};          // 1024 bits over c & 1023: most kanji are in no pair
  char32_t class_of(char32_t c) const {
    if (!(filter[(c & 1023) >> 6] >> (c & 63) & 1)) return c;
    auto it = of.find(c);
    return it == of.end() ? c : it->second;
  }
};

const ConfusableKanji& confusable_kanji() {
  static const ConfusableKanji classes = [] {
    ConfusableKanji out;
    for (std::u32string group : {U"賃貨", U"逐遂", U"徴微", U"末未", U"門問", U"弊幣", U"綻錠", U"候侯", U"紛粉",
                                 U"績積", U"講構", U"援緩", U"璧壁", U"特持", U"官宮", U"己已"}) {
      for (char32_t member : group) {
        out.of[member] = group[0];
        out.filter[(member & 1023) >> 6] |= uint64_t{1} << (member & 63);
      }
    }
    return out;
  }();
  return classes;
}

// The distinct keys of a document's words, numbered in order of first sight: open addressing
// over one buffer of key bytes (a node-based map allocated and chased a node per key: a quarter
// of this check's time on a dense draft).
class KeyTable {
 public:
  explicit KeyTable(size_t expected_keys) {
    size_t capacity = 64;
    while (capacity < expected_keys * 2) capacity *= 2;
    slots_.assign(capacity, kEmpty);
  }
  // The number of `key`, and whether it is new.
  std::pair<uint32_t, bool> intern(std::string_view key) {
    const size_t hash = std::hash<std::string_view>{}(key);
    for (size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const uint32_t slot = slots_[i];
      if (slot == kEmpty) {
        const auto number = static_cast<uint32_t>(entries_.size());
        entries_.push_back(Entry{hash, bytes_.size(), key.size()});
        bytes_.append(key);
        slots_[i] = number;
        if (entries_.size() * 2 > slots_.size()) grow();
        return {number, true};
      }
      const Entry& entry = entries_[slot];
      if (entry.hash == hash && std::string_view(bytes_).substr(entry.offset, entry.length) == key) return {slot, false};
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Entry {
    size_t hash, offset, length;
  };
  void grow() {
    slots_.assign(slots_.size() * 2, kEmpty);
    for (uint32_t number = 0; number < entries_.size(); ++number) {
      size_t i = entries_[number].hash & (slots_.size() - 1);
      while (slots_[i] != kEmpty) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = number;
    }
  }
  std::vector<uint32_t> slots_;
  std::vector<Entry> entries_;
  std::string bytes_;  // the keys, one after another
};

struct Occurrence {
  std::string spelling;
  Span span;
};

// Reports the minority spellings of one term. `preferred` (may be empty) decides instead of the counts.
void report_variants(const Document& document, Reporter& reporter, const std::vector<Occurrence>& occurrences,
                     const std::string& preferred, const std::string& why) {
  std::map<std::string, std::pair<int, size_t>> spellings;  // spelling -> (count, first occurrence)
  for (size_t i = 0; i < occurrences.size(); ++i) {
    auto [it, inserted] = spellings.emplace(occurrences[i].spelling, std::pair{0, i});
    ++it->second.first;
  }
  if (spellings.size() < 2) return;
  std::string majority = preferred;
  if (majority.empty() || !spellings.count(majority)) {
    // The most frequent; on a tie, the one written first.
    for (const auto& [spelling, info] : spellings) {
      if (majority.empty() || !spellings.count(majority) || info.first > spellings[majority].first ||
          (info.first == spellings[majority].first && info.second < spellings[majority].second)) {
        majority = spelling;
      }
    }
  }
  const auto& [majority_count, majority_first] = spellings[majority];
  const Span majority_span = occurrences[majority_first].span;
  const std::string& text = document.text();
  for (const Occurrence& occurrence : occurrences) {
    if (occurrence.spelling == majority) continue;
    const std::string written = text.substr(occurrence.span.begin, occurrence.span.end - occurrence.span.begin);
    std::string message = "表記ゆれ: 「" + occurrence.spelling + "」（" + std::to_string(spellings[occurrence.spelling].first) +
                          "回）と「" + majority + "」（" + std::to_string(majority_count) + "回）が混在しています。" +
                          (preferred == majority && !preferred.empty() ? "「" + majority + "」に統一します" : "多い方の「" + majority + "」に統一します");
    if (!why.empty()) message += "（" + why + "）";
    Diagnostic* diagnostic;
    if (written.find('\n') == std::string::npos && normalize_string(written) == occurrence.spelling) {
      diagnostic = &reporter.report(occurrence.span, message, Fix{occurrence.span, majority});
    } else {
      diagnostic = &reporter.report(occurrence.span, message);
    }
    diagnostic->related.push_back(Related{"", majority_span, "「" + majority + "」の最初の出現"});
  }
}

bool in_canon(const CanonData& canon, const std::string& form) {
  for (const CanonList& list : canon.lists) {
    for (const CanonMember& member : list.members) {
      if (normalize_string(member.name).find(form) != std::string::npos) return true;
    }
  }
  return false;
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const ProseChars& prose = prose_chars(document);
  const std::string& joined = prose.joined;

  // 1. Variant groups.
  const VariantGroups& groups = variant_groups();
  std::vector<std::vector<Occurrence>> by_group(groups.groups.size());
  // The forms were found with the term dictionary's wrong forms in one scan; the dictionary is the
  // one the term rule uses (a broken dictionary file is reported there).
  std::string dictionary_error;
  const auto dictionary = context.config ? term_dictionary_for(context.config->term_files, &dictionary_error)
                                         : builtin_term_dictionary();
  const std::vector<LiteralMatch>& forms = prose_dictionary_matches(document, *dictionary).variant_forms;
  for (const LiteralMatch& match : forms) {
    std::string form = joined.substr(match.begin, match.end - match.begin);
    size_t g = groups.group_of_literal[match.literal];
    // A katakana form counts only as a whole word: サーバ inside サーバー or サーバセキュリティ is not サーバ.
    size_t before = match.begin, after = match.end;
    char32_t first = to_u32(form).front(), last = to_u32(form).back();
    char32_t previous = before > 0 ? previous_code_point(joined, before) : 0;
    char32_t next = after < joined.size() ? next_code_point(joined, after) : 0;
    if ((is_kana_word_char(first) && is_kana_word_char(previous)) || (is_kana_word_char(last) && is_kana_word_char(next))) {
      continue;
    }
    by_group[g].push_back(Occurrence{form, prose.source_span(document, match.begin, match.end)});
  }
  for (size_t g = 0; g < by_group.size(); ++g) {
    const std::string& preferred = groups.groups[g].preferred;
    report_variants(document, reporter, by_group[g], preferred, "");
    // A group whose preferred form is the spelling of canonical data (強靱 in 防災・国土強靱化):
    // a document that uses only another form is reported too, at info.
    if (preferred.empty() || by_group[g].empty()) continue;
    bool only_other = std::none_of(by_group[g].begin(), by_group[g].end(),
                                   [&](const Occurrence& o) { return o.spelling == preferred; });
    bool single_spelling = std::all_of(by_group[g].begin(), by_group[g].end(),
                                       [&](const Occurrence& o) { return o.spelling == by_group[g][0].spelling; });
    if (!only_other || !single_spelling || !in_canon(context.knowledge.canon, preferred)) continue;
    for (const Occurrence& occurrence : by_group[g]) {
      // Inside a mention of a canonical name (防災・国土強靭化) field-name reports it, with the whole name.
      if (std::any_of(document.field_mentions.begin(), document.field_mentions.end(), [&](const FieldMention& m) {
            return m.span.begin < occurrence.span.end && occurrence.span.begin < m.span.end;
          })) {
        continue;
      }
      Diagnostic& d = reporter.report(occurrence.span,
                                      "「" + occurrence.spelling + "」は正本データの表記「" + preferred + "」にそろえます",
                                      Fix{occurrence.span, preferred});
      d.severity = Severity::info;
      if (document.text().substr(occurrence.span.begin, occurrence.span.end - occurrence.span.begin).find('\n') !=
          std::string::npos) {
        d.fix.reset();
      }
    }
  }

  // 2. Katakana words that differ only in voicing or long-vowel marks, and kanji compounds that
  //    differ by one confusable character. Words are maximal runs of katakana (or of kanji).
  //    First pass: each word's key (voicing and ー folded away, confusable kanji unified) and
  //    whether the key is ever spelled two ways. Almost no key is, so occurrences (strings and
  //    source spans) are built only for those few, in a second pass.
  struct KeyInfo {
    std::string_view first_spelling;
    size_t length = 0;  // code points of the key
    bool kana = false;
    bool varied = false;
  };
  struct Word {
    uint32_t key, begin, end;
  };
  KeyTable key_index(joined.size() / 64);
  std::vector<KeyInfo> keys;
  std::vector<Word> words;
  words.reserve(joined.size() / 16);  // ~1 word per 10 bytes of Japanese prose
  std::string key;
  const auto* bytes = reinterpret_cast<const unsigned char*>(joined.data());
  const size_t size = joined.size();
  // The character at `at` (ASCII and three-byte characters, most of the text, decoded in place);
  // `next` is where the following one begins.
  // next_code_point decodes the same way; this copy, forced inline, keeps GCC from leaving the word
  // loop's two decodings as calls (measured: +2.4 M instructions on 5 dense drafts with
  // next_code_point, +12 M with the copy left to GCC's judgment).
  auto decode = [&](size_t at, size_t& next) __attribute__((always_inline)) -> char32_t {
    char32_t cp;
    if (bytes[at] < 0x80) {
      next = at + 1;
      return bytes[at];
    }
    if (three_byte_code_point(bytes, at, size, cp)) {
      next = at + 3;
      return cp;
    }
    next = at;
    return next_code_point(joined, next);
  };
  const ConfusableKanji& confusable = confusable_kanji();
  for (size_t pos = 0; pos < size;) {
    const size_t begin = pos;
    size_t next = 0;
    const char32_t c = decode(pos, next);
    const bool kana = is_kana_word_char(c);
    if (!kana && !is_kanji(c)) {
      pos = next;
      continue;
    }
    key.clear();
    size_t word_length = 0, key_length = 0;  // code points
    size_t end = begin;
    size_t unchanged_from = begin;  // most characters stay as they are: copied a run at a time
    for (char32_t d = c;;) {  // d: the word's character at `end`, ending at `next`
      const size_t at = end;
      end = next;
      ++word_length;
      const bool dropped = kana && d == 0x30FC;
      const char32_t folded = dropped ? d : kana ? devoice(d) : confusable.class_of(d);
      if (dropped || folded != d) {
        key.append(joined, unchanged_from, at - unchanged_from);
        if (!dropped) append_utf8(key, folded);
        unchanged_from = end;
      }
      key_length += dropped ? 0 : 1;
      if (end >= size) break;
      d = decode(end, next);
      if (kana ? !is_kana_word_char(d) : !is_kanji(d)) break;
    }
    key.append(joined, unchanged_from, end - unchanged_from);
    pos = end;  // the character that ended the word may begin the next one
    if (kana ? key_length < 3 : word_length < 2) continue;
    const std::string_view spelling = std::string_view(joined).substr(begin, end - begin);
    if (groups.is_form(spelling, c)) continue;  // the groups decide these
    key.push_back(kana ? 'K' : 'C');              // a katakana key never meets a kanji one
    const auto [index, inserted] = key_index.intern(key);
    if (inserted) {
      keys.push_back(KeyInfo{spelling, key_length, kana, false});
    } else if (keys[index].first_spelling != spelling) {
      keys[index].varied = true;
    }
    words.push_back(Word{index, static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  }
  std::vector<uint32_t> slot_of_key(keys.size(), UINT32_MAX);
  std::vector<std::vector<Occurrence>> varied;  // per varied key, in text order
  std::vector<uint32_t> varied_key;
  for (const Word& word : words) {
    if (!keys[word.key].varied) continue;
    if (slot_of_key[word.key] == UINT32_MAX) {
      slot_of_key[word.key] = static_cast<uint32_t>(varied.size());
      varied.emplace_back();
      varied_key.push_back(word.key);
    }
    varied[slot_of_key[word.key]].push_back(
        Occurrence{joined.substr(word.begin, word.end - word.begin), prose.source_span(document, word.begin, word.end)});
  }
  auto without_final_long_vowels = [](std::string spelling) {
    while (spelling.size() >= 3 && spelling.compare(spelling.size() - 3, 3, "ー") == 0) spelling.resize(spelling.size() - 3);
    return spelling;
  };
  for (size_t v = 0; v < varied.size(); ++v) {
    const KeyInfo& info = keys[varied_key[v]];
    const std::vector<Occurrence>& occurrences = varied[v];
    if (!info.kana) {
      report_variants(document, reporter, occurrences, "", "似た字の取り違えの可能性");
      continue;
    }
    // Long keys may differ anywhere; short ones (ビル/ビール, バス/パス) only by a word-final ー.
    if (info.length >= 5) {
      report_variants(document, reporter, occurrences, "", "");
      continue;
    }
    // The distinct bases (spelling without final ー) of this key, by length in code points:
    // computed once per key, not once per pair of occurrences (データ occurs thousands of times).
    std::unordered_map<std::string, size_t> base_length;
    for (const Occurrence& occurrence : occurrences) {
      std::string base = without_final_long_vowels(occurrence.spelling);
      if (!base_length.count(base)) base_length.emplace(base, to_u32(base).size());
    }
    std::vector<Occurrence> kept;
    for (const Occurrence& occurrence : occurrences) {
      std::string base = without_final_long_vowels(occurrence.spelling);
      const size_t length = base_length[base];
      bool voicing_only_differs = false;
      for (const auto& [other, other_length] : base_length) {
        if (other != base && other_length == length) voicing_only_differs = true;
      }
      if (!voicing_only_differs) kept.push_back(occurrence);
    }
    report_variants(document, reporter, kept, "", "");
  }
}

const Check kTermVariant{
    "term-variant",
    Severity::warning,
    {
        "同じ語の表記ゆれ（サーバー/サーバ、強靱/強靭、バーティカル/パーティカル）",
        "一つの文書の中で同じ語が二通り以上に書かれているところを探し、少ない方の表記を報告して多い方の表記と"
        "両方の位置を示します。対象は (1) rules/term_variants.toml の表記ゆれグループ（preferred があればそれに統一）、"
        "(2) 濁点・半濁点か長音符だけが違う片仮名語（5字以上。4字以下は語末の長音だけ: サーバー/サーバ。"
        "バス/パス、ビル/ビールのような別の語は対象外）、(3) OCR で取り違えやすい漢字（賃/貨、逐/遂、璧/壁 など）"
        "1字だけが違う漢字の連なり。照合は NFKC 正規化し改行を除いた散文で行います。",
        "一つの文書で表記が揺れると、検索・置換・集計で別の語として扱われ、読み手には誤りに見えます。"
        "OCR の誤認識（パーティカル）や誤変換（貨上げ）は、正しい表記と並んでいることで見つかります。",
        "誤: サーバーを増設し、サーバの監視を強化する\n正: サーバーを増設し、サーバーの監視を強化する",
        "[rules] term-variant = \"off\" で無効化できます。グループと推奨表記は rules/term_variants.toml で定義します。",
        "少ない方の表記を多い方（preferred があればそれ）に置き換えます。行をまたぐ出現は修正しません。"
        "どちらが正しいかは文脈で決まることがあるため、修正前に確認してください。",
    },
    &run,
    "term,field-name",
};
KOSEI_REGISTER_CHECK(kTermVariant);

}  // namespace
}  // namespace kosei
