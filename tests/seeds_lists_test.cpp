// The list rules on the seed documents (../shared/seeds): the exact findings that were read and
// agreed with, and the outline of 003 as the list model reads it.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/document.h"
#include "app/run.h"
#include "source/decode.h"
#include "test_support.h"

namespace fs = std::filesystem;
using kosei::testing::findings;
using kosei::testing::read_file;
using kosei::testing::seeds_dir;

namespace {

const std::vector<std::string> kListRules = {"list-numbering", "duplicate-item", "item-number", "count-mismatch"};

std::string seed(const std::string& prefix) {
  for (const auto& entry : fs::directory_iterator(seeds_dir())) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return entry.path().string();
  }
  return "";
}

#define REQUIRE_SEEDS()                                                                                   \
  if (seeds_dir().empty()) GTEST_SKIP() << "seed documents not found (../shared/seeds or KOSEI_SEEDS_DIR)"

std::vector<std::string> seed_findings(const std::string& prefix) {
  std::string path = seed(prefix);
  EXPECT_FALSE(path.empty()) << "no seed " << prefix;
  if (path.empty()) return {};
  return findings(read_file(path), kListRules, fs::path(path).filename().string());
}

using Strings = std::vector<std::string>;

}  // namespace

TEST(SeedsLists, Seed000ItemsTableAnd34ItemsAreClean) {
  REQUIRE_SEEDS();
  EXPECT_EQ(seed_findings("000_"), Strings{});
}

TEST(SeedsLists, Seed001Clean) {
  REQUIRE_SEEDS();
  EXPECT_EQ(seed_findings("001_"), Strings{});
}

TEST(SeedsLists, Seed002BoxesOutOfOrder) {
  REQUIRE_SEEDS();
  // ①データ創出 … ③データ利活用 … ②データ統合・管理: in the text, ② comes after ③.
  EXPECT_EQ(seed_findings("002_"), Strings{"821:1 list-numbering"});
}

TEST(SeedsLists, Seed003OutlineIsClean) {
  REQUIRE_SEEDS();
  EXPECT_EQ(seed_findings("003_"), Strings{});
}

TEST(SeedsLists, Seed004QuotedSectionNumbersAreClean) {
  REQUIRE_SEEDS();
  EXPECT_EQ(seed_findings("004_"), Strings{});
}

TEST(SeedsLists, Seed003OutlineStructure) {
  REQUIRE_SEEDS();
  std::string path = seed("003_");
  ASSERT_FALSE(path.empty());
  kosei::DecodeResult decoded = kosei::decode_bytes(read_file(path));
  ASSERT_TRUE(decoded.decoded);
  kosei::Document document(path, std::move(*decoded.decoded), kosei::builtin_knowledge());
  const kosei::Lists& lists = document.lists;
  // ３．４．５．６． at the top; ①–⑦ under ３．, （１）–（９） under ４．, ①② under ５．, （１）–（４） under ６．
  std::vector<std::string> outline;
  for (const kosei::ItemList& list : lists.lists) {
    std::string line = list.parent < 0 ? "top:" : std::to_string(lists.items[static_cast<size_t>(list.parent)].marker.number) + ":";
    for (size_t item : list.items) line += " " + std::to_string(lists.items[item].marker.number);
    outline.push_back(line);
  }
  EXPECT_EQ(outline, (Strings{"top: 3 4 5 6", "3: 1 2 3 4 5 6 7", "4: 1 2 3 4 5 6 7 8 9", "5: 1 2", "6: 1 2 3 4"}));
}
