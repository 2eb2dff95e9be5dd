// Store and forward against a record store played by the test: batches, retries, a statement
// refused alone, a network that drops in the middle. No clock: waits are counted, not slept.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "play/lrs_status.h"
#include "records/lrs_push.h"
#include "records/record_store.h"

using namespace senales;
using namespace senales::records;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// What a record store does with a POST: keeps statements by id, refuses a batch holding one it
// finds bad (400, with a message) or one it holds with other content (409), and may be told to
// give no answer from the n-th request on.
struct FakeLrs {
    std::map<std::string, std::string> held;
    std::set<std::string> bad;  // ids it refuses
    int requests = 0;
    int silent_from = -1;       // from this request on, no answer (the network is gone)
    int busy_requests = 0;      // the next n requests get 503
    std::vector<std::size_t> batch_sizes;

    LrsAnswer post(const std::string& body) {
        ++requests;
        if (silent_from >= 0 && requests >= silent_from) return {0, "", "Connection refused"};
        if (busy_requests > 0) {
            --busy_requests;
            return {503, "busy", ""};
        }
        const json statements = json::parse(body);
        batch_sizes.push_back(statements.size());
        for (const json& s : statements) {
            if (bad.count(s["id"])) return {400, R"({"message":"Expected IRI in verb.id"})", ""};
            auto found = held.find(s["id"]);
            if (found != held.end() && found->second != s.dump()) return {409, "conflict", ""};
        }
        for (const json& s : statements) held[s["id"]] = s.dump();
        return {200, "[]", ""};
    }
};

class PushTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() / ("senales_push_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(folder);
        std::vector<std::string> notices;
        store = RecordStore::open(folder / "records.sqlite", notices);
        options.batch = 4;
        options.wait = [this](int ms) { waits.push_back(ms); };
    }
    void TearDown() override {
        store.reset();
        fs::remove_all(folder);
    }

    // An attempt with `steps` flags, its statements kept as a push keeps them.
    void record(const std::string& who, int steps, bool finish) {
        const auto id = store->start_attempt(who, "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
        for (int i = 0; i < steps; ++i)
            store->add_step(id, {Step::Kind::flag, -1, "d" + std::to_string(i)}, "", "arrival", "2026-11-25T10:01:00Z");
        if (finish) {
            AttemptResult result;
            result.ending = "referred";
            store->finish_attempt(id, result, "2026-11-25T10:10:00Z");
        }
        keep_all();
    }
    void keep_all() {
        for (const Attempt& attempt : store->attempts()) store->keep_statements(attempt.id, attempt_statements(attempt, xapi));
    }
    PushReport push() {
        return push_statements(*store, [this](const std::string& body) { return lrs.post(body); }, options);
    }

    fs::path folder;
    std::unique_ptr<RecordStore> store;
    FakeLrs lrs;
    XapiOptions xapi;
    PushOptions options;
    std::vector<int> waits;
};

}  // namespace

TEST_F(PushTest, SendsInBatchesAndASecondPushSendsNothing) {
    record("Ana", 5, true);  // initialized, 5 flags, completed, passed or failed, terminated: 9
    EXPECT_EQ(play::statements_waiting(*store), 9u);
    PushReport first = push();
    EXPECT_EQ(first.sent, 9u);
    EXPECT_EQ(first.waiting, 0u);
    EXPECT_EQ(lrs.batch_sizes, (std::vector<std::size_t>{4, 4, 1}));
    EXPECT_EQ(play::statements_waiting(*store), 0u);
    PushReport second = push();
    EXPECT_EQ(second.sent, 0u);
    EXPECT_EQ(lrs.requests, 3) << "nothing was sent again";
}

