// Canonical list 4 (rules/canon/items.toml): the built-in data, and validation with file:line.
#include <gtest/gtest.h>

#include "app/run.h"
#include "canon/canon.h"
#include "items/items.h"

using namespace kosei;

TEST(ItemsCanon, BuiltinItemsTable) {
  const ItemCatalog& items = builtin_knowledge().items;
  ASSERT_EQ(items.fields.size(), 14u);  // 17 fields less 合成生物学・バイオ, フュージョン, 防災・国土強靱化
  int all = 0;
  int this_round = 0;
  for (const ItemField& field : items.fields) {
    for (const CanonItem& item : field.items) {
      ++all;
      this_round += item.this_round ? 1 : 0;
    }
  }
  EXPECT_EQ(all, 59);
  EXPECT_EQ(this_round, 34);
  EXPECT_EQ(items.this_round_count, 34);
  const ItemField* material = items.field("マテリアル（重要鉱物・部素材）");
  ASSERT_NE(material, nullptr);
  ASSERT_NE(material->by_number(2), nullptr);
  EXPECT_EQ(material->by_number(2)->name, "グリーン鉄");
  EXPECT_EQ(material->by_number(2)->same_as_field, "資源・エネルギー安全保障・GX");
  EXPECT_EQ(material->by_number(2)->same_as_number, 3);
  const ItemField* ai = items.field("AI・半導体");
  ASSERT_NE(ai, nullptr);
  EXPECT_EQ(ai->by_number(3)->aliases, std::vector<std::string>{"バーティカルAI"});
}

TEST(ItemsCanon, NextYearsItemsNeedNoCode) {
  CanonData data;
  ASSERT_FALSE(load_builtin_canon(data));
  auto error = load_canon_text(
      "[[items.field]]\nfield = \"量子\"\n[[items.field.items]]\nnumber = 4\nname = \"量子マテリアル\"\n"
      "[[items.field.items]]\nnumber = 1\nname = \"量子コンピューティング\"\n",
      "next_year.toml", data);
  ASSERT_FALSE(error) << error->to_string();
  ItemCatalog items = ItemCatalog::from(data);
  const ItemField* quantum = items.field("量子");
  ASSERT_NE(quantum, nullptr);
  ASSERT_EQ(quantum->items.size(), 2u);  // the user's field replaces the built-in one
  EXPECT_EQ(quantum->by_number(4)->name, "量子マテリアル");
}

TEST(ItemsCanon, ErrorsCarryFileAndLine) {
  CanonData data;
  auto duplicate = load_canon_text(
      "[[items.field]]\nfield = \"量子\"\n[[items.field.items]]\nnumber = 1\nname = \"A\"\n"
      "[[items.field.items]]\nnumber = 1\nname = \"B\"\n",
      "bad.toml", data);
  ASSERT_TRUE(duplicate);
  EXPECT_EQ(duplicate->file, "bad.toml");
  EXPECT_EQ(duplicate->line, 6u);
  EXPECT_NE(duplicate->message.find("番号 1 が重複"), std::string::npos);

  auto unknown_key = load_canon_text("[items]\ntitel = \"x\"\n", "typo.toml", data);
  ASSERT_TRUE(unknown_key);
  EXPECT_EQ(unknown_key->to_string().rfind("typo.toml:2:", 0), 0u) << unknown_key->to_string();

  auto count = load_canon_text(
      "[items.this_round]\ncount = 2\n[[items.field]]\nfield = \"量子\"\n[[items.field.items]]\nnumber = 1\n"
      "name = \"A\"\nthis_round = true\n",
      "count.toml", data);
  ASSERT_TRUE(count);
  EXPECT_EQ(count->line, 1u);
  EXPECT_NE(count->message.find("this_round"), std::string::npos);

  auto cross = load_canon_text(
      "[[items.field]]\nfield = \"量子\"\n[[items.field.items]]\nnumber = 1\nname = \"A\"\n"
      "same_as_field = \"造船\"\nsame_as_number = 2\n[[items.field]]\nfield = \"造船\"\n"
      "[[items.field.items]]\nnumber = 1\nname = \"B\"\n",
      "cross.toml", data);
  ASSERT_TRUE(cross);
  EXPECT_NE(cross->message.find("same_as"), std::string::npos);
}
