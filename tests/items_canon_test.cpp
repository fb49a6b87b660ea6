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

TEST(ItemsCanon, LabelsFindTheirItemByNameAliasOrNameAndMore) {
  const ItemCatalog& items = builtin_knowledge().items;  // the compiled data's decoder builds the index
  const ItemField* ai = items.field("AI・半導体");
  const ItemField* network = items.field("情報通信");
  const ItemField* defense = items.field("防衛産業");
  ASSERT_TRUE(ai && network && defense);
  auto name_of = [](const CanonItem* item) { return item ? item->name : std::string("(none)"); };
  EXPECT_EQ(name_of(ai->by_key(item_key("バーティカルAI（領域特化型AI）"), false)), "バーティカルAI（領域特化型AI）");
  EXPECT_EQ(name_of(ai->by_key(item_key("バーティカルAI"), false)), "バーティカルAI（領域特化型AI）");  // alias
  EXPECT_EQ(name_of(ai->by_key(item_key("フィジカルAI（注1）"), false)), "フィジカルAI（特にAIロボット）");
  // Two keys begin the label: the longer one (the alias with (APN)) decides; both are one item here.
  EXPECT_EQ(name_of(network->by_key(item_key("オール光ネットワーク（APN）（再掲）"), false)),
            "オール光ネットワーク（APN：All-Photonics Network）");
  EXPECT_EQ(name_of(network->by_key(item_key("海底ケーブル、陸揚げ局"), false)), "海底ケーブル");
  EXPECT_EQ(name_of(network->by_key(item_key("海底ケーブル【新規】"), false)), "海底ケーブル");
  // A particle ends the name only in prose (`loose`); a longer word is another word.
  EXPECT_EQ(name_of(defense->by_key(item_key("艦艇については"), true)), "艦艇");
  EXPECT_EQ(defense->by_key(item_key("艦艇については"), false), nullptr);
  EXPECT_EQ(defense->by_key(item_key("艦艇群"), true), nullptr);
  EXPECT_EQ(defense->by_key("", true), nullptr);
  EXPECT_EQ(ai->by_key(item_key("艦艇"), false), nullptr);  // another field's item
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
  EXPECT_EQ(quantum->by_key(item_key("量子マテリアル(注)"), false), quantum->by_number(4));  // indexed by from()
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
