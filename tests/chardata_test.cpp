#include "chardata/chardata.h"

#include <gtest/gtest.h>

#include <tuple>
#include <cstdio>
#include <map>
#include <string>

#include "canon/embedded.h"
#include "chars/invisible.h"

namespace kc = kosei::chardata;

namespace {

const kc::CharTables& tables() { return kc::builtin_char_tables(); }

}  // namespace

TEST(CharData, OldForms) {
  EXPECT_EQ(tables().standard_form_of_old(U'戰'), U'戦');
  EXPECT_EQ(tables().standard_form_of_old(U'點'), U'点');
  EXPECT_EQ(tables().standard_form_of_old(U'國'), U'国');
  EXPECT_EQ(tables().standard_form_of_old(U'參'), U'参');
  EXPECT_EQ(tables().standard_form_of_old(U'關'), U'関');
  EXPECT_EQ(tables().standard_form_of_old(U'發'), U'発');
  EXPECT_EQ(tables().standard_form_of_old(U'說'), U'説');  // Unihan kZVariant
  EXPECT_EQ(tables().standard_form_of_old(U'\uFA45'), U'海');  // compatibility ideograph 海
  EXPECT_FALSE(tables().standard_form_of_old(U'戦'));
  EXPECT_FALSE(tables().standard_form_of_old(U'国'));
  EXPECT_FALSE(tables().standard_form_of_old(U'嶋'));  // a name spelling, not an old form
  EXPECT_EQ(tables().standard_form_of_variant(U'髙'), U'高');
  EXPECT_FALSE(tables().standard_form_of_variant(U'高'));
}

TEST(CharData, ForeignHanzi) {
  EXPECT_EQ(tables().foreign_hanzi_fix(U'产'), U'産');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'资'), U'資');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'业'), U'業');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'发'), U'発');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'战'), U'戦');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'说'), U'説');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'门'), U'門');
  EXPECT_EQ(tables().foreign_hanzi_fix(U'们'), U'們');
  EXPECT_FALSE(tables().foreign_hanzi(U'国'));
  EXPECT_FALSE(tables().foreign_hanzi(U'産'));
  EXPECT_FALSE(tables().foreign_hanzi(U'学'));
  EXPECT_FALSE(tables().foreign_hanzi(U'髙'));  // in CP932, a Japanese variant
  EXPECT_FALSE(tables().foreign_hanzi(U'あ'));
  const kc::ForeignEntry* fa = tables().foreign_hanzi(U'发');
  ASSERT_NE(fa, nullptr);
  EXPECT_EQ(fa->candidates, U"発髪");
  // 历 is 暦 or 歴: no single fix, both listed.
  const kc::ForeignEntry* li = tables().foreign_hanzi(U'历');
  ASSERT_NE(li, nullptr);
  EXPECT_FALSE(li->has_fix);
  EXPECT_FALSE(tables().foreign_hanzi_fix(U'历'));
  EXPECT_EQ(li->candidates, U"暦歴");
}

TEST(CharData, CharacterSets) {
  const kc::CharTables& t = tables();
  EXPECT_TRUE(t.in_jisx0208(U'亜'));
  EXPECT_TRUE(t.in_jisx0208(U'熙'));   // level 2
  EXPECT_TRUE(t.in_jisx0208(U'　'));   // U+3000
  EXPECT_TRUE(t.in_jisx0208(U'〜'));   // U+301C, JIS mapping of 1-1-33
  EXPECT_TRUE(t.in_jisx0208(U'～'));   // U+FF5E, CP932 mapping of the same code point
  EXPECT_TRUE(t.in_jisx0208(U'―'));   // U+2015
  EXPECT_TRUE(t.in_jisx0208(U'—'));   // U+2014 (EUC-JISX0213 mapping of 1-1-29)
  EXPECT_FALSE(t.in_jisx0208(U'①'));
  EXPECT_FALSE(t.in_jisx0208(U'㈱'));
  EXPECT_FALSE(t.in_jisx0208(U'髙'));  // CP932 IBM extension only
  EXPECT_FALSE(t.in_jisx0208(U'﨑'));
  EXPECT_FALSE(t.in_jisx0208(U'✓'));
  EXPECT_FALSE(t.in_jisx0208(U'产'));
  EXPECT_FALSE(t.in_jisx0208(U'A'));   // ASCII is in no set
  EXPECT_FALSE(t.in_jisx0208(U'ｱ'));   // half-width katakana is JIS X 0201
  EXPECT_TRUE(t.in_jisx0201(U'ｱ'));
  EXPECT_TRUE(t.in_jisx0201(U'¥'));
  EXPECT_FALSE(t.in_jisx0201(U'ア'));

  EXPECT_TRUE(t.in_jisx0213(U'亜'));
  EXPECT_TRUE(t.in_jisx0213(U'①'));
  EXPECT_TRUE(t.in_jisx0213(U'㈱'));
  EXPECT_TRUE(t.in_jisx0213(U'\U00020B9F'));  // 𠮟, plane 1 but outside the BMP
  EXPECT_TRUE(t.in_jisx0213(U'\U0002A6B2'));  // 𪚲, the last character of plane 2
  EXPECT_FALSE(t.in_jisx0208(U'\U00020B9F'));
  EXPECT_TRUE(t.in_jisx0213(U'―'));  // alias of U+2014
  EXPECT_TRUE(t.in_jisx0213(U'—'));
  EXPECT_FALSE(t.in_jisx0213(U'髙'));  // what the EUC-JISX0213 charmap says
  EXPECT_FALSE(t.in_jisx0213(U'产'));
  EXPECT_TRUE(t.in_jisx0213(U'✓'));    // JIS X 0213 1-7-91 has it, JIS X 0208 does not
  EXPECT_FALSE(t.in_jisx0213(U'➤'));

  kc::CharTables::Sizes s = t.sizes();
  EXPECT_EQ(s.jisx0208, 6879u + 7u);  // 6879 characters + 7 vendor aliases
  EXPECT_GE(s.jisx0213, 11208u);
}

