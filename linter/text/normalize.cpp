#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <unordered_map>

#include "text/utf8.h"

namespace kosei {
namespace {

const icu::Normalizer2& nfkc() {
  static const icu::Normalizer2* normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return *normalizer;
}

// Post-NFKC unifications that NFKC leaves alone but editors treat as the same character.
char32_t unify(char32_t cp) {
  switch (cp) {
    case U'\u301C':  // 〜 WAVE DASH
    case U'\u2053':  // ⁓
      return U'~';
    case U'\u2010':  // ‐ hyphen
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2212':  // − minus
      return U'-';
    default:
      return cp;
  }
}

void emit(MatchText* out, std::string* plain, char32_t cp, uint32_t source) {
  cp = unify(cp);
  std::string& target = out ? out->text : *plain;
  size_t before = target.size();
  append_utf8(target, cp);
  if (out) {
    for (size_t i = before; i < target.size(); ++i) out->to_source.push_back(source);
  }
}

// The original bytes of a character NFKC and unify() leave alone, copied as they are.
void emit_bytes(MatchText* out, std::string* plain, std::string_view bytes, uint32_t source) {
  std::string& target = out ? out->text : *plain;
  target.append(bytes);
  if (out) out->to_source.insert(out->to_source.end(), bytes.size(), source);
}

// NFKC of one segment (a run that starts at a boundary), with unify() applied, as UTF-8.
void normalize_segment(const icu::Normalizer2& normalizer, std::string_view segment_bytes, std::string& form) {
  icu::UnicodeString segment = icu::UnicodeString::fromUTF8(
      icu::StringPiece(segment_bytes.data(), static_cast<int32_t>(segment_bytes.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString normalized = normalizer.normalize(segment, status);
  if (U_FAILURE(status)) normalized = segment;
  for (int32_t i = 0; i < normalized.length(); i = normalized.moveIndex32(i, 1)) {
    append_utf8(form, unify(static_cast<char32_t>(normalized.char32At(i))));
  }
}

// What NFKC does with a BMP code point, asked of ICU once per process and code point (every
// character of every document passes here: a table load instead of ICU calls). Supplementary
// characters are asked each time: they are rare.
enum CharTraits : uint8_t {
  kKnown = 1,
  kInert = 2,           // NFKC never changes it, whatever its neighbours
  kBoundaryBefore = 4,  // a normalization segment may start at it
  kCopyable = 8,        // its own matching form in every context: inert, a boundary, not circled,
                        // not unified — a run of such characters is copied as it is
};
std::atomic<uint8_t> g_traits[65536];

[[gnu::noinline]] uint8_t ask_traits(const icu::Normalizer2& normalizer, char32_t cp) {
  uint8_t traits = kKnown;
  if (normalizer.isInert(static_cast<UChar32>(cp))) traits |= kInert;
  if (normalizer.hasBoundaryBefore(static_cast<UChar32>(cp))) traits |= kBoundaryBefore;
  if (cp >= 0x10000) return traits;  // never copied as part of a run
  if ((traits & kInert) && (traits & kBoundaryBefore) && circled_number_value(cp) == 0 && unify(cp) == cp &&
      cp != 0xFFFD) {
    traits |= kCopyable;
  }
  g_traits[cp].store(traits, std::memory_order_relaxed);
  return traits;
}

[[gnu::always_inline]] inline uint8_t traits_of(const icu::Normalizer2& normalizer, char32_t cp) {
  const uint8_t traits = cp < 0x10000 ? g_traits[cp].load(std::memory_order_relaxed) : 0;
  return traits != 0 ? traits : ask_traits(normalizer, cp);
}

bool has_boundary_before(const icu::Normalizer2& normalizer, char32_t cp) {
  return traits_of(normalizer, cp) & kBoundaryBefore;
}

bool is_copyable(const icu::Normalizer2& normalizer, char32_t cp) { return traits_of(normalizer, cp) & kCopyable; }

// Copies text[begin, end) — whole characters that are their own matching form — as it is.
void emit_run(MatchText* out, std::string* plain, std::string_view text, size_t begin, size_t end) {
  std::string& target = out ? out->text : *plain;
  target.append(text.data() + begin, end - begin);
  if (!out) return;
  std::vector<uint32_t>& to_source = out->to_source;
  size_t at = to_source.size();
  to_source.resize(at + (end - begin));
  for (size_t pos = begin; pos < end;) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;  // decoded before: valid
    for (size_t k = 0; k < length; ++k) to_source[at++] = static_cast<uint32_t>(pos);
    pos += length;
  }
}

void normalize_into(std::string_view text, const std::vector<MaskedRange>& masked, MatchText* out,
                    std::string* plain) {
  const icu::Normalizer2& normalizer = nfkc();
  size_t pos = 0;
  size_t next_mask = 0;
  while (pos < text.size()) {
    if (next_mask < masked.size() && pos >= masked[next_mask].begin) {
      const MaskedRange& range = masked[next_mask++];
      if (range.kind == MaskKind::separator) emit(out, plain, static_cast<char32_t>(kMaskSeparator), static_cast<uint32_t>(pos));
      pos = std::max(pos, range.end);
      continue;
    }
    // Fast path: the longest run of ASCII and copyable characters, emitted as its own bytes.
    {
      const size_t limit = next_mask < masked.size() ? std::min(text.size(), masked[next_mask].begin) : text.size();
      size_t run = pos, last = pos;  // `last`: start of the run's last character
      while (run < limit) {
        if (static_cast<unsigned char>(text[run]) < 0x80) {
          last = run++;
          continue;
        }
        size_t probe = run;
        if (!is_copyable(normalizer, next_code_point(text, probe)) || probe > limit) break;
        last = run;
        run = probe;
      }
      if (run > pos) {
        size_t emit_end = run;
        // A character that cannot start a segment (a combining mark) after the run belongs with
        // the run's last character (ASCII stays as it is, as below).
        if (run < limit && static_cast<unsigned char>(text[last]) >= 0x80) {
          size_t probe = run;
          if (!has_boundary_before(normalizer, next_code_point(text, probe))) emit_end = last;
        }
        emit_run(out, plain, text, pos, emit_end);
        pos = emit_end;
        if (pos == run || pos >= text.size()) continue;
      }
    }
    size_t start = pos;
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      // ASCII is its own matching form (reached here only when a run stopped right before it).
      emit_bytes(out, plain, text.substr(pos, 1), static_cast<uint32_t>(start));
      ++pos;
      continue;
    }
    char32_t cp = next_code_point(text, pos);
    if (circled_number_value(cp) != 0) {
      emit(out, plain, cp, static_cast<uint32_t>(start));
      continue;
    }
    // Gather one normalization segment: this character and what cannot be separated from it.
    size_t end = pos;
    size_t segment_limit = next_mask < masked.size() ? masked[next_mask].begin : text.size();
    while (end < segment_limit) {
      size_t probe = end;
      char32_t next = next_code_point(text, probe);
      if (has_boundary_before(normalizer, next)) break;
      end = probe;
    }
    if (end == pos && (traits_of(normalizer, cp) & kInert)) {
      // The common case (kana, kanji, punctuation): the bytes are already the matching form.
      if (unify(cp) == cp && cp != 0xFFFD) {
        emit_bytes(out, plain, text.substr(start, pos - start), static_cast<uint32_t>(start));
      } else {
        emit(out, plain, cp, static_cast<uint32_t>(start));
      }
      continue;
    }
    if (end == pos) {
      // One character on its own (full-width （ ） ： and spaces are most of these): its matching
      // form does not depend on its neighbours, so ICU is asked once per thread and character.
      thread_local std::unordered_map<char32_t, std::string> single;
      auto it = single.find(cp);
      if (it == single.end()) {
        std::string form;
        normalize_segment(normalizer, text.substr(start, end - start), form);
        it = single.emplace(cp, std::move(form)).first;
      }
      emit_bytes(out, plain, it->second, static_cast<uint32_t>(start));
      continue;
    }
    std::string form;
    normalize_segment(normalizer, text.substr(start, end - start), form);
    emit_bytes(out, plain, form, static_cast<uint32_t>(start));
    pos = end;
  }
}

}  // namespace

size_t lower_bound_near(const uint32_t* values, size_t size, size_t hint, uint32_t target) {
  if (size == 0) return 0;
  hint = std::min(hint, size - 1);
  size_t low, high;  // the answer is in [low, high], and values[high] >= target unless high == size
  if (values[hint] < target) {
    size_t step = 1;
    while (hint + step < size && values[hint + step] < target) step *= 2;
    low = hint + step / 2 + 1;
    high = std::min(hint + step, size);
  } else {
    size_t step = 1;
    while (step <= hint && values[hint - step] >= target) step *= 2;
    low = step > hint ? 0 : hint - step + 1;
    high = hint - step / 2;
  }
  return static_cast<size_t>(std::lower_bound(values + low, values + high, target) - values);
}

std::string_view MatchText::view_of(size_t begin, size_t end) const {
  if (to_source.empty() || end <= begin) return {};
  // to_source is non-decreasing: the bytes that came from [begin, end) are one run. Its last
  // entry (the end of the text) is not searched.
  const size_t size = to_source.size() - 1;
  const size_t first = lower_bound_near(to_source.data(), size, begin, static_cast<uint32_t>(begin));
  const size_t last = first + (lower_bound_near(to_source.data() + first, size - first, end - begin, static_cast<uint32_t>(end)));
  return std::string_view(text).substr(first, last - first);
}

std::string compact_key(std::string_view normalized) {
  // One table load per byte (item labels are looked up ~20,000 times in a dense draft).
  static constexpr auto kKept = [] {
    std::array<uint8_t, 256> kept{};
    kept.fill(1);
    for (unsigned char dropped : {' ', '\t', '\n', '\r', static_cast<char>(kMaskSeparator)}) kept[dropped] = 0;
    return kept;
  }();
  std::string out(normalized.size(), '\0');
  char* write = out.data();
  for (char c : normalized) {
    *write = c;
    write += kKept[static_cast<unsigned char>(c)];
  }
  out.resize(static_cast<size_t>(write - out.data()));
  return out;
}

MatchText normalize_for_matching(std::string_view text, const std::vector<MaskedRange>& masked) {
  MatchText out;
  out.text.reserve(text.size());
  out.to_source.reserve(text.size() + 1);
  normalize_into(text, masked, &out, nullptr);
  out.to_source.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

std::string normalize_string(std::string_view text) {
  std::string out;
  normalize_into(text, {}, nullptr, &out);
  return out;
}

}  // namespace kosei
