#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "core/runner.h"
#include "core/scoring.h"
#include "fixture.h"

using namespace senales;

class ScoringTest : public ::testing::Test {
protected:
    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
    Runner runner{scenario, catalog};

    ScoreCard current() const { return score(collect_facts(scenario, catalog, runner.state()), catalog); }

    // Separate, refer: the best path, with the given flags on it.
    ScoreCard best_path_flagging(const std::vector<std::string>& flags) {
        runner.restart();
        for (const auto& f : flags)
            if (f == "manager_answers" || f == "dress") runner.flag(f);
        runner.choose_offered(1);
        for (const auto& f : flags)
            if (f == "passport_kept" || f == "debt_talk") runner.flag(f);
        runner.choose_offered(1);
        return current();
    }
};

TEST_F(ScoringTest, BestPathPassesWithTopMarks) {
    ScoreCard card = best_path_flagging({"manager_answers", "passport_kept", "debt_talk"});
    for (Competency c : kAllCompetencies) EXPECT_EQ(card[c], 100) << to_string(c);
    EXPECT_EQ(card.overall, 100);
    EXPECT_TRUE(card.passed);
}

TEST_F(ScoringTest, MissedIndicatorLowersRecognitionByItsWeight) {
    ScoreCard all = best_path_flagging({"manager_answers", "passport_kept", "debt_talk"});
    ScoreCard missed_weak = best_path_flagging({"manager_answers", "passport_kept"});
    ScoreCard missed_strong = best_path_flagging({"manager_answers", "debt_talk"});
    EXPECT_LT(missed_weak[Competency::recognition], all[Competency::recognition]);
    // Shown weights: medium 2 + strong 3 + weak 1 = 6.
    EXPECT_EQ(missed_weak[Competency::recognition], 83);   // 5/6
    EXPECT_EQ(missed_strong[Competency::recognition], 50);  // 3/6
    EXPECT_EQ(missed_weak[Competency::do_no_harm], 100);
}

TEST_F(ScoringTest, WrongFlagLowersRecognition) {
    ScoreCard clean = best_path_flagging({"manager_answers", "passport_kept", "debt_talk"});
    ScoreCard profiled = best_path_flagging({"manager_answers", "dress", "passport_kept", "debt_talk"});
    EXPECT_EQ(clean[Competency::recognition] - profiled[Competency::recognition], rules::kWrongFlagPenalty);
}

TEST_F(ScoringTest, EveryHarmLowersDoNoHarm) {
    runner.choose_offered(2);  // serious harm
    EXPECT_EQ(current()[Competency::do_no_harm], 100 - rules::kSeriousHarmCost);
    runner.choose_offered(3);  // start over: no harm
    runner.choose_offered(2);  // serious again
    EXPECT_EQ(current()[Competency::do_no_harm], 100 - 2 * rules::kSeriousHarmCost);
    runner.choose_offered(2);  // leave: minor
    EXPECT_EQ(current()[Competency::do_no_harm], 100 - 2 * rules::kSeriousHarmCost - rules::kMinorHarmCost);
}

TEST_F(ScoringTest, ProtectionCountsMomentsThatAllowedAPractice) {
    runner.choose_offered(2);  // practice on offer, not taken
    runner.choose_offered(1);  // aside: practice taken
    runner.choose_offered(1);  // refer: practice taken
    EXPECT_EQ(current()[Competency::protection], 67);  // 2 of 3
}

TEST_F(ScoringTest, GraveHarmFailsOnItsOwn) {
    PathFacts facts;
    facts.finished = true;
    facts.outcome = Outcome::good;
    facts.practice_opportunities = facts.practice_decisions = 2;
    facts.harms = {{0, "arrest_victim"}};
    ScoreCard card = score(facts, catalog);
    EXPECT_GE(card.overall, rules::kPassMark);
    EXPECT_TRUE(card.failed_by_grave_harm);
    EXPECT_FALSE(card.passed);
}

TEST_F(ScoringTest, OutcomeFollowsTheEnding) {
    runner.choose_offered(2);
    runner.choose_offered(2);  // left: mixed
    EXPECT_EQ(current()[Competency::outcome], rules::kOutcomeMixed);
    runner.restart();
    EXPECT_EQ(current()[Competency::outcome], rules::kOutcomeBad);  // not finished
    EXPECT_FALSE(current().passed);
}

TEST_F(ScoringTest, ScoresStayWithinBoundsOnRandomPlaythroughs) {
    std::mt19937 random(12345);
    for (int run = 0; run < 2000; ++run) {
        runner.restart();
        for (int step = 0; step < 40 && !runner.finished(); ++step) {
            for (int detail : runner.visible_details())
                if (random() % 2) runner.flag(scenario.scenes[runner.state().scene].details[detail].id);
            auto offered = runner.available_choices();
            runner.choose_offered(1 + static_cast<int>(random() % offered.size()));
        }
        ScoreCard card = current();
        for (Competency c : kAllCompetencies) {
            EXPECT_GE(card[c], 0);
            EXPECT_LE(card[c], 100);
        }
        EXPECT_GE(card.overall, 0);
        EXPECT_LE(card.overall, 100);
    }
}

TEST_F(ScoringTest, ExtremesAreClampedNotOverflowed) {
    PathFacts facts;
    for (int i = 0; i < 20; ++i) facts.wrong_flags.push_back({0, 1});
    for (int i = 0; i < 20; ++i) facts.harms.push_back({0, "arrest_victim"});
    ScoreCard card = score(facts, catalog);
    EXPECT_EQ(card[Competency::recognition], 0);
    EXPECT_EQ(card[Competency::do_no_harm], 0);
    EXPECT_EQ(card.overall, 25);  // protection is full when no practice was ever on offer
}

TEST(ScoringRules, WeightsAddUpToOneHundred) {
    EXPECT_EQ(std::accumulate(rules::kWeights.begin(), rules::kWeights.end(), 0), 100);
    EXPECT_GT(indicator_weight(Strength::strong), indicator_weight(Strength::medium));
    EXPECT_GT(indicator_weight(Strength::medium), indicator_weight(Strength::weak));
    EXPECT_GT(harm_cost(Severity::grave), harm_cost(Severity::serious));
    EXPECT_GT(harm_cost(Severity::serious), harm_cost(Severity::minor));
}
