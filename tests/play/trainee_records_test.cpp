// The records as the window and the terminal use them: an unfinished attempt is offered only when
// its scenario is as it was, and a records file that fails is reported, never thrown.

#include <gtest/gtest.h>

#include "core/fixture.h"
#include "play/trainee_records.h"
#include "records/record_store.h"

namespace senales::play {
namespace {

class TraineeRecordsTest : public ::testing::Test {
protected:
    TraineeRecordsTest() : catalog_(fixture::catalog()) {
        Scenario s = fixture::scenario(catalog_);
        s.content_hash = "v1";
        Scenario other = s;
        other.id = "other";
        scenarios_ = {s, other};
        std::vector<std::string> notices;
        store_ = records::RecordStore::open(":memory:", notices);
    }
    // A trainee who closed the window after one choice in scenario `index`.
    void leave_unfinished(const std::string& trainee, std::size_t index) {
        TraineeRecords records(*store_, [](const std::string&) {});
        records.sign_in(trainee);
        auto play = records.start(scenarios_[index], catalog_, Lang::es, ChoiceOrder::shuffled(3));
        play->choose_offered(1);
    }

    Catalog catalog_;
    std::vector<Scenario> scenarios_;
    std::unique_ptr<records::RecordStore> store_;
    std::vector<std::string> problems_;
};

TEST_F(TraineeRecordsTest, AnUnfinishedAttemptIsOfferedAndGoesOnWhereItWas) {
    leave_unfinished("ana", 0);
    TraineeRecords records(*store_, [this](const std::string& p) { problems_.push_back(p); });
    records.sign_in("ana");
    const FoundUnfinished found = records.find_unfinished(scenarios_);
    ASSERT_TRUE(found.offer);
    EXPECT_EQ(found.offer->scenario, &scenarios_[0]);
    EXPECT_EQ(found.offer->decisions, 1u);
    EXPECT_FALSE(found.set_aside);
    auto play = records.resume(catalog_, Lang::es);
    ASSERT_TRUE(play);
    EXPECT_EQ(play->runner().state().decisions.size(), 1u);
    records.sign_in("luis");
    EXPECT_FALSE(records.find_unfinished(scenarios_).offer) << "another trainee's attempt is not offered";
    EXPECT_TRUE(problems_.empty());
}

TEST_F(TraineeRecordsTest, OneWhoseScenarioChangedIsKeptAsAbandonedAndNamed) {
    leave_unfinished("ana", 0);
    scenarios_[0].content_hash = "v2";
    TraineeRecords records(*store_, [](const std::string&) {});
    records.sign_in("ana");
    const FoundUnfinished found = records.find_unfinished(scenarios_);
    EXPECT_FALSE(found.offer);
    EXPECT_EQ(found.set_aside, "fixture");
    EXPECT_EQ(store_->attempts("ana").at(0).status, records::AttemptStatus::abandoned);
}

TEST_F(TraineeRecordsTest, TheTerminalPlayingOneScenarioLeavesAnotherScenariosAttemptAlone) {
    leave_unfinished("ana", 1);
    TraineeRecords records(*store_, [](const std::string&) {});
    records.sign_in("ana");
    const FoundUnfinished found = records.find_unfinished(scenarios_[0]);
    EXPECT_FALSE(found.offer);
    EXPECT_FALSE(found.set_aside);
    EXPECT_EQ(store_->attempts("ana").at(0).status, records::AttemptStatus::in_progress);
}

TEST_F(TraineeRecordsTest, ProgressAndDeletingAreOfTheTraineeSignedIn) {
    leave_unfinished("ana", 0);
    leave_unfinished("luis", 0);
    TraineeRecords records(*store_, [](const std::string&) {});
    records.sign_in("ana");
    EXPECT_EQ(records.progress().attempts.size(), 1u);
    EXPECT_EQ(records.delete_trainee(), 1);
    EXPECT_TRUE(records.progress().attempts.empty());
    records.sign_in("luis");
    EXPECT_EQ(records.progress().attempts.size(), 1u);
}

TEST_F(TraineeRecordsTest, AClassJoinedAtSignInHoldsTheAttemptsStartedAfter) {
    store_->add_class("Academia PNC, promoción 2027-A", "2026-11-20T08:00:00Z");
    TraineeRecords records(*store_, [this](const std::string& p) { problems_.push_back(p); });
    records.sign_in("ana");
    EXPECT_EQ(records.classes(), std::vector<std::string>{"Academia PNC, promoción 2027-A"});
    EXPECT_FALSE(records.join_class("Nope"));
    records.start(scenarios_[0], catalog_, Lang::es, ChoiceOrder::shuffled(3));
    EXPECT_TRUE(records.join_class("academia pnc, promocion 2027-a"));
    records.start(scenarios_[0], catalog_, Lang::es, ChoiceOrder::shuffled(3));
    const auto attempts = store_->attempts();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].class_name, "");
    EXPECT_EQ(attempts[1].class_name, "Academia PNC, promoción 2027-A");
    EXPECT_TRUE(problems_.empty());
}

}  // namespace
}  // namespace senales::play