TEST(CharData, Joyo) {
  const kc::CharTables& t = tables();
  EXPECT_TRUE(t.is_joyo(U'国'));
  EXPECT_TRUE(t.is_joyo(U'\U00020B9F'));  // 𠮟 (2010)
  EXPECT_TRUE(t.is_joyo(U'叱'));           // its permitted form
  EXPECT_TRUE(t.is_joyo(U'剝'));
  EXPECT_TRUE(t.is_joyo(U'剥'));
  EXPECT_FALSE(t.is_joyo(U'國'));
  EXPECT_FALSE(t.is_joyo(U'靱'));
  EXPECT_TRUE(t.is_jinmeiyo(U'國'));
  EXPECT_TRUE(t.is_jinmeiyo(U'嶋'));
  EXPECT_FALSE(t.is_jinmeiyo(U'国'));
  EXPECT_EQ(t.sizes().joyo, 2136u + 4u);
  EXPECT_EQ(t.sizes().jinmeiyo, 863u);
}

TEST(CharData, BrokenTomlReportsLine) {
  std::map<std::string, std::string, std::less<>> files;
  for (const kosei::EmbeddedFile& f : kosei::embedded_rule_files()) files[std::string(f.path)] = f.content;
  files["rules/chars/old_kanji.toml"] = "# comment\nformat = 1\nold_forms = \"\"\"\n戰戦\n\"\"\"\nbad key = 1\nother_variants = \"\"\n";
  auto lookup = [&](std::string_view p) -> std::optional<std::string_view> {
    auto it = files.find(p);
    if (it == files.end()) return std::nullopt;
    return std::string_view(it->second);
  };
  kc::LoadResult<kc::CharTables> r = kc::load_char_tables(lookup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error.rfind("rules/chars/old_kanji.toml:6:", 0), 0u) << r.error;

  // A well-formed TOML file with a bad entry: the line of the entry.
  files["rules/chars/old_kanji.toml"] = "format = 1\nold_forms = \"\"\"\n戰戦 點点\n國国 參\n\"\"\"\n";
  r = kc::load_char_tables(lookup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error.rfind("rules/chars/old_kanji.toml:4:4: ", 0), 0u) << r.error;

  files["rules/chars/charset_jisx0208.toml"] = "format = 1\nchars = \"\"\"\n3000-3003\nXYZ\n\"\"\"\n";
  files.erase("rules/chars/old_kanji.toml");
  r = kc::load_char_tables(lookup);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error, "rules/chars/old_kanji.toml: file not found");

  auto terms = kc::load_terms("format = 1\nterms = [\n  { wrong = \"a\", right = \"b\" },\n  { wrong = \"c\" },\n]\n",
                              "terms.toml");
  ASSERT_FALSE(terms);
  EXPECT_EQ(terms.error.rfind("terms.toml:4:", 0), 0u) << terms.error;

  auto bad = kc::load_term_variants("format = 1\ngroups = [\n  { forms = [\"a\" \"b\"] },\n]\n", "tv.toml");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error.rfind("tv.toml:3:", 0), 0u) << bad.error;
}

