#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

#include "records/record_store.h"
#include "records/schema.h"

using namespace senales;
using namespace senales::records;
namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() / ("senales_records_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                              "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder);
        fs::create_directories(folder);
        file = folder / "records.sqlite";
    }
    void TearDown() override { fs::remove_all(folder); }

    std::unique_ptr<RecordStore> open(std::vector<std::string>* notices_out = nullptr) {
        std::vector<std::string> notices;
        auto store = RecordStore::open(file, notices);
        if (notices_out) *notices_out = notices;
        else EXPECT_TRUE(notices.empty()) << notices.front();
        return store;
    }

    static AttemptResult sample_result() {
        AttemptResult r;
        r.ending = "referred";
        r.outcome = "good";
        r.competencies = {83, 70, 100, 100};
        r.overall = 86;
        r.passed = true;
        r.found = {"documents_held"};
        r.missed = {"debt_bondage", "isolation"};
        r.harms = {"interview_in_front_of_companion"};
        r.practices = {"refer_to_services"};
        return r;
    }

    fs::path folder, file;
};

TEST_F(StoreTest, KeepsAnAttemptWithItsStepsAndResult) {
    auto store = open();
    auto id = store->start_attempt("Ana Pérez", "bar_inspection", "abc123", "es", 42u, "2026-11-25T10:00:00Z");
    store->add_step(id, {Step::Kind::flag, -1, "manager_answers"}, "", "main_room", "2026-11-25T10:01:00Z");
    store->add_step(id, {Step::Kind::choose, 1, {}}, "talk_alone", "main_room", "2026-11-25T10:02:00Z");
    store->finish_attempt(id, sample_result(), "2026-11-25T10:12:30Z");

    auto reopened = open();
    auto attempts = reopened->attempts();
    ASSERT_EQ(attempts.size(), 1u);
    const Attempt& a = attempts[0];
    EXPECT_EQ(a.trainee, "Ana Pérez");
    EXPECT_EQ(a.pseudonym.size(), 32u);
    EXPECT_EQ(a.content_hash, "abc123");
    EXPECT_EQ(a.status, AttemptStatus::finished);
    EXPECT_EQ(a.ended, "2026-11-25T10:12:30Z");
    ASSERT_EQ(a.steps.size(), 2u);
    EXPECT_EQ(a.steps[0].step.kind, Step::Kind::flag);
    EXPECT_EQ(a.steps[0].step.detail, "manager_answers");
    EXPECT_EQ(a.steps[1].choice_id, "talk_alone");  // named by its id, never by its position
    EXPECT_EQ(a.steps[1].step.choice, -1);
    EXPECT_EQ(a.steps[1].scene, "main_room");
    EXPECT_EQ(a.seed, 42u);
    EXPECT_EQ(choice_order(a).seed, 42u);
    EXPECT_FALSE(choice_order(a).as_written);
    ASSERT_TRUE(a.result);
    EXPECT_EQ(a.result->overall, 86);
    EXPECT_EQ(a.result->competencies, (std::array<int, 4>{83, 70, 100, 100}));
    EXPECT_EQ(a.result->missed, (std::vector<std::string>{"debt_bondage", "isolation"}));
    EXPECT_EQ(a.result->harms, std::vector<std::string>{"interview_in_front_of_companion"});
}

TEST_F(StoreTest, OffersTheLatestUnfinishedAttemptToResume) {
    auto store = open();
    auto done = store->start_attempt("luis", "job_offer", "h", "es", 42u, "2026-11-25T09:00:00Z");
    store->finish_attempt(done, sample_result(), "2026-11-25T09:10:00Z");
    EXPECT_FALSE(store->unfinished_attempt("luis"));
    auto open_one = store->start_attempt("luis", "job_offer", "h", "es", 42u, "2026-11-25T10:00:00Z");
    store->add_step(open_one, {Step::Kind::choose, 0, {}}, "first_choice", "start", "2026-11-25T10:00:10Z");
    auto unfinished = store->unfinished_attempt("luis");
    ASSERT_TRUE(unfinished);
    EXPECT_EQ(unfinished->id, open_one);
    EXPECT_EQ(unfinished->steps.size(), 1u);
    store->abandon_attempt(open_one, "2026-11-25T10:05:00Z");
    EXPECT_FALSE(store->unfinished_attempt("luis"));
    EXPECT_FALSE(store->unfinished_attempt("someone else"));
}

