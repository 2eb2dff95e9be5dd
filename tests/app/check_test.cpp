#include <gtest/gtest.h>

#include "cli_run.h"

using namespace senales::test;

namespace {

CliResult check(const std::string& fixture) { return run({"check", fixture_path("check/" + fixture)}); }

}  // namespace

TEST(Check, ValidScenarioReportsItsShape) {
    CliResult r = check("valid_small");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("scenes 2, endings 1, details 2 (1 signs, 1 neutral)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("unreachable: none"), std::string::npos);
    EXPECT_NE(r.out.find("dead ends: none"), std::string::npos);
    EXPECT_NE(r.out.find("missing translations: 0"), std::string::npos);
    EXPECT_NE(r.out.find("score range:"), std::string::npos);
    EXPECT_NE(r.out.find("1 scenario checked: 1 ok, 0 with errors"), std::string::npos);
}

TEST(Check, UnreachableSceneIsAnErrorAtItsLine) {
    CliResult r = check("unreachable");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("unreachable/scenario.lua:26: error: scene \"orphan\" cannot be reached"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("unreachable: orphan"), std::string::npos);
}

TEST(Check, DeadEndThatOnlyConditionsCreateIsFound) {
    CliResult r = check("conditional_dead_end");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("scene \"private\" offers no choice when trust = 0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("dead ends: private"), std::string::npos) << r.out;
}

TEST(Check, ScenarioWhoseWorstPathPassesFails) {
    CliResult r = check("worst_passes");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("even the worst path passes"), std::string::npos) << r.out;
}

TEST(Check, ScenarioWhoseBestPathCannotPassFails) {
    CliResult r = check("best_fails");  // every way through arrests her or questions her in front of him
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("even the best path cannot pass"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[best-fails]"), std::string::npos) << r.out;
}

TEST(Check, UnknownTargetNamesFileLineAndSuggestion) {
    CliResult r = check("unknown_target");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("unknown_target/scenario.lua:15: error: a choice in scene \"arrival\" leads to \"privat\""),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("did you mean \"private\"?"), std::string::npos) << r.out;
}

TEST(Check, FolderOfScenariosChecksEachAndCounts) {
    CliResult r = run({"check", fixture_path("check")});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("6 scenarios checked: 1 ok, 5 with errors"), std::string::npos) << r.out;
}

TEST(Check, MissingFolderIsAClearError) {
    CliResult r = run({"check", fixture_path("check/does_not_exist")});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("does_not_exist"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 scenario checked: 0 ok, 1 with errors"), std::string::npos) << r.out;
}

TEST(Check, ShippedLibraryPasses) {
    CliResult r = run({"check", source_path("scenarios")});
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("bar_inspection"), std::string::npos);
}

TEST(Cli, VersionAndUsageErrors) {
    CliResult version = run({"--version"});
    EXPECT_EQ(version.status, 0);
    EXPECT_EQ(version.out.rfind("senales ", 0), 0u) << version.out;
    CliResult wrong = run({"play"});
    EXPECT_EQ(wrong.status, 2);
    EXPECT_NE(wrong.err.find("path"), std::string::npos) << wrong.err;
    CliResult unknown = run({"--frobnicate"});
    EXPECT_EQ(unknown.status, 2);
    CliResult both = run({"play", "x", "--best", "--worst"});
    EXPECT_EQ(both.status, 2);
    CliResult lang = run({"play", "x", "--lang", "fr"});
    EXPECT_EQ(lang.status, 2);
}

TEST(Graph, DotShowsEveryScenePracticeAndHarm) {
    CliResult r = run({"graph", fixture_path("check/valid_small"), "--lang", "en"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("digraph \"valid_small\" {", 0), 0u) << r.out;
    for (const char* scene : {"\"arrival\" [", "\"private\" [", "\"referred\" ["})
        EXPECT_NE(r.out.find(scene), std::string::npos) << scene;
    EXPECT_NE(r.out.find("\"arrival\" -> \"private\""), std::string::npos);
    EXPECT_NE(r.out.find("color=\"#2e7d32\", fontcolor=\"#2e7d32\", penwidth=2"), std::string::npos);  // practice
    EXPECT_NE(r.out.find("style=dashed"), std::string::npos);                                           // harm
    EXPECT_NE(r.out.find("shape=doubleoctagon"), std::string::npos);                                    // ending
}