TEST(CharData, Terms) {
  auto terms = kc::load_terms();
  ASSERT_TRUE(terms) << terms.error;
  EXPECT_GE(terms.value->size(), 40u);
  bool found = false;
  for (const kc::Term& t : *terms.value) {
    EXPECT_FALSE(t.wrong.empty());
    EXPECT_NE(t.wrong, t.right);
    EXPECT_FALSE(t.note.empty()) << t.wrong;
    if (t.wrong == "人口知能") {
      found = true;
      EXPECT_EQ(t.right, "人工知能");
      EXPECT_GT(t.line, 0);
    }
  }
  EXPECT_TRUE(found);
}

TEST(CharData, TermVariants) {
  auto groups = kc::load_term_variants();
  ASSERT_TRUE(groups) << groups.error;
  bool found = false;
  for (const kc::VariantGroup& g : *groups.value)
    if (g.preferred == "強靱") {
      found = true;
      EXPECT_EQ(g.forms, (std::vector<std::string>{"強靱", "強靭"}));
    }
  EXPECT_TRUE(found);
}

TEST(CharData, MinistryTags) {
  auto tags = kc::load_ministry_tags();
  ASSERT_TRUE(tags) << tags.error;
  const kc::MinistryTags& m = *tags.value;
  ASSERT_NE(m.find("文"), nullptr);
  EXPECT_EQ(m.find("文")->names.front(), "文部科学省");
  for (const char* abbr : {"経", "総", "農", "厚", "国", "環", "防", "外", "法", "警", "金融", "デジ", "科技", "宇宙",
                           "健康医療", "知財", "海洋", "関係府省", "関係府省庁", "NISC", "AMED室", "内"})
    EXPECT_NE(m.find(abbr), nullptr) << abbr;
  ASSERT_NE(m.find("個情委"), nullptr);  // alias
  EXPECT_EQ(m.find("個情委")->abbr, "個人");
  EXPECT_EQ(m.find("文科"), nullptr);
  EXPECT_EQ(m.find("出典"), nullptr);
  EXPECT_TRUE(m.find("子子")->abolished);
  EXPECT_NE(std::find(m.not_tags.begin(), m.not_tags.end(), "出典"), m.not_tags.end());
  EXPECT_NE(std::find(m.separators.begin(), m.separators.end(), "、"), m.separators.end());
}

// The built-in tables come from the array compiled at build time (tools/compile_rule_data.cpp);
// they must be exactly what the TOML loader reads from the embedded files.
TEST(CharData, CompiledTablesEqualTheLoadedOnes) {
  auto loaded = kc::load_char_tables(kc::embedded_file);
  ASSERT_TRUE(loaded) << loaded.error;
  EXPECT_TRUE(*loaded.value == tables());
  EXPECT_EQ(loaded.value->serialize(), tables().serialize());
  EXPECT_EQ(tables().sizes().jisx0208, 6879u + 7);  // with the vendor aliases (～ for 〜 …)
  EXPECT_EQ(tables().sizes().jisx0213, 11208u + 4);
}

// The term data the no-argument loaders return is compiled at build time as well: it must be what
// the TOML loaders read from the embedded files, field by field.
TEST(CharData, CompiledTermDataEqualsTheLoadedOne) {
  auto text = [](const char* path) { return *kc::embedded_file(path); };
  auto terms = kc::load_terms(text("rules/terms.toml"), "rules/terms.toml");
  auto compiled_terms = kc::load_terms();
  ASSERT_TRUE(terms && compiled_terms) << terms.error << compiled_terms.error;
  ASSERT_EQ(terms.value->size(), compiled_terms.value->size());
  for (size_t i = 0; i < terms.value->size(); ++i) {
    const kc::Term& a = (*terms.value)[i];
    const kc::Term& b = (*compiled_terms.value)[i];
    EXPECT_EQ(std::tie(a.wrong, a.right, a.note, a.context, a.exclude, a.line),
              std::tie(b.wrong, b.right, b.note, b.context, b.exclude, b.line)) << i;
  }
  auto groups = kc::load_term_variants(text("rules/term_variants.toml"), "rules/term_variants.toml");
  auto compiled_groups = kc::load_term_variants();
  ASSERT_TRUE(groups && compiled_groups) << groups.error << compiled_groups.error;
  ASSERT_EQ(groups.value->size(), compiled_groups.value->size());
  for (size_t i = 0; i < groups.value->size(); ++i) {
    const kc::VariantGroup& a = (*groups.value)[i];
    const kc::VariantGroup& b = (*compiled_groups.value)[i];
    EXPECT_EQ(std::tie(a.forms, a.preferred, a.note, a.line), std::tie(b.forms, b.preferred, b.note, b.line)) << i;
  }
  auto tags = kc::load_ministry_tags(text("rules/ministry_tags.toml"), "rules/ministry_tags.toml");
  auto compiled_tags = kc::load_ministry_tags();
  ASSERT_TRUE(tags && compiled_tags) << tags.error << compiled_tags.error;
  EXPECT_EQ(kc::serialize(*tags.value), kc::serialize(*compiled_tags.value));
  ASSERT_EQ(tags.value->tags.size(), compiled_tags.value->tags.size());
  EXPECT_EQ(compiled_tags.value->tags.front().names, tags.value->tags.front().names);
  EXPECT_EQ(compiled_tags.value->aliases.size(), tags.value->aliases.size());
  EXPECT_EQ(compiled_tags.value->max_tag_length, tags.value->max_tag_length);
}

