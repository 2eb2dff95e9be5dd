// Two windows (here: two processes) writing to one records folder at the same moment, as when two
// trainees share a laptop or a facilitator reads the class summary while a trainee plays: every
// step of each is saved, in its own attempt, in the order it was taken.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "disk_trace.h"
#include "records/record_store.h"
#include "run_senales.h"

namespace senales::test {
namespace {

const std::filesystem::path kSourceDir = SENALES_SOURCE_DIR;

// Flagging and unflagging the first scene's first detail `rounds` times, then the best path.
std::string busy_steps(int rounds) {
    std::string steps;
    for (int i = 0; i < rounds; ++i) steps += std::string(steps.empty() ? "" : ",") + "flag:driver_holds_papers,unflag:driver_holds_papers";
    return steps;
}

TEST(TwoWindows, WritingAtOnceLosesNoStepAndMixesNone) {
    ScratchFolder data("data"), cwd("cwd"), home("home");
    constexpr int kRounds = 150;  // 300 steps each, one transaction per step
    const std::vector<std::string> trainees = {"Ana", "Beto", "Carla"};
    std::vector<BinaryRun> runs(trainees.size());
    std::vector<std::thread> players;
    for (std::size_t i = 0; i < trainees.size(); ++i)
        players.emplace_back([&, i] {
            runs[i] = run_senales({"play", (kSourceDir / "scenarios/roadside_check").string(), "--trainee", trainees[i],
                                   "--data-dir", data.path().string(), "--seed", "5", "--steps", busy_steps(kRounds)},
                                  cwd.path(), {{"HOME", home.path().string()}, {"SENALES_HOME", kSourceDir.string()}}, 120);
        });
    // Meanwhile, someone reads the class summary over and over.
    std::vector<BinaryRun> readers;
    for (int i = 0; i < 5; ++i)
        readers.push_back(run_senales({"records", "summary", "--data-dir", data.path().string()}, cwd.path(),
                                      {{"HOME", home.path().string()}, {"SENALES_HOME", kSourceDir.string()}}, 60));
    for (std::thread& player : players) player.join();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        ASSERT_TRUE(runs[i].exited) << describe(runs[i]) << "\n" << runs[i].output;
        EXPECT_EQ(runs[i].code, 0) << runs[i].output;
        EXPECT_EQ(runs[i].output.find("records:"), std::string::npos) << "no records problem reported\n" << runs[i].output;
    }
    for (const BinaryRun& reader : readers) EXPECT_TRUE(reader.exited && reader.code == 0) << reader.output;

    std::vector<std::string> notices;
    auto store = records::RecordStore::open(data.path() / "records.sqlite", notices);
    for (const std::string& trainee : trainees) {
        const std::vector<records::Attempt> attempts = store->attempts(trainee);
        ASSERT_EQ(attempts.size(), 1u) << trainee;
        const std::vector<records::RecordedStep>& steps = attempts[0].steps;
        ASSERT_EQ(steps.size(), static_cast<std::size_t>(2 * kRounds)) << trainee << ": a step was lost";
        for (std::size_t k = 0; k < steps.size(); ++k)
            ASSERT_EQ(steps[k].step.kind, k % 2 == 0 ? Step::Kind::flag : Step::Kind::unflag)
                << trainee << ": step " << k << " out of order";
    }
}

}  // namespace
}  // namespace senales::test
