#include <gtest/gtest.h>

#include "core/validate.h"
#include "fixture.h"

using namespace senales;

namespace {

std::string problems(Scenario scenario, const Catalog& catalog) {
    Diagnostics diagnostics;
    resolve_and_validate(scenario, catalog, diagnostics);
    return diagnostics.format();
}

}  // namespace

class ValidateTest : public ::testing::Test {
protected:
    Catalog catalog = fixture::catalog();
    Scenario scenario = fixture::scenario(catalog);
};

TEST_F(ValidateTest, FixtureIsValid) {
    EXPECT_EQ(problems(scenario, catalog), "");
    EXPECT_EQ(scenario.scenes[scenario.start].id, "arrival");
    EXPECT_EQ(scenario.scenes[0].choices[0].target_scene, 1);
}

TEST_F(ValidateTest, UnknownTargetSuggestsTheClosestScene) {
    scenario.scenes[0].choices[0].target = "privat";
    scenario.scenes[0].choices[0].where = {"scenarios/x/scenario.lua", 12};
    std::string out = problems(scenario, catalog);
    EXPECT_NE(out.find("scenarios/x/scenario.lua:12: error: a choice in scene \"arrival\" leads to \"privat\""),
              std::string::npos) << out;
    EXPECT_NE(out.find("hint: did you mean \"private\"?"), std::string::npos) << out;
    EXPECT_NE(out.find("[unknown-target]"), std::string::npos);
}

TEST_F(ValidateTest, UnknownCatalogIdsAreNamed) {
    scenario.scenes[0].details[0].indicator = "answers_for_him";
    scenario.scenes[0].choices[0].practices = {"interview_in_front"};
    scenario.scenes[0].choices[1].harms = {"nonsense"};
    std::string out = problems(scenario, catalog);
    EXPECT_NE(out.find("unknown indicator \"answers_for_him\""), std::string::npos) << out;
    EXPECT_NE(out.find("did you mean \"answers_for_her\"?"), std::string::npos) << out;
    EXPECT_NE(out.find("is a harm: write harm = \"interview_in_front\""), std::string::npos) << out;
    EXPECT_NE(out.find("unknown harm \"nonsense\""), std::string::npos) << out;
}

TEST_F(ValidateTest, MissingTranslationsAreErrors) {
    scenario.scenes[1].text.en.clear();
    scenario.scenes[0].details[1].why.es.clear();
    scenario.title = {};
    std::string out = problems(scenario, catalog);
    EXPECT_NE(out.find("the text of scene \"private\" is missing its English text (en)"), std::string::npos) << out;
    EXPECT_NE(out.find("the why of neutral detail \"dress\" is missing its Spanish text (es)"), std::string::npos) << out;
    EXPECT_NE(out.find("title has no text"), std::string::npos) << out;
}

TEST_F(ValidateTest, SceneWithoutWayOutMustBeAnEnding) {
    scenario.scenes[2].choices.clear();
    std::string out = problems(scenario, catalog);
    EXPECT_NE(out.find("scene \"questioned\" has no way out"), std::string::npos) << out;
    EXPECT_NE(out.find("make it an ending \"questioned\""), std::string::npos) << out;
}

TEST_F(ValidateTest, StartMustBeAScene) {
    scenario.start_id = "arival";
    EXPECT_NE(problems(scenario, catalog).find("did you mean \"arrival\"?"), std::string::npos);
    scenario.start_id = "referred";
    EXPECT_NE(problems(scenario, catalog).find("starts at an ending"), std::string::npos);
}

TEST(ValidateCatalog, FindsBrokenReferences) {
    Catalog catalog = fixture::catalog();
    catalog.harms["walk_away"].principle = "seperate";
    catalog.indicators["debt"].sources = {"3"};
    catalog.practices["refer"].sources = {};
    Diagnostics diagnostics;
    validate_catalog(catalog, diagnostics);
    std::string out = diagnostics.format();
    EXPECT_NE(out.find("harm \"walk_away\" names unknown principle \"seperate\""), std::string::npos) << out;
    EXPECT_NE(out.find("did you mean \"separate\"?"), std::string::npos) << out;
    EXPECT_NE(out.find("indicator \"debt\" cites unknown source \"3\""), std::string::npos) << out;
    EXPECT_NE(out.find("practice \"refer\" cites no source"), std::string::npos) << out;
}

TEST(Diagnostics, SaysEachProblemOnce) {
    Diagnostics diagnostics;
    diagnostics.error("a.lua", 3, "x", "broken", "fix it");
    diagnostics.error("a.lua", 3, "x", "broken", "fix it");
    EXPECT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.format(), "a.lua:3: error: broken [x]\n  hint: fix it\n");
    EXPECT_TRUE(diagnostics.has_errors());
}
