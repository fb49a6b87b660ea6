// CheckPreparation runs the rules' `prepare` hooks on a helper thread while `kosei check` reads the
// canonical data and the files; it must run each hook once, tolerate a failing one, and be done
// when it is destroyed.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

#include "checks/check.h"

using namespace kosei;

namespace {

std::atomic<int> g_prepared{0};

void count_preparation() { ++g_prepared; }
void fail_preparation() { throw std::runtime_error("broken data"); }
void no_run(const CheckContext&, Reporter&) {}

}  // namespace

TEST(CheckPreparation, RunsEveryHookOnceAndSurvivesAFailingOne) {
  g_prepared = 0;
  const Check counting{"counting", Severity::warning, {}, &no_run, {}, &count_preparation};
  const Check failing{"failing", Severity::warning, {}, &no_run, {}, &fail_preparation};
  const Check without{"without", Severity::warning, {}, &no_run};
  {
    CheckPreparation preparation({&failing, &counting, &without, &counting});
  }
  EXPECT_EQ(g_prepared.load(), 2);
}

TEST(CheckPreparation, TheBuiltInRulesPrepareTheirData) {
  std::vector<const Check*> checks;
  for (const Check& check : all_checks()) checks.push_back(&check);
  size_t with_hook = 0;
  for (const Check* check : checks) with_hook += check->prepare != nullptr;
  EXPECT_EQ(with_hook, 6u);  // term, term-variant, ministry-tag, old-kanji, foreign-hanzi, non-jis
  CheckPreparation preparation(checks);  // joined at the end of the scope, without failure
}