TEST_F(StoreTest, DeletingATraineeRemovesEverythingOfTheirsOnly) {
    auto store = open();
    auto a = store->start_attempt("ana", "s", "h", "es", 42u, "2026-11-25T10:00:00Z");
    store->add_step(a, {Step::Kind::choose, 0, {}}, "c", "x", "2026-11-25T10:00:01Z");
    store->finish_attempt(a, sample_result(), "2026-11-25T10:00:02Z");
    store->start_attempt("ana", "s", "h", "es", 42u, "2026-11-25T11:00:00Z");
    store->start_attempt("beto", "s", "h", "en", 42u, "2026-11-25T10:00:00Z");
    EXPECT_EQ(store->delete_trainee("ana"), 2);
    EXPECT_EQ(store->trainees(), std::vector<std::string>{"beto"});
    EXPECT_EQ(store->attempts().size(), 1u);
    // Nothing of hers is left anywhere in the file.
    Database db(file);
    for (const char* table : {"steps", "results", "result_items"}) {
        Statement count(db, std::string("SELECT COUNT(*) FROM ") + table);
        count.step();
        EXPECT_EQ(count.integer(0), 0) << table;
    }
}

TEST_F(StoreTest, UpgradesAFileFromEveryEarlierVersion) {
    for (int version = 1; version < current_schema_version(); ++version) {
        fs::remove(file);
        {
            Database db(file);
            migrate(db, version);
            db.exec("INSERT INTO trainees(name, pseudonym, created) VALUES('old', 'p', '2025-01-01T00:00:00Z')");
            db.exec("INSERT INTO attempts(trainee_id, scenario, content_hash, lang, started, status) "
                    "VALUES(1, 'bar_inspection', 'h', 'es', '2025-01-01T00:00:00Z', 'in_progress')");
        }
        auto store = open();
        Database db(file);
        EXPECT_EQ(schema_version(db), current_schema_version()) << "from version " << version;
        auto attempts = store->attempts();
        ASSERT_EQ(attempts.size(), 1u) << "from version " << version;
        EXPECT_EQ(attempts[0].trainee, "old");
        store->finish_attempt(attempts[0].id, sample_result(), "2025-01-01T00:10:00Z");
        EXPECT_TRUE(store->attempts()[0].result);
    }
}

// An attempt recorded before seeds, choice ids and the scoring rule version: it still opens, its
// choices show as written (as they were), its steps by position, and its pass is not today's.
TEST_F(StoreTest, AnAttemptFromBeforeSeedsKeepsItsOrderAndItsOldRule) {
    {
        Database db(file);
        migrate(db, 2);
        db.exec("INSERT INTO trainees(name, pseudonym, created) VALUES('old', 'p', '2025-01-01T00:00:00Z')");
        db.exec("INSERT INTO attempts(trainee_id, scenario, content_hash, lang, started, ended, status) "
                "VALUES(1, 'bar_inspection', 'h', 'es', '2025-01-01T00:00:00Z', '2025-01-01T00:09:00Z', 'finished')");
        db.exec("INSERT INTO steps(attempt_id, seq, scene, kind, choice, detail, at) "
                "VALUES(1, 0, 'main_room', 'choose', 2, NULL, '2025-01-01T00:01:00Z')");
        db.exec("INSERT INTO results(attempt_id, ending, outcome, recognition, do_no_harm, protection, outcome_score, "
                "overall, passed, grave_harm) VALUES(1, 'left_behind', 'bad', 0, 100, 100, 0, 70, 1, 0)");
    }
    auto store = open();
    const auto attempts = store->attempts();
    ASSERT_EQ(attempts.size(), 1u);
    const Attempt& old = attempts[0];
    EXPECT_FALSE(old.seed);
    EXPECT_TRUE(choice_order(old).as_written);
    ASSERT_EQ(old.steps.size(), 1u);
    EXPECT_EQ(old.steps[0].step.choice, 2);
    EXPECT_TRUE(old.steps[0].choice_id.empty());
    ASSERT_TRUE(old.result);
    EXPECT_EQ(old.result->scoring_rule, 1);
    EXPECT_TRUE(old.result->passed);          // what it was under its own rule
    EXPECT_FALSE(old.result->counts_as_pass());  // and what may be reported today
}

