#include <gtest/gtest.h>

#include <sstream>

#include <fstream>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli_run.h"

using namespace senales::test;

namespace {

CliResult check(const std::string& fixture) { return run({"check", fixture_path("check/" + fixture)}); }

// valid_small with some texts replaced, written as its own scenario folder `id` in a temporary
// folder; returns that folder.
std::string variant_of_valid_small(const std::string& id, const std::vector<std::pair<std::string, std::string>>& edits) {
    std::ifstream in(fixture_path("check/valid_small/scenario.lua"), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string lua = text.str();
    for (const auto& [from, to] : edits) {
        const std::size_t at = lua.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) lua.replace(at, from.size(), to);
    }
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "senales_check_variants" / id;
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "scenario.lua", std::ios::binary) << lua;
    return folder.string();
}

// The good choices of valid_small, written out twice as long as the others.
std::string gameable() {
    return variant_of_valid_small(
        "gameable",
        {{"Hablar con ella a solas.",
          "Pedir al gerente que espere afuera y hablar con ella a solas, con calma, en una sala tranquila."},
         {"Talk with her alone.", "Ask the manager to wait outside and talk with her alone, calmly, in a quiet room, at her pace."},
         {"Llamar a un intérprete por teléfono.",
          "Llamar a un intérprete neutral y capacitado por teléfono, que hable su idioma y no conozca a nadie del bar."},
         {"Call an interpreter by phone.",
          "Call a neutral, trained interpreter by phone who speaks her language and knows no one from the bar."},
         {"Explicarle qué pasará y preguntarle si quiere seguir.",
          "Explicarle con calma qué pasará con lo que cuente, qué queda confidencial y qué no, y preguntarle si quiere seguir."},
         {"Explain what will happen and ask if she wants to go on.",
          "Explain calmly what will happen with what she says, what stays confidential and what does not, and ask if "
          "she wants to go on."}});
}

}  // namespace

TEST(Check, ValidScenarioReportsItsShape) {
    CliResult r = check("valid_small");
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("scenes 4, endings 3, details 4 (2 signs, 2 neutral)"), std::string::npos) << r.out;
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

TEST(Check, ScenarioWhereEveryPathPassesFails) {
    CliResult r = check("every_path_passes");  // both choices are good practices
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("every way through passes once the signs are flagged"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[every-path-passes]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("best failing path (signs flagged): none"), std::string::npos) << r.out;
}

