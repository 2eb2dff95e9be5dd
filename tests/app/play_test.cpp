#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_run.h"

using namespace senales::test;
using nlohmann::json;

namespace {

const std::string kBar = source_path("scenarios/bar_inspection");

json play_json(std::vector<std::string> extra) {
    std::vector<std::string> args = {"play", kBar, "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    CliResult r = run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    return json::parse(r.out);
}

}  // namespace

TEST(Play, BestPathPassesWithTopMarks) {
    json result = play_json({"--best"});
    EXPECT_TRUE(result["finished"].get<bool>());
    EXPECT_EQ(result["ending"]["outcome"], "good");
    EXPECT_EQ(result["scores"]["overall"], 100);
    EXPECT_TRUE(result["scores"]["passed"].get<bool>());
    for (const char* c : {"recognition", "do_no_harm", "protection", "outcome"})
        EXPECT_EQ(result["scores"]["competencies"][c]["score"], 100) << c;
    EXPECT_TRUE(result["debrief"]["indicators"]["missed"].empty());
    EXPECT_TRUE(result["debrief"]["indicators"]["wrongly_flagged"].empty());
    EXPECT_TRUE(result["debrief"]["harms"].empty());
    EXPECT_GE(result["debrief"]["indicators"]["found"].size(), 1u);
    EXPECT_FALSE(result["debrief"]["sources"].empty());
}

TEST(Play, WorstPathFailsAndExplainsWhy) {
    json result = play_json({"--worst", "--lang", "en"});
    EXPECT_FALSE(result["scores"]["passed"].get<bool>());
    EXPECT_EQ(result["lang"], "en");
    EXPECT_FALSE(result["debrief"]["harms"].empty());
    EXPECT_FALSE(result["debrief"]["indicators"]["wrongly_flagged"].empty());
    for (const auto& harm : result["debrief"]["harms"]) {
        EXPECT_FALSE(harm["instead"].get<std::string>().empty());
        EXPECT_FALSE(harm["principle"].get<std::string>().empty());
        EXPECT_FALSE(harm["consequence"].get<std::string>().empty());
    }
    for (const auto& entry : result["debrief"]["timeline"]) EXPECT_TRUE(entry.contains("alternatives"));
}

TEST(Play, StepsReplayTheBestPathExactly) {
    json best = play_json({"--best"});
    std::string steps;
    for (const auto& step : best["path"]["steps"]) {
        if (!steps.empty()) steps += ",";
        steps += step.contains("flag") ? "flag:" + step["flag"].get<std::string>()
                                       : std::to_string(step["number"].get<int>());
    }
    json replayed = play_json({"--steps", steps});
    EXPECT_EQ(replayed["path"], best["path"]);
    EXPECT_EQ(replayed["scores"], best["scores"]);
    EXPECT_EQ(replayed["debrief"], best["debrief"]);

    json partial = play_json({"--steps", "1"});
    EXPECT_FALSE(partial["finished"].get<bool>());
    EXPECT_TRUE(partial["ending"].is_null());
}

TEST(Play, BadStepsSayWhichStepAndWhy) {
    CliResult r = run({"play", kBar, "--steps", "1,flag:no_such_detail"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("step 2"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("no_such_detail"), std::string::npos) << r.err;
    CliResult r2 = run({"play", kBar, "--steps", "99"});
    EXPECT_EQ(r2.status, 1);
    EXPECT_NE(r2.err.find("there is no choice 99"), std::string::npos) << r2.err;
    CliResult r3 = run({"play", kBar, "--steps", "one"});
    EXPECT_EQ(r3.status, 2);
    EXPECT_NE(r3.err.find("\"one\" is not a step"), std::string::npos) << r3.err;
}

TEST(Play, TranscriptShowsScenesChoicesAndDebriefInTheChosenLanguage) {
    CliResult es = run({"play", kBar, "--best"});
    EXPECT_EQ(es.status, 0) << es.err;
    EXPECT_NE(es.out.find("Opciones:"), std::string::npos);
    EXPECT_NE(es.out.find("== Resumen =="), std::string::npos);
    EXPECT_NE(es.out.find("Resultado general: 100/100, aprobado"), std::string::npos) << es.out;
    CliResult en = run({"play", kBar, "--worst", "--lang", "en"});
    EXPECT_NE(en.out.find("== Debrief =="), std::string::npos);
    EXPECT_NE(en.out.find("What harmed the person:"), std::string::npos);
    EXPECT_NE(en.out.find("not passed"), std::string::npos);
}

TEST(Play, InteractivePlayReadsTheTrainee) {
    CliResult r = run({"play", kBar, "--lang", "en"}, "1\nf1\nn\nq\n");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("> flag:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Notebook:"), std::string::npos);
    EXPECT_NE(r.out.find("You left the scenario"), std::string::npos);
}

TEST(Play, WithoutStepsOrTerminalItSaysWhatToDo) {
    CliResult r = run({"play", kBar});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--steps"), std::string::npos);
}

TEST(Play, FeedbackTimingFollowsTheScenarioUnlessOverridden) {
    const std::string small = fixture_path("check/valid_small");  // feedback = "immediate"
    CliResult immediate = run({"play", small, "--steps", "2", "--lang", "en"});
    EXPECT_EQ(immediate.status, 0) << immediate.err;
    EXPECT_NE(immediate.out.find("  [Careful] "), std::string::npos) << immediate.out;
    CliResult deferred = run({"play", small, "--steps", "2", "--lang", "en", "--feedback", "deferred"});
    EXPECT_EQ(deferred.out.find("[Careful]"), std::string::npos) << deferred.out;
    EXPECT_NE(deferred.out.find("What harmed the person:"), std::string::npos);  // the debrief still says it
    CliResult bar = run({"play", kBar, "--steps", "1", "--feedback", "immediate", "--lang", "en"});
    EXPECT_EQ(bar.status, 0) << bar.err;
}
