// One attempt as it is played and saved: each step in the records as it is taken, by choice id
// and scene; the result once; a rewind or a restart is a new attempt; going on after a crash
// saves only what comes after.

#include <gtest/gtest.h>

#include "core/fixture.h"
#include "play/attempt_play.h"
#include "records/attempt_recorder.h"
#include "records/record_store.h"

namespace senales::play {
namespace {

class AttemptPlayTest : public ::testing::Test {
protected:
    AttemptPlayTest() : catalog_(fixture::catalog()), scenario_(fixture::scenario(catalog_)) {
        scenario_.content_hash = "v1";
        std::vector<std::string> notices;
        store_ = records::RecordStore::open(":memory:", notices);
        recorder_ = std::make_unique<records::AttemptRecorder>(*store_, "ana", [this](const std::string& problem) {
            problems_.push_back(problem);
        });
    }
    std::vector<records::Attempt> saved() { return store_->attempts("ana"); }
    // The number a trainee presses for the choice with this id, in the order shown now.
    static int number_of(const AttemptPlay& play, const std::string& choice_id) {
        const std::vector<int> offered = play.runner().available_choices();
        for (std::size_t i = 0; i < offered.size(); ++i)
            if (play.runner().scene().choices[static_cast<std::size_t>(offered[i])].id == choice_id)
                return static_cast<int>(i) + 1;
        return 0;
    }

    Catalog catalog_;
    Scenario scenario_;
    std::unique_ptr<records::RecordStore> store_;
    std::unique_ptr<records::AttemptRecorder> recorder_;
    std::vector<std::string> problems_;
};

TEST_F(AttemptPlayTest, EveryStepIsSavedAsItIsTakenAndTheResultOnceTheStoryEnds) {
    AttemptPlay play(scenario_, catalog_, Lang::es, ChoiceOrder::shuffled(7), recorder_.get());
    ASSERT_EQ(saved().size(), 1u);
    EXPECT_EQ(saved()[0].status, records::AttemptStatus::in_progress);
    EXPECT_EQ(saved()[0].seed, 7u);

    EXPECT_EQ(play.toggle_flag("manager_answers"), std::nullopt);
    EXPECT_EQ(saved()[0].steps.size(), 1u) << "a flag is saved before the next step";
    EXPECT_EQ(play.choose_offered(number_of(play, "private")), std::nullopt);
    EXPECT_EQ(play.toggle_flag("passport_kept"), std::nullopt);
    EXPECT_EQ(play.choose_offered(number_of(play, "referred")), std::nullopt);
    ASSERT_TRUE(play.finished());

    const records::Attempt attempt = saved().at(0);
    EXPECT_EQ(attempt.status, records::AttemptStatus::finished);
    ASSERT_EQ(attempt.steps.size(), 4u);
    EXPECT_EQ(attempt.steps[1].choice_id, "private");
    EXPECT_EQ(attempt.steps[1].scene, "arrival");
    EXPECT_EQ(attempt.steps[2].scene, "private");
    EXPECT_EQ(attempt.steps[3].choice_id, "referred");
    ASSERT_TRUE(attempt.result);
    EXPECT_EQ(attempt.result->overall, play.facts().score.overall);
    EXPECT_EQ(attempt.result->ending, "referred");
    EXPECT_TRUE(problems_.empty());
}

TEST_F(AttemptPlayTest, AStepThatIsNotAllowedChangesNothingAndSavesNothing) {
    AttemptPlay play(scenario_, catalog_, Lang::es, ChoiceOrder::shuffled(7), recorder_.get());
    EXPECT_NE(play.choose_offered(3), std::nullopt);
    EXPECT_NE(play.toggle_flag("passport_kept"), std::nullopt) << "not shown in this scene";
    EXPECT_TRUE(play.runner().state().steps.empty());
    EXPECT_TRUE(saved()[0].steps.empty());
}

TEST_F(AttemptPlayTest, TryingADecisionAgainIsANewAttemptWithTheStepsBeforeIt) {
    AttemptPlay play(scenario_, catalog_, Lang::es, ChoiceOrder::shuffled(7), recorder_.get());
    play.toggle_flag("manager_answers");
    play.choose_offered(number_of(play, "questioned"));
    play.choose_offered(number_of(play, "left"));
    ASSERT_TRUE(play.finished());
    play.rewind_to_decision(1);
    const std::vector<records::Attempt> attempts = saved();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].status, records::AttemptStatus::finished);
    EXPECT_EQ(attempts[1].status, records::AttemptStatus::in_progress);
    EXPECT_EQ(attempts[1].seed, 7u) << "the same order: the trainee meets the same decision again";
    ASSERT_EQ(attempts[1].steps.size(), 2u);
    EXPECT_EQ(attempts[1].steps[1].choice_id, "questioned");
    EXPECT_EQ(attempts[1].steps[1].scene, "arrival");
}

TEST_F(AttemptPlayTest, StartingOverAbandonsTheAttemptAndStartsANewOneInANewOrder) {
    AttemptPlay play(scenario_, catalog_, Lang::es, ChoiceOrder::shuffled(7), recorder_.get());
    play.choose_offered(1);
    play.restart(ChoiceOrder::shuffled(8));
    const std::vector<records::Attempt> attempts = saved();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].status, records::AttemptStatus::abandoned);
    EXPECT_EQ(attempts[1].seed, 8u);
    EXPECT_TRUE(play.runner().state().steps.empty());
    play.abandon();
    EXPECT_EQ(saved()[1].status, records::AttemptStatus::abandoned);
}

TEST_F(AttemptPlayTest, GoingOnAfterACrashReplaysTheSavedStepsAndSavesOnlyTheNewOnes) {
    std::vector<Step> steps;
    {
        AttemptPlay play(scenario_, catalog_, Lang::es, ChoiceOrder::shuffled(7), recorder_.get());
        play.toggle_flag("manager_answers");
        play.choose_offered(number_of(play, "private"));
        steps = play.runner().state().steps;
    }  // the window closes: nothing is abandoned
    const std::optional<records::Attempt> unfinished = recorder_->unfinished();
    ASSERT_TRUE(unfinished);
    recorder_->resume(*unfinished);
    AttemptPlay play(scenario_, catalog_, Lang::es,
                     AttemptPlay::Continuing{records::choice_order(*unfinished),
                                             records::replayable_steps(*unfinished, scenario_)},
                     recorder_.get());
    EXPECT_EQ(play.replayed(), 2u);
    EXPECT_EQ(play.runner().scene().id, "private");
    EXPECT_EQ(play.runner().state().steps.size(), steps.size());
    EXPECT_TRUE(play.runner().state().is_flagged("manager_answers"));
    play.choose_offered(number_of(play, "referred"));
    const std::vector<records::Attempt> attempts = saved();
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts[0].steps.size(), 3u) << "no step saved twice";
    EXPECT_EQ(attempts[0].status, records::AttemptStatus::finished);
}

TEST_F(AttemptPlayTest, WithoutARecorderItPlaysTheSameAndSavesNothing) {
    AttemptPlay play(scenario_, catalog_, Lang::es, ChoiceOrder::shuffled(7), nullptr);
    play.choose_offered(number_of(play, "private"));
    play.choose_offered(number_of(play, "arrested"));
    EXPECT_TRUE(play.finished());
    EXPECT_TRUE(play.facts().score.failed_by_grave_harm());
    EXPECT_TRUE(saved().empty());
}

}  // namespace
}  // namespace senales::play