// Both of the fixture's choices pass, so every shortcut passes too, and check says which.
TEST(Check, AShortcutThatPassesFailsTheScenarioAndTheTableShowsIt) {
    CliResult r = check("every_path_passes");
    EXPECT_NE(r.out.find("naive players, pass rate"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("always first, with the signs flagged, passes 200 of 200 runs (100.0 %; tolerated: at most "
                         "10 % of attempts) [naive-strategy-passes]"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("always longest (en), with every detail flagged, passes"), std::string::npos) << r.out;
}

TEST(Check, TheRightAnswerReadOffItsLengthIsAWarning) {
    CliResult r = run({"check", gameable()});  // the good choices are twice as long as the others
    EXPECT_EQ(r.status, 0) << r.out;  // the length bots still fail it: a warning, not an error
    EXPECT_NE(r.out.find("best choice the longest (es): 3 of 4 decisions (75.0 %), length 2.02 x the others"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("warning: the best choice is the longest in 3 of 4 decisions (es)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[best-is-longest]"), std::string::npos);
    EXPECT_NE(r.out.find("warning: the best choice is on average 2.09 times as long as the others (en) [best-is-longer]"),
              std::string::npos)
        << r.out;
    CliResult fair = check("valid_small");
    EXPECT_EQ(fair.out.find("[best-is-long"), std::string::npos) << fair.out;
}

TEST(Check, LongSentencesForACommunityClassAreAWarning) {
    std::string wordy;  // forty sentences of twenty-five words: far over a community class's twelve
    for (int i = 0; i < 40; ++i)
        wordy += "Llega a un bar donde la música suena fuerte, las luces están bajas y varias personas conversan en las "
                 "mesas del fondo sin mirar a nadie. ";
    CliResult r = run({"check", variant_of_valid_small("wordy", {{"audience = \"police\"", "audience = \"community\""},
                                                                 {"Llega a un bar.", wordy}})});
    EXPECT_NE(r.out.find("words per sentence (es, catalog texts included):"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("warning: what a community trainee reads averages"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(at most 12); the longest:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[long-sentences]"), std::string::npos) << r.out;
    CliResult plain = check("valid_small");
    EXPECT_EQ(plain.out.find("[long-sentences]"), std::string::npos) << plain.out;
}

// A library whose every scenario is about the same person.
TEST(Check, ALibraryOfOneProfileIsAWarning) {
    const std::filesystem::path root = std::filesystem::temp_directory_path() / "senales_one_profile";
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "scenarios");
    std::filesystem::copy(source_path("scripts"), root / "scripts", std::filesystem::copy_options::recursive);
    for (const char* id : {"one", "two", "three"})
        std::filesystem::copy(fixture_path("check/valid_small"), root / "scenarios" / id,
                              std::filesystem::copy_options::recursive);
    setenv("SENALES_HOME", root.c_str(), 1);
    CliResult r = run({"check"});
    unsetenv("SENALES_HOME");
    EXPECT_NE(r.out.find("library profile (whom the scenarios are about):"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  gender: female 3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("warning: 3 of 3 scenarios have gender = female: the library leans on one picture [one-profile]"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("trafficking = true: the library"), std::string::npos) << r.out;  // by design, not warned
    std::filesystem::remove_all(root);
}

TEST(Check, FlaggingEverythingMustNotPass) {
    // valid_small without its two harmless details.
    CliResult r = run({"check", variant_of_valid_small("no_harmless_detail",
                                                       {{"detail \"accent\" { neutral = true,", "detail \"accent\" { indicator = \"isolation\","},
                                                        {"      why = { es = \"De dónde viene no es una señal.\", en = \"Where she comes from is not a sign.\" } },", "    },"},
                                                        {"detail \"phone\" { neutral = true,", "detail \"phone\" { indicator = \"isolation\","},
                                                        {"      why = { es = \"Un teléfono no dice nada por sí solo.\", en = \"A phone says nothing on its own.\" } },", "    },"}})});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find("the best choices pass with every detail flagged"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[flag-everything-passes]"), std::string::npos) << r.out;
}

TEST(Check, JsonReportHoldsTheTableAndTheDiagnostics) {
    CliResult r = run({"check", "--json", gameable()});
    EXPECT_EQ(r.status, 0) << r.out;
    const nlohmann::json report = nlohmann::json::parse(r.out);
    EXPECT_TRUE(report["ok"].get<bool>());
    ASSERT_EQ(report["scenarios"].size(), 1u);
    const nlohmann::json& s = report["scenarios"][0];
    EXPECT_EQ(s["id"], "gameable");
    EXPECT_EQ(s["person"]["age"], "adult");
    EXPECT_EQ(s["best"]["ending"], "supported");
    EXPECT_TRUE(s["best"]["passed"].get<bool>());
    EXPECT_EQ(s["choice_lengths"][0]["best_longest"], 3);
    EXPECT_EQ(s["naive_strategies"].size(), 28u);  // 7 choice strategies x 4 ways of flagging
    for (const auto& row : s["naive_strategies"]) {
        EXPECT_EQ(row["runs"].get<int>(), row["choices"] == "random" ? 1000 : 200);
        EXPECT_FALSE(row["too_often"].get<bool>()) << row;
    }
    bool warned = false;
    for (const auto& d : s["diagnostics"]) warned |= d["code"] == "best-is-longest" && d["level"] == "warning";
    EXPECT_TRUE(warned) << s["diagnostics"];
    CliResult broken = run({"check", "--json", fixture_path("check/unknown_target")});
    EXPECT_EQ(broken.status, 1);
    EXPECT_FALSE(nlohmann::json::parse(broken.out)["ok"].get<bool>());
}

TEST(List, JsonSaysWhoEachScenarioIsAbout) {
    CliResult r = run({"list", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const nlohmann::json list = nlohmann::json::parse(r.out);
    ASSERT_GE(list.size(), 7u);
    for (const auto& s : list) {
        if (!s["loads"].get<bool>()) continue;
        EXPECT_FALSE(s["title"]["es"].get<std::string>().empty());
        EXPECT_EQ(s["person"]["nationality"].get<std::string>().size(), 2u) << s;
        EXPECT_TRUE(s["person"].contains("trafficking")) << s;
        EXPECT_FALSE(s["setting"]["institution"].get<std::string>().empty()) << s;
    }
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
    CliResult lang = run({"play", "x", "--lang", "f_r"});  // not a language code
    EXPECT_EQ(lang.status, 2);
    CliResult absent = run({"play", source_path("scenarios/bar_inspection"), "--best", "--lang", "fr"});
    EXPECT_EQ(absent.status, 2);  // a code, but not installed
    EXPECT_NE(absent.err.find("installed: es, en"), std::string::npos) << absent.err;
}

TEST(Graph, DotShowsEveryScenePracticeAndHarm) {
    CliResult r = run({"graph", fixture_path("check/valid_small"), "--lang", "en"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("digraph \"valid_small\" {", 0), 0u) << r.out;
    for (const char* scene : {"\"arrival\" [", "\"private\" [", "\"supported\" ["})
        EXPECT_NE(r.out.find(scene), std::string::npos) << scene;
    EXPECT_NE(r.out.find("\"arrival\" -> \"private\""), std::string::npos);
    EXPECT_NE(r.out.find("color=\"#2e7d32\", fontcolor=\"#2e7d32\", penwidth=2"), std::string::npos);  // practice
    EXPECT_NE(r.out.find("style=dashed"), std::string::npos);                                           // harm
    EXPECT_NE(r.out.find("shape=doubleoctagon"), std::string::npos);                                    // ending
}
