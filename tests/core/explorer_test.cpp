#include <gtest/gtest.h>

#include "core/explorer.h"
#include "core/runner.h"
#include "fixture.h"

using namespace senales;

class ExplorerTest : public ::testing::Test {
protected:
    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
};

TEST_F(ExplorerTest, FindsUnreachableScenes) {
    ExplorationReport report = explore(scenario, catalog);
    ASSERT_EQ(report.unreachable.size(), 1u);
    EXPECT_EQ(scenario.scenes[report.unreachable[0]].id, "orphan");
    EXPECT_TRUE(report.dead_ends.empty());
    EXPECT_FALSE(report.states_truncated);
}

TEST_F(ExplorerTest, BoundsLoopsAndCountsPaths) {
    ExplorationReport report = explore(scenario, catalog);
    EXPECT_TRUE(report.has_loops);
    EXPECT_GT(report.paths, 4u);
    EXPECT_FALSE(report.paths_truncated);
    ExplorationReport capped = explore(scenario, catalog, {1'000'000, 3});
    EXPECT_EQ(capped.paths, 3u);
    EXPECT_TRUE(capped.paths_truncated);
}

TEST_F(ExplorerTest, StopsAPathAtTheDepthLimit) {
    ExploreLimits shallow;
    shallow.max_depth = 2;  // the start and one more scene: no ending is that close
    ExplorationReport report = explore(scenario, catalog, shallow);
    EXPECT_TRUE(report.paths_truncated);
    EXPECT_EQ(report.paths, 0u);
    EXPECT_LT(report.best.ending, 0);
}

TEST_F(ExplorerTest, ClaimsNothingUnreachableWhenStatesWereLeftUnseen) {
    ExploreLimits few;
    few.max_states = 2;
    ExplorationReport report = explore(scenario, catalog, few);
    EXPECT_TRUE(report.states_truncated);
    EXPECT_TRUE(report.unreachable.empty());
    EXPECT_TRUE(report.details_never_shown.empty());
    EXPECT_TRUE(report.choices_never_offered.empty());
}

TEST_F(ExplorerTest, BestPathFlagsEverySignAndPasses) {
    ExplorationReport report = explore(scenario, catalog);
    EXPECT_EQ(report.best.score.overall, 100);
    EXPECT_TRUE(report.best.score.passed);
    EXPECT_EQ(scenario.scenes[report.best.ending].id, "referred");
    Runner runner(scenario, catalog, ChoiceOrder::authored());
    ASSERT_FALSE(runner.replay(report.best.steps));
    EXPECT_EQ(runner.state().flagged, (std::vector<std::string>{"manager_answers", "passport_kept", "debt_talk"}));
}

TEST_F(ExplorerTest, WorstPathFails) {
    ExplorationReport report = explore(scenario, catalog);
    EXPECT_FALSE(report.worst.score.passed);
    EXPECT_LT(report.worst.score.overall, report.best.score.overall);
    Runner runner(scenario, catalog, ChoiceOrder::authored());
    ASSERT_FALSE(runner.replay(report.worst.steps));
    EXPECT_TRUE(runner.finished());
    EXPECT_EQ(runner.state().flagged, std::vector<std::string>{"dress"});
}

TEST_F(ExplorerTest, FindsDeadEndsThatOnlyConditionsCreate) {
    // Every way out of "private" now needs trust >= 3, which the path through "questioned" never has.
    auto needs_trust = std::get<Condition>(Condition::parse("trust >= 2", scenario.variable_names));
    for (Choice& choice : scenario.scenes[1].choices) choice.when = needs_trust;
    ExplorationReport report = explore(scenario, catalog);
    ASSERT_EQ(report.dead_ends.size(), 1u);
    EXPECT_EQ(scenario.scenes[report.dead_ends[0].scene].id, "private");
    EXPECT_LT(report.dead_ends[0].variables[0], 2);
}

TEST_F(ExplorerTest, ReportsDetailsNeverShownAndChoicesNeverOffered) {
    auto never = std::get<Condition>(Condition::parse("trust > 9", scenario.variable_names));
    scenario.scenes[0].details[1].when = never;
    scenario.scenes[0].choices[1].when = never;
    ExplorationReport report = explore(scenario, catalog);
    ASSERT_EQ(report.details_never_shown.size(), 1u);
    EXPECT_EQ(report.details_never_shown[0], (std::pair<int, int>{0, 1}));
    bool arrival_choice = false;
    for (auto [scene, choice] : report.choices_never_offered) arrival_choice |= scene == 0 && choice == 1;
    EXPECT_TRUE(arrival_choice);
}