TEST_F(StoreTest, ADamagedFileIsKeptAsideAndANewOneStarted) {
    std::ofstream(file, std::ios::binary) << std::string(4096, '\x7f') << "not a database";
    std::vector<std::string> notices;
    auto store = open(&notices);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_NE(notices[0].find("damaged"), std::string::npos) << notices[0];
    EXPECT_NE(notices[0].find("kept as"), std::string::npos);
    int backups = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().find("records.sqlite.damaged-") == 0) {
            ++backups;
            std::ifstream in(entry.path(), std::ios::binary);
            std::string head(14, '\0');
            in.read(head.data(), 4);
            EXPECT_EQ(head.substr(0, 4), std::string(4, '\x7f'));  // the original bytes, untouched
        }
    EXPECT_EQ(backups, 1);
    EXPECT_NO_THROW(store->start_attempt("ana", "s", "h", "es", 42u, "2026-11-25T10:00:00Z"));
}

TEST_F(StoreTest, AFileFromANewerVersionIsKeptAsideUntouched) {
    {
        Database db(file);
        migrate(db);
        db.exec("PRAGMA user_version = " + std::to_string(current_schema_version() + 3));
    }
    std::vector<std::string> notices;
    auto store = open(&notices);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_NE(notices[0].find("newer version"), std::string::npos) << notices[0];
    bool kept = false;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().find("records.sqlite.newer-v") == 0) {
            kept = true;
            Database old(entry.path());
            EXPECT_EQ(schema_version(old), current_schema_version() + 3);
        }
    EXPECT_TRUE(kept);
    EXPECT_TRUE(store->attempts().empty());
}

TEST(Time, DurationsBetweenTimestamps) {
    EXPECT_EQ(seconds_between("2026-11-25T10:00:00Z", "2026-11-25T10:12:30Z"), 750);
    EXPECT_EQ(seconds_between("2026-12-31T23:59:59Z", "2027-01-01T00:00:01Z"), 2);
}

TEST(Time, TimestampsAreShownInLocalTime) {
    // Guatemala's time, UTC-6 all year, as a POSIX rule: no time zone database needed.
    const char* before = std::getenv("TZ");
    const std::string saved = before ? before : "";
    setenv("TZ", "CST6", 1);
    tzset();
    EXPECT_EQ(local_time_text("2026-11-25T14:03:09Z"), "2026-11-25 08:03");
    EXPECT_EQ(local_time_text("2026-01-01T03:00:00Z"), "2025-12-31 21:00");
    EXPECT_EQ(local_time_text("not a time"), std::nullopt);
    if (before) setenv("TZ", saved.c_str(), 1);
    else unsetenv("TZ");
    tzset();
    EXPECT_EQ(seconds_between("2024-02-28T00:00:00Z", "2024-03-01T00:00:00Z"), 2 * 86400);  // leap year
    EXPECT_FALSE(seconds_between("yesterday", "2026-11-25T10:00:00Z"));
    EXPECT_EQ(iso8601_now().size(), 20u);
}

// [SECTION] Who an attempt belongs to -----------------------------------------------------------

