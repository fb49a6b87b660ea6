#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "config/config.h"

using namespace kosei;

TEST(Config, SeveritiesOffAndOverrides) {
  Config config;
  auto error = parse_config(
      "[rules]\n\"field-name\" = \"error\"\n\"field-list\" = \"off\"\n"
      "[[overrides]]\npaths = [\"archive/**\"]\nrules = { \"field-number\" = \"off\", \"field-name\" = \"info\" }\n",
      "/repo/kosei.toml", config);
  ASSERT_FALSE(error.has_value()) << error->to_string();
  EXPECT_EQ(config.setting_for("field-name", "drafts/a.md").severity, Severity::error);
  EXPECT_TRUE(config.setting_for("field-list", "drafts/a.md").off);
  EXPECT_FALSE(config.setting_for("field-number", "drafts/a.md").off);
  EXPECT_TRUE(config.setting_for("field-number", "archive/2024/a.md").off);
  EXPECT_EQ(config.setting_for("field-name", "archive/2024/a.md").severity, Severity::info);
}

TEST(Config, CanonFilesResolveAgainstTheConfigDirectory) {
  Config config;
  ASSERT_FALSE(parse_config("[canon]\nfiles = [\"data/next.toml\"]\nreplace_builtin = true\n", "/repo/kosei.toml", config));
  ASSERT_EQ(config.canon_files.size(), 1u);
  EXPECT_EQ(config.canon_files[0], "/repo/data/next.toml");
  EXPECT_TRUE(config.replace_builtin_canon);
}

TEST(Config, UnknownRuleIsAnErrorWithLine) {
  Config config;
  auto error = parse_config("[rules]\n\"field-nmae\" = \"error\"\n", "kosei.toml", config);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->line, 2u);
  EXPECT_NE(error->message.find("field-nmae"), std::string::npos);
}

TEST(Config, UnknownTopLevelKeyIsAnError) {
  Config config;
  auto error = parse_config("[rule]\n", "kosei.toml", config);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->line, 1u);
}

TEST(Config, BadSeverityIsAnError) {
  Config config;
  auto error = parse_config("[rules]\n\"field-name\" = \"fatal\"\n", "kosei.toml", config);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("fatal"), std::string::npos);
}

TEST(Config, DiscoveryWalksUpAndPrefersKoseiToml) {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "kosei-config-discovery";
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b");
  std::ofstream(root / ".kosei.toml") << "";
  EXPECT_EQ(find_config_for((root / "a" / "b").string()), (root / ".kosei.toml").string());
  std::ofstream(root / "a" / "kosei.toml") << "";
  EXPECT_EQ(find_config_for((root / "a" / "b").string()), (root / "a" / "kosei.toml").string());
  fs::remove_all(root);
}

TEST(Config, GlobsCrossDirectories) {
  EXPECT_TRUE(glob_match("archive/**", "archive/2024/x.md"));
  EXPECT_TRUE(glob_match("**/*.txt", "a/b/c.txt"));
  EXPECT_FALSE(glob_match("archive/**", "drafts/x.md"));
}
