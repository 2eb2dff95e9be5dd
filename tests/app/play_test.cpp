#include <gtest/gtest.h>

#include <set>
#include <sstream>

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

// The best path as --steps: flags by detail id, choices by the number shown under that seed.
std::string as_steps(const json& played) {
    std::string steps;
    for (const auto& step : played["path"]["steps"]) {
        if (!steps.empty()) steps += ",";
        steps += step.contains("flag") ? "flag:" + step["flag"].get<std::string>()
                                       : std::to_string(step["number"].get<int>());
    }
    return steps;
}

TEST(Play, StepsReplayTheBestPathExactly) {
    json best = play_json({"--best", "--seed", "7"});
    json replayed = play_json({"--steps", as_steps(best), "--seed", "7"});
    EXPECT_EQ(replayed["path"], best["path"]);
    EXPECT_EQ(replayed["scores"], best["scores"]);
    EXPECT_EQ(replayed["debrief"], best["debrief"]);

    json partial = play_json({"--steps", "1"});
    EXPECT_FALSE(partial["finished"].get<bool>());
    EXPECT_TRUE(partial["ending"].is_null());
}

TEST(Play, WithoutASeedOneIsDrawnAndReportedSoTheRunCanBeReplayed) {
    json drawn = play_json({"--best"});
    ASSERT_TRUE(drawn["choice_order"].contains("seed")) << drawn["choice_order"];
    const std::string seed = std::to_string(drawn["choice_order"]["seed"].get<std::uint32_t>());
    json again = play_json({"--steps", as_steps(drawn), "--seed", seed});
    EXPECT_EQ(again["path"], drawn["path"]);
    CliResult text = run({"play", kBar, "--best", "--seed", "12345"});
    EXPECT_NE(text.out.find("--seed 12345"), std::string::npos) << text.out;
}

TEST(Play, TheSameStepNumberPicksDifferentChoicesUnderDifferentSeeds) {
    // The first decision of the best path, pressed as "1" under many seeds: every choice of that
    // decision comes up first under some seed, so "1" means nothing but "the first one shown".
    std::set<std::string> firsts;
    for (int seed = 0; seed < 40; ++seed) {
        json played = play_json({"--steps", "1", "--seed", std::to_string(seed)});
        firsts.insert(played["path"]["steps"][0]["choice"].get<std::string>());
    }
    json authored = play_json({"--steps", "1", "--authored-order"});
    EXPECT_TRUE(authored["choice_order"]["authored"].get<bool>());
    EXPECT_GE(firsts.size(), 3u);
    EXPECT_TRUE(firsts.count(authored["path"]["steps"][0]["choice"].get<std::string>()));
}

TEST(Play, AnAttemptRecordedForATraineeIsNeverInTheWrittenOrder) {
    CliResult r = run({"play", kBar, "--best", "--authored-order", "--trainee", "Ana"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("always shows the choices shuffled"), std::string::npos) << r.err;
}

// [SECTION] The machine protocol, as a bot would use it

std::vector<json> lines_of(const std::string& out) {
    std::vector<json> messages;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) messages.push_back(json::parse(line));
    return messages;
}

TEST(Protocol, ABotPlayingTheBestPathGetsTheBestResult) {
    const json best = play_json({"--best", "--seed", "99"});
    std::string input;
    for (const auto& step : best["path"]["steps"])
        input += (step.contains("flag") ? "flag:" + step["flag"].get<std::string>()
                                        : std::to_string(step["number"].get<int>())) + "\n";
    CliResult r = run({"play", kBar, "--protocol", "--seed", "99", "--feedback", "immediate"}, input);
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    const std::vector<json> messages = lines_of(r.out);
    ASSERT_FALSE(messages.empty());
    int decisions = 0, feedback = 0;
    for (const json& m : messages) {
        if (m["type"] == "decision") {
            ++decisions;
            EXPECT_FALSE(m["text"].get<std::string>().empty());
            ASSERT_FALSE(m["choices"].empty());
            EXPECT_EQ(m["choices"][0]["n"], 1);
            EXPECT_FALSE(m["choices"][0].contains("id"));  // an id can tell where a choice leads
            for (const json& d : m["details"]) EXPECT_TRUE(d.contains("flagged"));
        }
        feedback += m["type"] == "feedback";
    }
    EXPECT_EQ(decisions, static_cast<int>(best["debrief"]["timeline"].size()));
    EXPECT_GT(feedback, 0);
    const json& result = messages.back();
    EXPECT_EQ(result["type"], "result");
    EXPECT_EQ(result["passed"], best["scores"]["passed"]);
    EXPECT_EQ(result["overall"], best["scores"]["overall"]);
    EXPECT_EQ(result["ending"], best["ending"]["id"]);
    EXPECT_EQ(result["seed"], 99);
    EXPECT_EQ(result["competencies"]["recognition"], best["scores"]["competencies"]["recognition"]["score"]);
}

TEST(Protocol, BadInputIsAnErrorLineAndExitOne) {
    for (const std::string& input : {std::string("flag:no_such_detail\n"), std::string("seven\n"),
                                     std::string("99\n"), std::string("1,2\n"), std::string("")}) {
        CliResult r = run({"play", kBar, "--protocol", "--seed", "1"}, input);
        EXPECT_EQ(r.status, 1) << input;
        const std::vector<json> messages = lines_of(r.out);
        ASSERT_GE(messages.size(), 2u) << r.out;
        EXPECT_EQ(messages.front()["type"], "decision");
        EXPECT_EQ(messages.back()["type"], "error");
        EXPECT_FALSE(messages.back()["message"].get<std::string>().empty());
    }
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
    CliResult immediate = run({"play", small, "--steps", "2,1,1,1", "--lang", "en", "--authored-order"});
    EXPECT_EQ(immediate.status, 0) << immediate.err;
    EXPECT_NE(immediate.out.find("  [Careful] "), std::string::npos) << immediate.out;
    CliResult deferred =
        run({"play", small, "--steps", "2,1,1,1", "--lang", "en", "--feedback", "deferred", "--authored-order"});
    EXPECT_EQ(deferred.out.find("[Careful]"), std::string::npos) << deferred.out;
    EXPECT_NE(deferred.out.find("What harmed the person:"), std::string::npos);  // the debrief still says it
    CliResult bar = run({"play", kBar, "--steps", "1", "--feedback", "immediate", "--lang", "en"});
    EXPECT_EQ(bar.status, 0) << bar.err;
}
