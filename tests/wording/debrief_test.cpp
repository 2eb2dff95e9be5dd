// The debrief in words: the core's facts through the interface's sentences (interface.lua) and
// the texts of the scenario and catalog, in the language asked for.

#include <gtest/gtest.h>

#include <algorithm>

#include "../core/fixture.h"
#include "core/runner.h"
#include "script/interface_loader.h"
#include "wording/debrief.h"

using namespace senales;

class DebriefTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        Diagnostics diagnostics;
        interface_ = load_interface_texts(std::filesystem::path(SENALES_SOURCE_DIR) / "scripts" / "lua", diagnostics)
                         .value_or(TextTable{});
        ASSERT_FALSE(diagnostics.has_errors()) << diagnostics.format();
    }
    static inline TextTable interface_;

    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
    Runner runner{scenario, catalog, ChoiceOrder::authored()};

    // Profiles her, questions her in front of the manager, then takes her aside and arrests her.
    Debrief poor_run(const Lang& lang) {
        runner.flag("dress");
        runner.choose_offered(2);
        runner.choose_offered(1);
        runner.flag("passport_kept");
        runner.choose_offered(2);
        return build_debrief(scenario, catalog, runner.state(), Wording(lang, interface_));
    }
};

TEST_F(DebriefTest, SortsIndicatorsIntoFoundMissedAndWronglyFlagged) {
    Debrief debrief = poor_run(Lang::en);
    ASSERT_EQ(debrief.found.size(), 1u);
    EXPECT_EQ(debrief.found[0].indicator, "documents_held");
    EXPECT_EQ(debrief.found[0].scene, "private");
    ASSERT_EQ(debrief.missed.size(), 1u);  // the debt never came up: trust was too low
    EXPECT_EQ(debrief.missed[0].indicator, "answers_for_her");
    EXPECT_EQ(debrief.missed[0].detail, "manager_answers");
    EXPECT_EQ(debrief.missed[0].detail_text, "The manager answers for her");
    EXPECT_EQ(debrief.missed[0].explanation, "Control");
    ASSERT_EQ(debrief.wrongly_flagged.size(), 1u);
    EXPECT_EQ(debrief.wrongly_flagged[0].why, "Clothing is not a sign");
}

TEST_F(DebriefTest, ListsHarmsInOrderWithWhatToDoInstead) {
    Debrief debrief = poor_run(Lang::en);
    ASSERT_EQ(debrief.harms.size(), 2u);
    EXPECT_EQ(debrief.harms[0].harm, "interview_in_front");
    EXPECT_EQ(debrief.harms[0].what_was_done, "Question her here");
    EXPECT_EQ(debrief.harms[0].instead, "Separate first");
    EXPECT_EQ(debrief.harms[0].principle, "Separate");
    EXPECT_EQ(debrief.harms[0].consequence, "She repeats the manager's story");
    EXPECT_EQ(debrief.harms[1].harm, "arrest_victim");
    EXPECT_EQ(debrief.harms[1].severity, Severity::grave);
    EXPECT_EQ(debrief.harms[1].severity_name, "grave harm");
    EXPECT_EQ(debrief.harms[1].consequence, "Punishes the victim");  // no authored consequence: the catalog's
    EXPECT_TRUE(debrief.score.failed_by_grave_harm());
    EXPECT_FALSE(debrief.score.passed);
}

TEST_F(DebriefTest, TimelineComparesEachDecisionWithTheOthersOnOffer) {
    Debrief debrief = poor_run(Lang::en);
    ASSERT_EQ(debrief.timeline.size(), 3u);
    const TimelineEntry& first = debrief.timeline[0];
    EXPECT_EQ(first.kind, ChoiceKind::harm);
    ASSERT_EQ(first.alternatives.size(), 1u);
    EXPECT_EQ(first.alternatives[0].text, "Separate her");
    EXPECT_EQ(first.alternatives[0].compared_to_chosen, Comparison::better);
    const TimelineEntry& second = debrief.timeline[1];
    EXPECT_EQ(second.kind, ChoiceKind::good_practice);
    ASSERT_EQ(second.alternatives.size(), 2u);
    EXPECT_EQ(second.alternatives[0].compared_to_chosen, Comparison::worse);
    EXPECT_EQ(second.alternatives[1].compared_to_chosen, Comparison::worse);
}

TEST_F(DebriefTest, CompetencySentencesSayWhatDroveTheScore) {
    Debrief debrief = poor_run(Lang::en);
    ASSERT_EQ(debrief.competencies.size(), 4u);
    EXPECT_EQ(debrief.competencies[0].sentence,
              "You flagged 1 of the 2 warning signs you were shown. You also flagged the one detail shown that is not "
              "a sign on its own: that is profiling, and it takes off everything.");
    EXPECT_NE(debrief.competencies[1].sentence.find("2 decisions harmed"), std::string::npos);
    EXPECT_NE(debrief.competencies[1].sentence.find("grave"), std::string::npos);
    EXPECT_EQ(debrief.competencies[2].sentence, "You took a good practice at 1 of the 3 moments that allowed one.");
    EXPECT_EQ(debrief.competencies[3].sentence, "The story ended badly for the person.");
}

TEST_F(DebriefTest, EverythingComesInTheChosenLanguage) {
    Debrief debrief = poor_run(Lang::es);
    EXPECT_EQ(debrief.competencies[0].name, "Reconocer señales");
    EXPECT_EQ(debrief.missed[0].explanation, "Control (es)");
    EXPECT_EQ(debrief.harms[0].instead, "Separate first (es)");
    EXPECT_EQ(debrief.ending_text, "Ending arrested (es)");
    EXPECT_NE(debrief.competencies[0].sentence.find("Marcó 1 de las 2 señales"), std::string::npos);
    EXPECT_EQ(debrief.harms[1].severity_name, "daño grave");  // never "(grave)" in an English word
    ASSERT_FALSE(debrief.why_not_passed.empty());
    EXPECT_TRUE(std::any_of(debrief.why_not_passed.begin(), debrief.why_not_passed.end(),
                            [](const std::string& why) { return why.find("daño grave") != std::string::npos; }));
}

TEST_F(DebriefTest, CitesEachSourceOnceInOrder) {
    Debrief debrief = poor_run(Lang::en);
    ASSERT_EQ(debrief.sources.size(), 2u);
    EXPECT_EQ(debrief.sources[0].id, "1");
    EXPECT_EQ(debrief.sources[1].id, "2");
    EXPECT_EQ(debrief.ending, "arrested");
    EXPECT_EQ(debrief.outcome, Outcome::bad);
    EXPECT_EQ(debrief.objectives, std::vector<std::string>{"Learn"});
}
