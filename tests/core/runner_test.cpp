#include <gtest/gtest.h>

#include "core/runner.h"
#include "fixture.h"

using namespace senales;

class RunnerTest : public ::testing::Test {
protected:
    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
    Runner runner{scenario, catalog, ChoiceOrder::authored()};
};

TEST_F(RunnerTest, StartsAtTheStartSceneWithInitialVariables) {
    EXPECT_EQ(runner.scene().id, "arrival");
    EXPECT_EQ(runner.state().variables, std::vector<int>{1});
    EXPECT_EQ(runner.available_choices(), (std::vector<int>{0, 1}));
    EXPECT_EQ(runner.visible_details().size(), 2u);
    EXPECT_FALSE(runner.finished());
}

TEST_F(RunnerTest, ChoosingAppliesEffectsAndMoves) {
    ChoiceFeedback feedback;
    EXPECT_FALSE(runner.choose_offered(1, &feedback));
    EXPECT_EQ(runner.scene().id, "private");
    EXPECT_EQ(runner.state().variables, std::vector<int>{2});
    EXPECT_EQ(feedback.practices, std::vector<std::string>{"separate_from_companion"});
    EXPECT_EQ(feedback.note.en, "Safe");  // the catalog's explanation when the author wrote none
}

TEST_F(RunnerTest, HarmFeedbackSaysWhatToDoInstead) {
    ChoiceFeedback feedback;
    runner.choose_offered(2, &feedback);
    EXPECT_EQ(feedback.harms, std::vector<std::string>{"interview_in_front"});
    EXPECT_EQ(feedback.note.en, "Separate first");
}

TEST_F(RunnerTest, DetailsWithConditionsShowOnlyWhenTheyHold) {
    runner.choose_offered(1);  // trust 2: the debt is mentioned
    EXPECT_EQ(runner.visible_details().size(), 2u);
    runner.restart();
    runner.choose_offered(2);  // trust 0
    runner.choose_offered(1);  // aside, trust stays 0
    EXPECT_EQ(runner.scene().id, "private");
    EXPECT_EQ(runner.visible_details(), std::vector<int>{0});
}

TEST_F(RunnerTest, FlagsOnlyWhatIsVisibleNow) {
    EXPECT_FALSE(runner.flag("manager_answers"));
    EXPECT_TRUE(runner.flag("manager_answers"));  // already flagged
    auto error = runner.flag("passport_kept");
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("details here: manager_answers dress"), std::string::npos);
    EXPECT_FALSE(runner.unflag("manager_answers"));
    EXPECT_TRUE(runner.unflag("manager_answers"));
    EXPECT_TRUE(runner.state().flagged.empty());
}

TEST_F(RunnerTest, RefusesChoicesNotOnOffer) {
    auto error = runner.choose_offered(3);
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("choose 1 to 2"), std::string::npos);
    EXPECT_EQ(runner.scene().id, "arrival");
    runner.choose_offered(1);
    runner.choose_offered(1);
    EXPECT_TRUE(runner.finished());
    EXPECT_TRUE(runner.choose_offered(1));
    EXPECT_TRUE(runner.flag("passport_kept"));
}

TEST_F(RunnerTest, VariablesStayInRange) {
    for (int i = 0; i < 30; ++i) {
        runner.choose_offered(2);  // question here, trust -1
        runner.choose_offered(3);  // start over, trust -1
    }
    EXPECT_EQ(runner.state().variables[0], kVariableMin);
}

TEST_F(RunnerTest, ReplayGivesTheSameState) {
    runner.flag("manager_answers");
    runner.choose_offered(2);
    runner.choose_offered(1);
    runner.flag("passport_kept");
    runner.choose_offered(1);
    StoryState played = runner.state();
    Runner again(scenario, catalog, ChoiceOrder::authored());
    EXPECT_FALSE(again.replay(played.steps));
    EXPECT_EQ(again.state().scene, played.scene);
    EXPECT_EQ(again.state().variables, played.variables);
    EXPECT_EQ(again.state().flagged, played.flagged);
    EXPECT_EQ(again.state().steps.size(), played.steps.size());
}

TEST_F(RunnerTest, RewindKeepsEarlierFlagsAndDecisions) {
    runner.flag("manager_answers");
    runner.choose_offered(2);
    runner.choose_offered(1);
    runner.choose_offered(2);
    ASSERT_EQ(runner.state().decisions.size(), 3u);
    runner.rewind_to_decision(1);
    EXPECT_EQ(runner.scene().id, "questioned");
    EXPECT_EQ(runner.state().decisions.size(), 1u);
    EXPECT_EQ(runner.state().flagged, std::vector<std::string>{"manager_answers"});
}

TEST(ParseSteps, ReadsNumbersFlagsAndUnflags) {
    std::string error;
    auto steps = parse_steps("2, flag:manager_answers,unflag:x,1", &error);
    ASSERT_TRUE(steps) << error;
    ASSERT_EQ(steps->size(), 4u);
    EXPECT_EQ((*steps)[0].number, 2);
    EXPECT_EQ((*steps)[1].kind, StepInput::Kind::flag);
    EXPECT_EQ((*steps)[1].detail, "manager_answers");
    EXPECT_EQ((*steps)[2].kind, StepInput::Kind::unflag);
    EXPECT_TRUE(parse_steps("", &error)->empty());
}

TEST(ParseSteps, ExplainsWhatIsWrong) {
    std::string error;
    EXPECT_FALSE(parse_steps("1,two", &error));
    EXPECT_NE(error.find("\"two\" is not a step"), std::string::npos);
    EXPECT_FALSE(parse_steps("flag:", &error));
    EXPECT_NE(error.find("needs a detail id"), std::string::npos);
    EXPECT_FALSE(parse_steps("0", &error));
    EXPECT_FALSE(parse_steps("99999999999999999", &error));
}
