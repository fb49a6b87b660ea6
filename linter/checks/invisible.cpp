// invisible: zero-width and control characters, a BOM inside the text, U+FFFD, private-use
// characters, and decomposed kana (か + U+3099) — fixed by removal or NFC.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "chars/invisible.h"
#include "chars/prose_chars.h"
#include "checks/check.h"
#include "text/utf8.h"

namespace kosei {
namespace {

std::string code_of(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  return code;
}

std::optional<std::string> nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString out =
      normalizer->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

void run(const CheckContext& context, Reporter& reporter) {
  const std::string& text = context.document.text();
  const std::vector<ProseChar>& chars = prose_chars(context.document).chars;
  for (size_t i = 0; i < chars.size(); ++i) {
    const ProseChar& c = chars[i];
    const InvisibleKind kind = invisible_kind(c.cp);
    if (kind == InvisibleKind::none) continue;
    const Span span = span_of(c);
    const std::string code = code_of(c.cp);
    switch (kind) {
      case InvisibleKind::zero_width:
        reporter.report(span, "見えない書式文字（" + code + "）があります。削除します", Fix{span, ""});
        break;
      case InvisibleKind::bom:
        reporter.report(span, "本文中に BOM（U+FEFF、ゼロ幅ノーブレークスペース）があります。削除します", Fix{span, ""});
        break;
      case InvisibleKind::control:
        reporter.report(span, "制御文字（" + code + "）があります。削除します", Fix{span, ""});
        break;
      case InvisibleKind::replacement:
        reporter.report(span, "置換文字 U+FFFD（�）があります。変換前の文字が失われています（文字化け）: 原本で確認してください");
        break;
      case InvisibleKind::private_use:
        reporter.report(span, "私用領域の文字（" + code + "、外字）があります。他の環境では表示できません");
        break;
      case InvisibleKind::combining_kana: {
        // Decomposed kana (NFD): the base character and the combining mark(s) become one.
        if (i == 0 || chars[i - 1].offset + chars[i - 1].length != c.offset) {
          reporter.report(span, "結合用の濁点・半濁点（" + code + "）が単独であります。削除します", Fix{span, ""});
          break;
        }
        Span pair{chars[i - 1].offset, c.offset + c.length};
        std::string written = text.substr(pair.begin, pair.end - pair.begin);
        auto composed = nfc(written);
        if (composed && *composed != written) {
          reporter.report(pair, "分解された仮名（" + code_of(chars[i - 1].cp) + " + " + code + "）です。NFC 正規化で「" +
                                    *composed + "」にします",
                          Fix{pair, *composed});
        } else {
          reporter.report(span, "結合用の濁点・半濁点（" + code + "）は前の文字と合成できません。削除します", Fix{span, ""});
        }
        break;
      }
      case InvisibleKind::none: break;
    }
  }
}

const Check kInvisible{
    "invisible",
    Severity::warning,
    {
        "ゼロ幅文字・制御文字・本文中の BOM・U+FFFD・私用領域の文字・分解された仮名",
        "散文中の見えない文字を探します: ゼロ幅スペース・結合子（U+200B〜200F、U+2060〜2064）、双方向制御"
        "（U+202A〜202E、U+2066〜2069）、ソフトハイフン、本文中の BOM（U+FEFF）、タブ・改行以外の制御文字、"
        "置換文字 U+FFFD、私用領域（外字）、結合用の濁点・半濁点（U+3099・U+309A、NFD の「か＋゛」）。",
        "見えない文字は検索・置換・突合を静かに失敗させます（「デジタル庁」が見つからない）。U+FFFD は変換で"
        "文字が失われた跡、私用領域の文字は作成者の環境でしか表示されません。",
        "誤: デジ\\u200Bタル庁、か\\u3099（分解された「が」）\n正: デジタル庁、が",
        "[rules] invisible = \"off\" で無効化、重大度は \"error\" などに変更できます。",
        "ゼロ幅文字・BOM・制御文字は削除、分解された仮名は NFC で合成します（安全）。U+FFFD と私用領域の文字は"
        "元の文字が分からないため修正しません。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kInvisible);

}  // namespace
}  // namespace kosei
