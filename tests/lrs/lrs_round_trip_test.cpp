// The round trip a training unit makes: attempts recorded on a laptop, pushed after each step to a
// real learning record store (Learning Locker's xapi-statements, started by run_lrs.sh), and read
// back from it. Without SENALES_LRS_URL (no record store could be started) it is skipped.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "../app/cli_run.h"
#include "net/lrs_client.h"
#include "records/record_store.h"

using namespace senales;
using namespace senales::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kScenario = source_path("scenarios/bar_inspection");
const std::string kVerbs = "http://adlnet.gov/expapi/verbs/";

class LrsRoundTrip : public ::testing::Test {
protected:
    void SetUp() override {
        const char* url = std::getenv("SENALES_LRS_URL");
        if (!url) GTEST_SKIP() << "no record store: run this through tests/lrs/run_lrs.sh";
        std::string error;
        auto parsed = net::parse_lrs_endpoint(url, &error);
        ASSERT_TRUE(parsed) << error;
        lrs = *parsed;
        lrs.user = "senales";
        lrs.password = "test";
        dir = fs::temp_directory_path() / ("senales_lrs_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
        fs::remove_all(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    CliResult play(const std::string& trainee, std::vector<std::string> extra) {
        std::vector<std::string> args = {"play", kScenario, "--trainee", trainee, "--data-dir", dir.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }
    // Pushes as a facilitator would; returns how many it says it sent.
    int push() {
        CliResult pushed = run({"records", "push", "--lrs", lrs.url, "--user", lrs.user, "--password", lrs.password,
                                "--xapi-home", "https://academia.example.gt", "--data-dir", dir.string()});
        EXPECT_EQ(pushed.status, 0) << pushed.out << pushed.err;
        EXPECT_EQ(pushed.err.find("refused"), std::string::npos) << pushed.err;
        EXPECT_EQ(pushed.err.find("409"), std::string::npos) << pushed.err;
        const auto at = pushed.out.find("Sent ");
        return at == std::string::npos ? -1 : std::stoi(pushed.out.substr(at + 5));
    }
    // Every statement the record store holds, page after page.
    std::vector<json> held() {
        std::vector<json> all;
        std::string resource = "statements?limit=200";
        for (int page = 0; page < 100 && !resource.empty(); ++page) {
            records::LrsAnswer answer = net::lrs_get(lrs, resource);
            EXPECT_EQ(answer.status, 200) << answer.error << answer.body;
            if (answer.status != 200) break;
            json body = json::parse(answer.body);
            for (json& s : body["statements"]) all.push_back(std::move(s));
            const std::string more = body.value("more", "");
            resource = more.empty() ? "" : more.substr(more.find("statements"));
        }
        return all;
    }
    std::unique_ptr<records::RecordStore> store() {
        std::vector<std::string> notices;
        return records::RecordStore::open(dir / "records.sqlite", notices);
    }

    net::LrsEndpoint lrs;
    fs::path dir;
};

// The best path under one seed as --steps: its choices' numbers as offered, and its flags.
std::vector<std::string> best_steps(const std::string& seed) {
    const json best = json::parse(run({"play", kScenario, "--best", "--json", "--seed", seed}).out);
    std::vector<std::string> steps;
    for (const json& step : best["path"]["steps"])
        steps.push_back(step.contains("flag") ? "flag:" + step["flag"].get<std::string>()
                                              : std::to_string(step["number"].get<int>()));
    return steps;
}

std::string joined(const std::vector<std::string>& steps, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : ",") + steps[i];
    return out;
}

}  // namespace

TEST_F(LrsRoundTrip, EveryResultArrivesNothingConflictsAndNoNameLeaves) {
    const std::vector<std::string> steps = best_steps("7");
    ASSERT_GT(steps.size(), 4u);
    // One finished at once, looked at in a file (with the default address) before it is pushed.
    ASSERT_EQ(play("Ana Pérez", {"--best", "--seed", "7"}).status, 0);
    ASSERT_EQ(run({"records", "export", "--xapi", (dir / "look.json").string(), "--data-dir", dir.string()}).status, 0);
    EXPECT_GT(push(), 0);
    // One left in progress, pushed, then finished after a resume.
    ASSERT_EQ(play("Beto Ixcoy", {"--seed", "7", "--steps", joined(steps, 0, 3)}).status, 0);
    EXPECT_GT(push(), 0);
    CliResult resumed = play("Beto Ixcoy", {"--resume", "--steps", joined(steps, 3, steps.size())});
    ASSERT_EQ(resumed.status, 0) << resumed.err;
    EXPECT_GT(push(), 0);
    // One abandoned, after it was pushed in progress.
    ASSERT_EQ(play("Carla Tzul", {"--seed", "7", "--steps", joined(steps, 0, 2)}).status, 0);
    EXPECT_GT(push(), 0);
    {
        auto records = store();
        for (const records::Attempt& attempt : records->attempts())
            if (attempt.status == records::AttemptStatus::in_progress) records->abandon_attempt(attempt.id, records::iso8601_now());
    }
    EXPECT_GT(push(), 0);
    EXPECT_EQ(push(), 0) << "a second push sends nothing";

    const std::vector<json> statements = held();
    std::map<std::string, std::set<std::string>> verbs;  // by registration
    for (const json& s : statements) {
        verbs[s["context"]["registration"]].insert(s["verb"]["id"].get<std::string>());
        EXPECT_EQ(s["actor"]["account"]["homePage"], "https://academia.example.gt");
        const std::string actor = s["actor"].dump();
        for (const char* name : {"Ana", "Beto", "Carla", "Pérez", "Ixcoy", "Tzul"})
            EXPECT_EQ(actor.find(name), std::string::npos) << actor;
        EXPECT_FALSE(s["actor"].contains("name"));
        EXPECT_FALSE(s["actor"].contains("mbox"));
    }
    const std::vector<records::Attempt> attempts = store()->attempts();
    ASSERT_EQ(attempts.size(), 3u);
    std::size_t expected = 0;
    for (const records::Attempt& attempt : attempts) expected += records::attempt_statement_ids(attempt).size();
    EXPECT_EQ(statements.size(), expected) << "every statement of every attempt, once";
    for (const records::Attempt& attempt : attempts) {
        const std::set<std::string>& got = verbs[attempt.uuid];
        if (attempt.status == records::AttemptStatus::finished) {
            EXPECT_TRUE(got.count(kVerbs + "completed")) << attempt.trainee;
            EXPECT_TRUE(got.count(kVerbs + "passed")) << attempt.trainee << ": the best path passes";
            EXPECT_TRUE(got.count(kVerbs + "terminated")) << attempt.trainee;
        } else {
            EXPECT_EQ(attempt.status, records::AttemptStatus::abandoned);
            EXPECT_TRUE(got.count("https://w3id.org/xapi/adl/verbs/abandoned")) << attempt.trainee;
        }
    }
    EXPECT_TRUE(verbs[attempts[1].uuid].count(kVerbs + "resumed")) << "Beto's attempt was taken up again";
    // The passed statement holds the score and what the trainer reads.
    for (const json& s : statements)
        if (s["verb"]["id"] == kVerbs + "passed" && s["context"]["registration"] == attempts[0].uuid) {
            EXPECT_TRUE(s["result"]["success"].get<bool>());
            EXPECT_TRUE(s["result"]["extensions"].contains("https://academia.example.gt/xapi/extensions/competencies"));
        }
}