TEST_F(StoreTest, ATraineeIsFoundAgainHoweverTheNameIsTyped) {
    auto store = open();
    const auto id = store->start_attempt("José López", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    store->add_step(id, {Step::Kind::flag, -1, "d"}, "", "s", "2026-11-25T10:01:00Z");
    EXPECT_EQ(store->attempts(TraineeId("jose lopez")).size(), 1u);
    ASSERT_TRUE(store->unfinished_attempt(TraineeId("  JOSÉ   LÓPEZ ")));
    store->start_attempt("jose  lopez", "job_offer", "h", "es", 2u, "2026-11-25T11:00:00Z");
    EXPECT_EQ(store->trainees(), std::vector<std::string>{"José López"}) << "one trainee, shown as first typed";
    EXPECT_EQ(store->attempts(TraineeId("José López")).size(), 2u);
    EXPECT_EQ(store->delete_trainee(TraineeId("JOSE LOPEZ")), 2);
    EXPECT_TRUE(store->attempts().empty());
}

TEST_F(StoreTest, GuestSessionsAreSeparateAndNeverATraineeOfTheSameName) {
    auto store = open();
    const TraineeId one = TraineeId::new_guest(), two = TraineeId::new_guest();
    store->start_attempt(one, "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    store->start_attempt(two, "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    store->start_attempt("guest", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    EXPECT_EQ(store->attempts(one).size(), 1u);
    EXPECT_EQ(store->attempts(TraineeId("guest")).size(), 1u) << "a trainee named Guest is not a guest";
    EXPECT_EQ(store->delete_trainee(one), 1);
    EXPECT_EQ(store->attempts().size(), 2u);
    EXPECT_EQ(store->trainees(), std::vector<std::string>{"guest"});
    EXPECT_EQ(store->recent_trainees(5), std::vector<std::string>{"guest"});
}

TEST_F(StoreTest, AnUpgradedFileFindsOldSpellingsOfOneNameTogetherAndKeepsItsSharedGuest) {
    {
        Database db(file);
        migrate(db, 3);
        db.exec("INSERT INTO trainees(name, pseudonym, created) VALUES('Ana Pérez', 'p1', '2025-01-01T00:00:00Z'), "
                "('ana perez', 'p2', '2025-01-02T00:00:00Z'), ('guest', 'p3', '2025-01-03T00:00:00Z')");
        db.exec("INSERT INTO attempts(trainee_id, scenario, content_hash, lang, started, status) VALUES "
                "(1, 'bar_inspection', 'h', 'es', '2025-01-01T00:00:00Z', 'abandoned'), "
                "(2, 'bar_inspection', 'h', 'es', '2025-01-02T00:00:00Z', 'abandoned'), "
                "(3, 'bar_inspection', 'h', 'es', '2025-01-03T00:00:00Z', 'abandoned')");
    }
    auto store = open();
    const std::vector<Attempt> ana = store->attempts(TraineeId("ANA PEREZ"));
    ASSERT_EQ(ana.size(), 2u);
    EXPECT_NE(ana[0].pseudonym, ana[1].pseudonym) << "each old row keeps the pseudonym it was exported under";
    EXPECT_EQ(store->trainees(), std::vector<std::string>{"Ana Pérez"});
    const std::vector<Attempt> all = store->attempts();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_TRUE(all[2].guest) << "the guest of older versions is a guest, not a trainee named guest";
}

// [SECTION] One attempt, one window ---------------------------------------------------------------

TEST_F(StoreTest, AnAttemptInProgressIsWrittenOnlyByTheWindowThatHoldsIt) {
    auto first = open();
    auto second = open();
    const auto id = first->start_attempt("Ana", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    first->add_step(id, {Step::Kind::flag, -1, "d"}, "", "s", "2026-11-25T10:00:10Z");
    EXPECT_THROW(second->add_step(id, {Step::Kind::flag, -1, "e"}, "", "s", "2026-11-25T10:00:20Z"), RecordsError);
    EXPECT_THROW(second->abandon_attempt(id, "2026-11-25T10:00:20Z"), RecordsError);
    EXPECT_FALSE(second->unfinished_attempt("Ana", "2026-11-25T10:00:30Z")) << "not offered while the first plays it";
    EXPECT_FALSE(second->take_lease(id, "2026-11-25T10:00:30Z"));
    ASSERT_EQ(first->attempts()[0].steps.size(), 1u) << "nothing written by the second window";

    // Renewed every half minute, the first keeps it however long the trainee reads a scene.
    first->renew_leases("2026-11-25T10:01:50Z");
    EXPECT_FALSE(second->unfinished_attempt("Ana", "2026-11-25T10:03:00Z"));
    // Once the first stops renewing (a hung window on another machine), the lease runs out.
    ASSERT_TRUE(second->unfinished_attempt("Ana", "2026-11-25T10:03:51Z"));
    ASSERT_TRUE(second->take_lease(id, "2026-11-25T10:03:51Z"));
    second->add_step(id, {Step::Kind::flag, -1, "e"}, "", "s", "2026-11-25T10:03:52Z");
    EXPECT_THROW(first->add_step(id, {Step::Kind::flag, -1, "f"}, "", "s", "2026-11-25T10:03:53Z"), RecordsError);
    EXPECT_EQ(first->attempts()[0].steps.size(), 2u);
}

TEST_F(StoreTest, AWindowThatClosesLetsGoOfItsAttemptAtOnce) {
    auto second = open();
    std::int64_t id = 0;
    {
        auto first = open();
        id = first->start_attempt("Ana", "bar_inspection", "h", "es", 1u, iso8601_now());
    }
    ASSERT_TRUE(second->unfinished_attempt("Ana"));
    EXPECT_TRUE(second->take_lease(id, iso8601_now()));
}

#ifndef _WIN32
TEST_F(StoreTest, AnAttemptHeldByAProcessThatCrashedOnThisMachineIsOfferedAtOnce) {
    auto store = open();
    const auto id = store->start_attempt("Ana", "bar_inspection", "h", "es", 1u, iso8601_now());
    const pid_t child = fork();
    if (child == 0) _exit(0);
    int status = 0;
    waitpid(child, &status, 0);  // a process id that no longer runs
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    {
        Database db(file);
        db.exec("UPDATE attempts SET lease_owner = '" + std::string(host) + "/" + std::to_string(child) +
                "/x', lease_until = 99999999999 WHERE id = " + std::to_string(id));
    }
    auto other = open();
    EXPECT_TRUE(other->unfinished_attempt("Ana")) << "its window is gone: no need to wait for the lease";
}
#endif

// [SECTION] Records beyond one laptop --------------------------------------------------------------

TEST_F(StoreTest, EachAttemptHasItsOwnUuidAndItsResumesAreKept) {
    auto store = open();
    auto first = store->start_attempt("Ana", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    store->start_attempt("Ana", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    store->release_leases();
    ASSERT_TRUE(store->take_lease(first, "2026-11-25T11:00:00Z"));
    const auto attempts = open()->attempts();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].uuid.size(), 36u);
    EXPECT_NE(attempts[0].uuid, attempts[1].uuid) << "same trainee, scenario and second: still two attempts";
    EXPECT_EQ(attempts[0].resumed, std::vector<std::string>{"2026-11-25T11:00:00Z"});
    EXPECT_TRUE(attempts[1].resumed.empty());
}

TEST_F(StoreTest, AttemptsFromBeforeUuidsGetTheSameOneOnEveryUpgrade) {
    std::vector<std::string> uuids;
    for (int copy = 0; copy < 2; ++copy) {
        fs::remove(file);
        {
            Database db(file);
            migrate(db, 4);
            db.exec("INSERT INTO trainees(name, pseudonym, created, name_key) VALUES('Ana', 'p1', '2025-01-01T00:00:00Z', 'ana')");
            db.exec("INSERT INTO attempts(trainee_id, scenario, content_hash, lang, started, status) VALUES "
                    "(1, 'bar_inspection', 'h', 'es', '2025-01-01T00:00:00Z', 'abandoned'), "
                    "(1, 'bar_inspection', 'h', 'es', '2025-01-01T00:00:00Z', 'abandoned')");
        }
        const auto attempts = open()->attempts();
        ASSERT_EQ(attempts.size(), 2u);
        EXPECT_NE(attempts[0].uuid, attempts[1].uuid);
        uuids.push_back(attempts[0].uuid + attempts[1].uuid);
    }
    EXPECT_EQ(uuids[0], uuids[1]) << "a re-export of an upgraded file gives the same statement ids";
}

TEST_F(StoreTest, AStatementWrittenOutOnceIsNeverRewritten) {
    auto store = open();
    auto id = store->start_attempt("Ana", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
    auto kept = store->keep_statements(id, {{"s1", "{\"title\":\"old\"}"}});
    EXPECT_EQ(kept[0].json, "{\"title\":\"old\"}");
    kept = store->keep_statements(id, {{"s1", "{\"title\":\"new\"}"}, {"s2", "{}"}});
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(kept[0].json, "{\"title\":\"old\"}") << "a record store holding s1 would refuse another content";
    EXPECT_EQ(store->statements_to_send().size(), 2u);
    const auto looked = store->as_kept({{"s2", "{\"other\":1}"}, {"s3", "{\"new\":1}"}});
    EXPECT_EQ(looked[0].json, "{}") << "as kept";
    EXPECT_EQ(looked[1].json, "{\"new\":1}") << "as given";
    EXPECT_EQ(store->statements_to_send().size(), 2u) << "looking keeps nothing";
    store->statements_accepted({"s1"}, "2026-11-25T10:05:00Z");
    store->statement_refused("s2", "bad verb");
    const auto waiting = open()->statements_to_send();
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0].id, "s2");
    EXPECT_EQ(open()->accepted_statement_ids(), std::vector<std::string>{"s1"});
}
