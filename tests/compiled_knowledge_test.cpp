// The built-in canonical knowledge kosei starts from is compiled at build time
// (tools/compile_rule_data.cpp, compiled/knowledge_codec.h): it must be exactly what the TOML
// loaders read from the embedded rules/canon/*.toml, and malformed words must be refused.
#include <gtest/gtest.h>

#include "app/run.h"
#include "canon/canon.h"
#include "chardata/chardata.h"
#include "compiled/knowledge_codec.h"

using namespace kosei;

namespace {

std::unique_ptr<Knowledge> knowledge_from_toml() {
  CanonData data;
  auto failure = load_builtin_canon(data);
  EXPECT_FALSE(failure) << (failure ? failure->to_string() : "");
  return std::make_unique<Knowledge>(std::move(data));
}

}  // namespace

TEST(CompiledKnowledge, TheExecutablesCarryTheCompiledData) {
  EXPECT_TRUE(has_compiled_knowledge());
  EXPECT_TRUE(chardata::has_compiled_data());
}

TEST(CompiledKnowledge, EqualsWhatTheTomlLoadersRead) {
  std::unique_ptr<Knowledge> from_toml = knowledge_from_toml();
  const Knowledge& compiled = builtin_knowledge();
  // Every serialized field, word for word …
  EXPECT_EQ(serialize_knowledge(compiled), serialize_knowledge(*from_toml));
  // … and what the checks read from it.
  ASSERT_EQ(compiled.canon.lists.size(), from_toml->canon.lists.size());
  for (size_t i = 0; i < compiled.canon.lists.size(); ++i) {
    const CanonList& a = compiled.canon.lists[i];
    const CanonList& b = from_toml->canon.lists[i];
    EXPECT_EQ(a.id, b.id);
    ASSERT_EQ(a.members.size(), b.members.size()) << a.id;
    for (size_t m = 0; m < a.members.size(); ++m) {
      EXPECT_EQ(a.members[m].name, b.members[m].name);
      EXPECT_EQ(a.members[m].aliases, b.members[m].aliases);
      EXPECT_EQ(a.members[m].experts, b.members[m].experts);
    }
  }
  const CanonList* fields = compiled.canon.list_by_id("strategic-fields");
  ASSERT_NE(fields, nullptr);
  EXPECT_EQ(fields->members.size(), 17u);
  EXPECT_TRUE(fields->primary);
  ASSERT_EQ(compiled.figures.figures.size(), from_toml->figures.figures.size());
  for (size_t i = 0; i < compiled.figures.figures.size(); ++i) {
    const CanonFigure& a = compiled.figures.figures[i];
    const CanonFigure& b = from_toml->figures.figures[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.match, b.match);
    ASSERT_EQ(a.values.size(), b.values.size()) << a.id;
    for (size_t v = 0; v < a.values.size(); ++v) {
      EXPECT_EQ(a.values[v].written, b.values[v].written);
      EXPECT_EQ(a.values[v].kind, b.values[v].kind);
      EXPECT_EQ(a.values[v].amount.base_value().to_string(), b.values[v].amount.base_value().to_string());
      EXPECT_EQ(a.values[v].amount.unit, b.values[v].amount.unit);
    }
  }
  EXPECT_EQ(compiled.items.this_round_count, 34);
  EXPECT_EQ(compiled.items.fields.size(), from_toml->items.fields.size());
  // The field matcher is built from the lists at start-up: a draft gets the same findings.
  const std::string draft =
      "戦略17分野は、①AI・半導体、②造船、③量子、④合成生物学・バイオ、⑤航空・宇宙です。\n"
      "マテリアル先端リサーチインフラ（ARIM）の令和8年度予算額は21.9億円です。\n"
      "⑧ 創薬・医療\n";
  std::string error;
  auto with_compiled = check_bytes(draft, "draft.md", compiled, {}, &error);
  auto with_toml = check_bytes(draft, "draft.md", *from_toml, {}, &error);
  ASSERT_TRUE(with_compiled && with_toml) << error;
  ASSERT_EQ(with_compiled->diagnostics.size(), with_toml->diagnostics.size());
  EXPECT_FALSE(with_compiled->diagnostics.empty());
  for (size_t i = 0; i < with_compiled->diagnostics.size(); ++i) {
    EXPECT_EQ(with_compiled->diagnostics[i].rule, with_toml->diagnostics[i].rule);
    EXPECT_EQ(with_compiled->diagnostics[i].message, with_toml->diagnostics[i].message);
    EXPECT_EQ(with_compiled->diagnostics[i].location.byte_begin, with_toml->diagnostics[i].location.byte_begin);
  }
}

TEST(CompiledKnowledge, MalformedWordsAreRefused) {
  const std::vector<std::uint32_t> words = serialize_knowledge(builtin_knowledge());
  ASSERT_NE(deserialize_knowledge(words.data(), words.size()), nullptr);
  for (size_t cut : {size_t{0}, size_t{1}, size_t{2}, words.size() / 3, words.size() / 2, words.size() - 1}) {
    EXPECT_EQ(deserialize_knowledge(words.data(), cut), nullptr) << cut;
  }
  std::vector<std::uint32_t> longer = words;
  longer.push_back(0);
  EXPECT_EQ(deserialize_knowledge(longer.data(), longer.size()), nullptr);
  std::vector<std::uint32_t> wrong_magic = words;
  wrong_magic[0] ^= 1;
  EXPECT_EQ(deserialize_knowledge(wrong_magic.data(), wrong_magic.size()), nullptr);
  std::vector<std::uint32_t> huge_count = words;
  huge_count[1] = 0x7FFFFFFFu;  // the number of lists
  EXPECT_EQ(deserialize_knowledge(huge_count.data(), huge_count.size()), nullptr);
}
