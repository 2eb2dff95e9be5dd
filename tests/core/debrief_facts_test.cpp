// The debrief's facts: ids, indices and counts, in no language (the wording layer's tests read
// them as sentences).

#include <gtest/gtest.h>

#include "core/debrief.h"
#include "core/runner.h"
#include "fixture.h"

using namespace senales;

class DebriefFactsTest : public ::testing::Test {
protected:
    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
    Runner runner{scenario, catalog, ChoiceOrder::authored()};

    // Profiles her, questions her in front of the manager, then takes her aside and arrests her.
    DebriefFacts poor_run() {
        runner.flag("dress");
        runner.choose_offered(2);
        runner.choose_offered(1);
        runner.flag("passport_kept");
        runner.choose_offered(2);
        return debrief_facts(scenario, catalog, runner.state());
    }
};

TEST_F(DebriefFactsTest, SortsSignsIntoFoundMissedAndWronglyFlagged) {
    const DebriefFacts facts = poor_run();
    ASSERT_EQ(facts.found.size(), 1u);
    EXPECT_EQ(facts.found[0].indicator, "documents_held");
    EXPECT_EQ(facts.found[0].at.scene, scenario.scene_index("private"));
    ASSERT_EQ(facts.missed.size(), 1u);  // the debt never came up: trust was too low
    EXPECT_EQ(facts.missed[0].indicator, "answers_for_her");
    EXPECT_EQ(facts.missed[0].at.scene, 0);
    EXPECT_EQ(facts.missed[0].at.detail, 0);
    ASSERT_EQ(facts.wrongly_flagged.size(), 1u);
    EXPECT_EQ(facts.wrongly_flagged[0].detail, 1);  // the dress
}

TEST_F(DebriefFactsTest, HarmsKeepTheirDecisionChoiceAndSeverityForThisPerson) {
    const DebriefFacts facts = poor_run();
    ASSERT_EQ(facts.harms.size(), 2u);
    EXPECT_EQ(facts.harms[0].harm, "interview_in_front");
    EXPECT_EQ(facts.harms[0].decision, 0u);
    EXPECT_EQ(facts.harms[0].choice, 1);
    EXPECT_EQ(facts.harms[0].severity, Severity::serious);
    EXPECT_EQ(facts.harms[1].harm, "arrest_victim");
    EXPECT_EQ(facts.harms[1].severity, Severity::grave);
    EXPECT_TRUE(facts.score.failed_by_grave_harm());
    EXPECT_FALSE(facts.score.passed);
}

TEST_F(DebriefFactsTest, TimelineComparesEachDecisionWithTheOthersOnOffer) {
    const DebriefFacts facts = poor_run();
    ASSERT_EQ(facts.timeline.size(), 3u);
    const TimelineFact& first = facts.timeline[0];
    EXPECT_EQ(first.kind, ChoiceKind::harm);
    ASSERT_EQ(first.alternatives.size(), 1u);
    EXPECT_EQ(first.alternatives[0].choice, 0);  // "Separate her"
    EXPECT_EQ(first.alternatives[0].compared_to_chosen, Comparison::better);
    const TimelineFact& second = facts.timeline[1];
    EXPECT_EQ(second.kind, ChoiceKind::good_practice);
    ASSERT_EQ(second.alternatives.size(), 2u);
    EXPECT_EQ(second.alternatives[0].compared_to_chosen, Comparison::worse);
    EXPECT_EQ(second.alternatives[1].compared_to_chosen, Comparison::worse);
}

TEST_F(DebriefFactsTest, CountsWhatDroveEachCompetency) {
    const CompetencyCounts c = poor_run().counts;
    EXPECT_EQ(c.signs_found, 1);
    EXPECT_EQ(c.signs_shown, 2);
    EXPECT_EQ(c.wrong_flags, 1);
    EXPECT_EQ(c.neutral_shown, 1);
    EXPECT_EQ(c.harmful_decisions, 2);
    EXPECT_EQ(c.grave_harms, 1);
    EXPECT_EQ(c.practices_taken, 1);
    EXPECT_EQ(c.practice_moments, 3);
    EXPECT_TRUE(c.finished);
    EXPECT_EQ(c.outcome, Outcome::bad);
}

TEST_F(DebriefFactsTest, CitesEachSourceOnceInOrderAndNamesTheEnding) {
    const DebriefFacts facts = poor_run();
    EXPECT_EQ(facts.sources, (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(facts.ending, scenario.scene_index("arrested"));
    EXPECT_EQ(facts.outcome, Outcome::bad);
}