TEST_F(PushTest, AnAttemptThatGoesOnSendsOnlyItsNewStatementsAndNoneConflicts) {
    record("Ana", 2, false);
    EXPECT_EQ(push().sent, 3u);
    const auto id = store->attempts()[0].id;
    store->add_step(id, {Step::Kind::flag, -1, "later"}, "", "arrival", "2026-11-25T10:05:00Z");
    store->finish_attempt(id, AttemptResult{}, "2026-11-25T10:10:00Z");
    EXPECT_EQ(play::statements_waiting(*store), 4u) << "one flag, completed, failed, terminated";
    keep_all();
    PushReport report = push();
    EXPECT_EQ(report.sent, 4u);
    EXPECT_TRUE(report.problems.empty()) << report.problems.front();
    EXPECT_EQ(lrs.held.size(), 7u);
}

TEST_F(PushTest, ABusyStoreIsTriedAgainWithGrowingWaits) {
    record("Ana", 1, false);
    lrs.busy_requests = 2;
    PushReport report = push();
    EXPECT_EQ(report.sent, 2u);
    EXPECT_EQ(waits, (std::vector<int>{500, 1000}));
}

TEST_F(PushTest, OneBadStatementIsRefusedAloneReportedAndKeptForNextTime) {
    record("Ana", 5, true);
    const std::string bad = store->statements_to_send()[2].id;
    lrs.bad = {bad};
    PushReport report = push();
    EXPECT_EQ(report.sent, 8u) << "the others of its batch went one by one";
    EXPECT_EQ(report.refused, 1u);
    EXPECT_EQ(report.waiting, 1u);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find(bad), std::string::npos);
    EXPECT_NE(report.problems[0].find("HTTP 400"), std::string::npos) << report.problems[0];
    EXPECT_NE(report.problems[0].find("Expected IRI in verb.id"), std::string::npos) << "the store's own message";
    EXPECT_EQ(play::statements_waiting(*store), 1u);
    lrs.bad.clear();  // the record store was fixed, or the statement
    EXPECT_EQ(push().sent, 1u);
    EXPECT_EQ(play::statements_waiting(*store), 0u);
}

TEST_F(PushTest, TheNetworkDroppingMidPushLosesNothingAndSendsNothingTwice) {
    record("Ana", 5, true);
    record("Beto", 5, true);
    lrs.silent_from = 3;  // two batches get through
    PushReport cut = push();
    EXPECT_TRUE(cut.unreachable);
    EXPECT_EQ(cut.sent, 8u);
    EXPECT_EQ(cut.waiting, 10u);
    ASSERT_FALSE(cut.problems.empty());
    EXPECT_NE(cut.problems.back().find("Connection refused"), std::string::npos) << cut.problems.back();
    EXPECT_EQ(waits.size(), static_cast<std::size_t>(options.tries - 1));
    lrs.silent_from = -1;
    PushReport rest = push();
    EXPECT_EQ(rest.sent, 10u);
    EXPECT_EQ(lrs.held.size(), 18u);
    EXPECT_EQ(play::statements_waiting(*store), 0u);
}

TEST_F(PushTest, AConflictSaysWhatItMeans) {
    record("Ana", 1, false);
    const XapiStatement first = store->statements_to_send()[0];
    lrs.held[first.id] = "something else";
    PushReport report = push();
    EXPECT_EQ(report.sent, 1u);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("HTTP 409"), std::string::npos) << report.problems[0];
    EXPECT_NE(report.problems[0].find("holds another statement with this id"), std::string::npos) << report.problems[0];
}

TEST_F(PushTest, AStoreThatRefusesUsStopsThePushAtOnce) {
    record("Ana", 5, true);
    PushReport report = push_statements(*store, [](const std::string&) { return LrsAnswer{401, "Unauthorised", ""}; }, options);
    EXPECT_TRUE(report.unreachable);
    EXPECT_EQ(report.sent, 0u);
    EXPECT_EQ(report.refused, 0u) << "no statement is to blame";
    EXPECT_NE(report.problems[0].find("HTTP 401"), std::string::npos);
}
