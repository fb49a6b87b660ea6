#include <gtest/gtest.h>

#include "canon/canon.h"

using namespace kosei;

TEST(Canon, BuiltinListsLoad) {
  CanonData data;
  auto error = load_builtin_canon(data);
  ASSERT_FALSE(error.has_value()) << error->to_string();
  const CanonList* fields = data.list_by_id("strategic-fields");
  ASSERT_NE(fields, nullptr);
  ASSERT_EQ(fields->members.size(), 17u);
  EXPECT_EQ(fields->member_by_number(14)->name, "港湾ロジスティクス");
  EXPECT_EQ(fields->member_by_number(10)->name, "防災・国土強靱化");
  EXPECT_EQ(fields->member_by_number(1)->experts, 9);
  EXPECT_TRUE(fields->primary);
  const CanonList* areas = data.list_by_id("key-technology-areas");
  ASSERT_NE(areas, nullptr);
  EXPECT_EQ(areas->member_by_number(6)->name, "防災・国土強靱化");
  ASSERT_EQ(areas->groups.size(), 2u);
  EXPECT_EQ(areas->groups[1].first, 12);
  ASSERT_NE(data.list_by_id("cross-cutting-issues"), nullptr);
  EXPECT_EQ(data.list_by_id("cross-cutting-issues")->members.size(), 8u);
}

namespace {

CanonError load_error(const std::string& text) {
  CanonData data;
  auto error = load_canon_text(text, "bad.toml", data);
  EXPECT_TRUE(error.has_value());
  return error.value_or(CanonError{});
}

const char* kListHeader = "[[list]]\nid = \"x\"\ntitle = \"T\"\nmember_noun = \"分野\"\n";

}  // namespace

TEST(Canon, SyntaxErrorNamesFileAndLine) {
  CanonError error = load_error(std::string(kListHeader) + "[[list.members]]\nnumber = 1\nname = \"量子\n");
  EXPECT_EQ(error.file, "bad.toml");
  EXPECT_EQ(error.line, 7u);
  EXPECT_NE(error.to_string().find("bad.toml:7:"), std::string::npos);
}

TEST(Canon, UnknownKeyIsAnErrorAtItsLine) {
  CanonError error = load_error(std::string(kListHeader) + "[[list.members]]\nnumber = 1\nname = \"量子\"\nnmae = \"x\"\n");
  EXPECT_EQ(error.line, 8u);
  EXPECT_NE(error.message.find("nmae"), std::string::npos);
}

TEST(Canon, WrongTypeIsAnError) {
  CanonError error = load_error(std::string(kListHeader) + "[[list.members]]\nnumber = \"1\"\nname = \"量子\"\n");
  EXPECT_EQ(error.line, 6u);
  EXPECT_NE(error.message.find("整数"), std::string::npos);
}

TEST(Canon, DuplicateNumberIsAnError) {
  CanonError error = load_error(std::string(kListHeader) +
                                "[[list.members]]\nnumber = 1\nname = \"量子\"\n[[list.members]]\nnumber = 1\nname = \"造船\"\n");
  EXPECT_EQ(error.line, 8u);
  EXPECT_NE(error.message.find("重複"), std::string::npos);
}

TEST(Canon, DuplicateNameIsAnError) {
  CanonError error = load_error(std::string(kListHeader) +
                                "[[list.members]]\nnumber = 1\nname = \"量子\"\n[[list.members]]\nnumber = 2\nname = \"量子\"\n");
  EXPECT_NE(error.message.find("量子"), std::string::npos);
}

TEST(Canon, MissingNameIsAnError) {
  CanonError error = load_error(std::string(kListHeader) + "[[list.members]]\nnumber = 1\n");
  EXPECT_NE(error.message.find("name"), std::string::npos);
  EXPECT_EQ(error.line, 5u);
}

TEST(Canon, NumberOutOfRangeIsAnError) {
  CanonError error = load_error(std::string(kListHeader) + "[[list.members]]\nnumber = 0\nname = \"量子\"\n");
  EXPECT_NE(error.message.find("範囲外"), std::string::npos);
}

TEST(Canon, UserListWithTheSameIdReplacesTheBuiltinOne) {
  CanonData data;
  ASSERT_FALSE(load_builtin_canon(data).has_value());
  std::string next_year =
      "[[list]]\nid = \"strategic-fields\"\ntitle = \"戦略18分野\"\nmember_noun = \"戦略分野\"\nprimary = true\n"
      "[[list.members]]\nnumber = 1\nname = \"AI・半導体\"\n[[list.members]]\nnumber = 18\nname = \"宇宙輸送\"\n";
  ASSERT_FALSE(load_canon_text(next_year, "next.toml", data).has_value());
  const CanonList* fields = data.list_by_id("strategic-fields");
  ASSERT_NE(fields, nullptr);
  EXPECT_EQ(fields->members.size(), 2u);
  EXPECT_EQ(fields->member_by_number(18)->name, "宇宙輸送");
  EXPECT_EQ(data.lists.size(), 3u);
}
