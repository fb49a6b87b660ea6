// The shipped .pre-commit-hooks.yaml, run by the real pre-commit (tests/precommit_hook_test.sh).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <string>

TEST(PreCommit, HooksRunWithTryRepo) {
  std::string command = std::string("bash ") + KOSEI_SOURCE_DIR + "/tests/precommit_hook_test.sh " + KOSEI_SOURCE_DIR +
                        " " + KOSEI_BINARY;
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  if (WEXITSTATUS(status) == 77) GTEST_SKIP() << "pre-commit がありません（apt-get install pre-commit）: フックの試験を省略";
  EXPECT_EQ(WEXITSTATUS(status), 0);
}
