#include <gtest/gtest.h>

#include <algorithm>
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
    Runner runner{scenario, catalog, ChoiceOrder::authored()};

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

TEST_F(ScoringTest, WrongFlagTakesOffTheShareOfHarmlessDetailsFlagged) {
    ScoreCard clean = best_path_flagging({"manager_answers", "passport_kept", "debt_talk"});
    // The path shows one harmless detail (her dress): flagging it takes off all of it.
    ScoreCard profiled = best_path_flagging({"manager_answers", "dress", "passport_kept", "debt_talk"});
    EXPECT_EQ(clean[Competency::recognition], 100);
    EXPECT_EQ(profiled[Competency::recognition], 0);
    EXPECT_TRUE(profiled.has(Shortfall::weak_competency));
    EXPECT_FALSE(profiled.passed);
}

TEST(Recognition, FlaggingEverythingScoresLikeFlaggingNothing) {
    ScoreInputs in;
    in.shown_weight = 12;
    in.neutral_shown = 4;
    in.finished = true;
    in.outcome = Outcome::good;
    ScoreInputs everything = in;
    everything.found_weight = 12;
    everything.wrong_flags = 4;
    EXPECT_EQ(score(everything)[Competency::recognition], 0);
    EXPECT_EQ(score(in)[Competency::recognition], 0);  // nothing flagged
    ScoreInputs one_slip = everything;
    one_slip.wrong_flags = 1;  // every sign, and 1 of the 4 harmless details
    EXPECT_EQ(score(one_slip)[Competency::recognition], 75);
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
    facts.harms = {{0, "arrest_victim", Severity::grave}};
    ScoreCard card = score(facts, catalog);
    EXPECT_GE(card.overall, rules::kPassMark);
    EXPECT_TRUE(card.failed_by_grave_harm());
    // Grave harm costs 60 points of Do no harm, so that competency falls short too.
    EXPECT_EQ(card.shortfalls, static_cast<unsigned>(Shortfall::grave_harm) | static_cast<unsigned>(Shortfall::weak_competency));
    EXPECT_FALSE(card.passed);
}

// Today's press-1 trainee: no sign flagged, every other competency perfect, overall exactly 70.
TEST(PassRule, EveryCompetencyMustReachFifty) {
    ScoreInputs in;
    in.shown_weight = 9;
    in.finished = true;
    in.outcome = Outcome::good;
    const ScoreCard card = score(in);
    EXPECT_EQ(card[Competency::recognition], 0);
    EXPECT_EQ(card.overall, 70);
    EXPECT_TRUE(card.has(Shortfall::weak_competency));
    EXPECT_FALSE(card.has(Shortfall::below_pass_mark));
    EXPECT_FALSE(card.passed);
}

TEST(PassRule, ABadEndingNeverPasses) {
    ScoreInputs in;
    in.shown_weight = in.found_weight = 9;
    in.finished = true;
    in.outcome = Outcome::bad;
    in.practice_opportunities = in.practice_decisions = 3;
    const ScoreCard card = score(in);
    EXPECT_GE(card.overall, rules::kPassMark);  // 85: the numbers alone would pass
    EXPECT_TRUE(card.has(Shortfall::bad_ending));
    EXPECT_FALSE(card.passed);
}

TEST(PassRule, PassedExactlyWhenNoShortfall) {
    for (int found = 0; found <= 6; ++found)
        for (int wrong = 0; wrong <= 2; ++wrong)
            for (int cost : {0, 15, 30, 60})
                for (int taken = 0; taken <= 2; ++taken)
                    for (Outcome outcome : {Outcome::bad, Outcome::mixed, Outcome::good}) {
                        ScoreInputs in{6, found, 2, wrong, cost, cost >= 60, 2, taken, true, outcome};
                        const ScoreCard card = score(in);
                        const bool expected = card.overall >= rules::kPassMark && cost < 60 &&
                                              outcome != Outcome::bad &&
                                              std::all_of(card.competency.begin(), card.competency.end(),
                                                          [](int c) { return c >= rules::kCompetencyFloor; });
                        EXPECT_EQ(card.passed, expected);
                        EXPECT_EQ(card.passed, card.shortfalls == 0);
                    }
}

TEST(Severity, HarmsToAChildWeighAtLeastSerious) {
    Harm minor;
    minor.severity = Severity::minor;
    Harm graver_for_a_child;
    graver_for_a_child.severity = Severity::serious;
    graver_for_a_child.child_severity = Severity::grave;
    const Person adult;
    for (PersonAge age : {PersonAge::child, PersonAge::adolescent, PersonAge::possible_minor}) {
        Person child;
        child.age = age;
        EXPECT_EQ(severity_for(minor, child), Severity::serious) << to_string(age);
        EXPECT_EQ(severity_for(graver_for_a_child, child), Severity::grave) << to_string(age);
    }
    EXPECT_EQ(severity_for(minor, adult), Severity::minor);
    EXPECT_EQ(severity_for(graver_for_a_child, adult), Severity::serious);
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
    facts.neutral_shown = 1;  // 20 flags of one detail: more than it, and still no lower than 0
    for (int i = 0; i < 20; ++i) facts.wrong_flags.push_back({0, 1});
    for (int i = 0; i < 20; ++i) facts.harms.push_back({0, "arrest_victim", Severity::grave});
    ScoreCard card = score(facts, catalog);
    EXPECT_EQ(card[Competency::recognition], 0);
    EXPECT_EQ(card[Competency::do_no_harm], 0);
    EXPECT_EQ(card.overall, 25);  // protection is full when no practice was ever on offer
    EXPECT_FALSE(card.passed);
}

TEST(ScoringRules, WeightsAddUpToOneHundred) {
    EXPECT_EQ(std::accumulate(rules::kWeights.begin(), rules::kWeights.end(), 0), 100);
    EXPECT_GT(indicator_weight(Strength::strong), indicator_weight(Strength::medium));
    EXPECT_GT(indicator_weight(Strength::medium), indicator_weight(Strength::weak));
    EXPECT_GT(harm_cost(Severity::grave), harm_cost(Severity::serious));
    EXPECT_GT(harm_cost(Severity::serious), harm_cost(Severity::minor));
}
