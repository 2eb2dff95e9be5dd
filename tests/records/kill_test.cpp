// Killing the game at any moment loses nothing already committed: a writer is killed with SIGKILL
// again and again in the middle of its work, and after each kill every write it had reported as
// committed is still there and the file is sound.
#ifndef _WIN32

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "records/record_store.h"

using namespace senales;
using namespace senales::records;
namespace fs = std::filesystem;

namespace {

// The child's work, forever: start an attempt, add steps, finish; after each commit it tells the
// parent what is now durable: "<attempt> <steps> <finished>\n".
[[noreturn]] void write_forever(const fs::path& file, int report) {
    std::vector<std::string> notices;
    auto store = RecordStore::open(file, notices);
    for (;;) {
        auto id = store->start_attempt("writer", "bar_inspection", "h", "es", 7u, iso8601_now());
        for (int step = 1; step <= 5; ++step) {
            store->add_step(id, {Step::Kind::choose, step, {}}, "choice_" + std::to_string(step), "scene", iso8601_now());
            std::string line = std::to_string(id) + " " + std::to_string(step) + " 0\n";
            if (write(report, line.data(), line.size()) < 0) _exit(1);
        }
        AttemptResult result;
        result.ending = "e";
        result.outcome = "good";
        result.found = {"a", "b"};
        store->finish_attempt(id, result, iso8601_now());
        std::string line = std::to_string(id) + " 5 1\n";
        if (write(report, line.data(), line.size()) < 0) _exit(1);
    }
}

}  // namespace

TEST(KillTest, NothingCommittedIsLostWhenTheWriterIsKilled) {
    fs::path folder = fs::temp_directory_path() / ("senales_kill_" + std::to_string(getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    fs::path file = folder / "records.sqlite";
    std::map<std::int64_t, std::pair<int, bool>> durable;  // attempt -> steps, finished
    std::mt19937 random(7);
    int kills = 0;

    for (int round = 0; round < 12; ++round) {
        int pipe_ends[2];
        ASSERT_EQ(pipe(pipe_ends), 0);
        pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(pipe_ends[0]);
            write_forever(file, pipe_ends[1]);
        }
        close(pipe_ends[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + random() % 60));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ++kills;
        EXPECT_TRUE(WIFSIGNALED(status));

        std::string reported;
        char buffer[4096];
        for (ssize_t n; (n = read(pipe_ends[0], buffer, sizeof buffer)) > 0;) reported.append(buffer, static_cast<std::size_t>(n));
        close(pipe_ends[0]);
        std::istringstream lines(reported);
        std::int64_t id;
        int steps, finished;
        while (lines >> id >> steps >> finished) {
            auto& [known_steps, known_finished] = durable[id];
            known_steps = std::max(known_steps, steps);
            known_finished = known_finished || finished;
        }

        std::vector<std::string> notices;
        auto store = RecordStore::open(file, notices);
        EXPECT_TRUE(notices.empty()) << "round " << round << ": " << (notices.empty() ? "" : notices.front());
        std::map<std::int64_t, Attempt> found;
        for (Attempt& attempt : store->attempts()) found[attempt.id] = std::move(attempt);
        for (const auto& [attempt, expected] : durable) {
            ASSERT_TRUE(found.count(attempt)) << "round " << round << ": attempt " << attempt << " lost";
            EXPECT_GE(found[attempt].steps.size(), static_cast<std::size_t>(expected.first)) << "attempt " << attempt;
            if (expected.second) {
                EXPECT_EQ(found[attempt].status, AttemptStatus::finished) << "attempt " << attempt;
                ASSERT_TRUE(found[attempt].result);
                EXPECT_EQ(found[attempt].result->found.size(), 2u);
            }
        }
    }
    EXPECT_EQ(kills, 12);
    EXPECT_GT(durable.size(), 12u) << "the writer should have committed work in most rounds";
    fs::remove_all(folder);
}

#endif