TEST(CharData, DeserializeRejectsTruncatedTermData) {
  const std::vector<std::uint32_t> words = kc::serialize(*kc::load_terms().value);
  std::vector<kc::Term> out;
  ASSERT_TRUE(kc::deserialize(words.data(), words.size(), out));
  for (size_t cut : {size_t{0}, size_t{1}, size_t{3}, words.size() / 2, words.size() - 1}) {
    std::vector<kc::Term> partial;
    EXPECT_FALSE(kc::deserialize(words.data(), cut, partial)) << cut;
  }
  std::vector<std::uint32_t> longer = words;
  longer.push_back(0);
  EXPECT_FALSE(kc::deserialize(longer.data(), longer.size(), out));
  std::vector<std::uint32_t> huge_length = words;
  huge_length[0] = 0xFFFFFFFFu;  // an entry count no array could hold
  EXPECT_FALSE(kc::deserialize(huge_length.data(), huge_length.size(), out));
  std::vector<std::uint32_t> huge_string = words;
  huge_string[1] = 0xFFFFFFF0u;  // the first string's byte length
  EXPECT_FALSE(kc::deserialize(huge_string.data(), huge_string.size(), out));
}

TEST(CharData, DeserializeRejectsTruncatedOrForeignData) {
  const std::vector<std::uint32_t> words = tables().serialize();
  kc::CharTables out;
  ASSERT_TRUE(kc::CharTables::deserialize(words.data(), words.size(), out));
  EXPECT_TRUE(out == tables());
  for (size_t cut : {size_t{0}, size_t{1}, size_t{5}, words.size() / 2, words.size() - 1}) {
    kc::CharTables partial;
    EXPECT_FALSE(kc::CharTables::deserialize(words.data(), cut, partial)) << cut;
  }
  std::vector<std::uint32_t> longer = words;
  longer.push_back(0);
  EXPECT_FALSE(kc::CharTables::deserialize(longer.data(), longer.size(), out));
  std::vector<std::uint32_t> wrong_magic = words;
  wrong_magic[0] ^= 1;
  EXPECT_FALSE(kc::CharTables::deserialize(wrong_magic.data(), wrong_magic.size(), out));
}

// invisible_kind() answers kana and kanji with one test before the list of ranges; every code
// point must still get the kind the list gives it.
TEST(Invisible, KindOfEveryCodePointIsTheListed) {
  using kosei::InvisibleKind;
  using kosei::invisible_kind;
  struct Range {
    char32_t first, last;
    InvisibleKind kind;
  };
  const Range listed[] = {
      {0x00, 0x08, InvisibleKind::control},        {0x0B, 0x0C, InvisibleKind::control},
      {0x0E, 0x1F, InvisibleKind::control},        {0x7F, 0x9F, InvisibleKind::control},
      {0xAD, 0xAD, InvisibleKind::zero_width},     {0x34F, 0x34F, InvisibleKind::zero_width},
      {0x61C, 0x61C, InvisibleKind::zero_width},   {0x180E, 0x180E, InvisibleKind::zero_width},
      {0x200B, 0x200F, InvisibleKind::zero_width}, {0x202A, 0x202E, InvisibleKind::zero_width},
      {0x2060, 0x2064, InvisibleKind::zero_width}, {0x2066, 0x2069, InvisibleKind::zero_width},
      {0x3099, 0x309A, InvisibleKind::combining_kana}, {0xE000, 0xF8FF, InvisibleKind::private_use},
      {0xFEFF, 0xFEFF, InvisibleKind::bom},        {0xFFFD, 0xFFFD, InvisibleKind::replacement},
      {0xF0000, 0x10FFFF, InvisibleKind::private_use},
  };
  size_t wrong = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    InvisibleKind expected = InvisibleKind::none;
    for (const Range& range : listed) {
      if (cp >= range.first && cp <= range.last) expected = range.kind;
    }
    if (invisible_kind(cp) != expected && ++wrong <= 5) ADD_FAILURE() << std::hex << "U+" << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(wrong, 0u);
}
