// Several laptops' records brought into one: each attempt once, trainees found by the key of their
// name, guests never merged into a named trainee, pseudonyms kept, conflicts reported.
#include <gtest/gtest.h>

#include <filesystem>

#include "records/record_store.h"

using namespace senales;
using namespace senales::records;
namespace fs = std::filesystem;

namespace {

class MergeTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() / ("senales_merge_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(folder);
        here = open("here.sqlite");
        there = open("there.sqlite");
    }
    void TearDown() override {
        here.reset();
        there.reset();
        fs::remove_all(folder);
    }
    std::unique_ptr<RecordStore> open(const std::string& name) {
        std::vector<std::string> notices;
        return RecordStore::open(folder / name, notices);
    }
    static std::int64_t finished(RecordStore& store, const TraineeId& who, int overall) {
        const auto id = store.start_attempt(who, "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z");
        store.add_step(id, {Step::Kind::choose, -1, ""}, "talk_alone", "arrival", "2026-11-25T10:01:00Z");
        AttemptResult result;
        result.ending = "referred";
        result.overall = overall;
        result.passed = overall >= 70;
        store.finish_attempt(id, result, "2026-11-25T10:10:00Z");
        return id;
    }
    RecordStore::MergeReport merge() { return here->merge_from(*there, "usb/records.sqlite", "2026-11-26T08:00:00Z"); }

    fs::path folder;
    std::unique_ptr<RecordStore> here, there;
};

}  // namespace

TEST_F(MergeTest, ATraineeOfTheSameNameIsOneTraineeAndKeepsOnePseudonym) {
    finished(*here, "Ana Pérez", 90);
    finished(*there, "  ANA perez ", 40);
    finished(*there, "Luis", 80);
    const auto report = merge();
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.trainees_matched, 1);
    EXPECT_EQ(report.trainees_new, 1);
    const auto ana = here->attempts(TraineeId("Ana Pérez"));
    ASSERT_EQ(ana.size(), 2u);
    EXPECT_EQ(ana[0].pseudonym, ana[1].pseudonym) << "from now on one pseudonym";
    EXPECT_EQ(here->trainees(), (std::vector<std::string>{"Ana Pérez", "Luis"}));
    // The roster keeps the pseudonym Ana had on the other laptop, and says where it came from.
    const auto roster = here->roster();
    ASSERT_EQ(roster.size(), 3u);
    EXPECT_EQ(roster[0].trainee, "Ana Pérez");
    EXPECT_EQ(roster[1].trainee, "Ana Pérez");
    EXPECT_EQ(roster[1].pseudonym, there->attempts(TraineeId("Ana Pérez"))[0].pseudonym);
    EXPECT_EQ(roster[1].merged_from, "usb/records.sqlite");
    EXPECT_EQ(roster[2].pseudonym, there->attempts(TraineeId("Luis"))[0].pseudonym) << "a new trainee keeps theirs";
}

TEST_F(MergeTest, TheSameAttemptIsNeverCountedTwice) {
    finished(*there, "Ana", 90);
    EXPECT_EQ(merge().added, 1);
    const auto again = merge();
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.already_here, 1);
    EXPECT_TRUE(again.conflicts.empty());
    ASSERT_EQ(here->attempts().size(), 1u);
    const Attempt merged = here->attempts()[0];
    const Attempt original = there->attempts()[0];
    EXPECT_EQ(merged.uuid, original.uuid);
    EXPECT_EQ(merged.steps.size(), 1u);
    EXPECT_EQ(merged.steps[0].choice_id, "talk_alone");
    ASSERT_TRUE(merged.result);
    EXPECT_EQ(merged.result->overall, 90);
    EXPECT_EQ(attempt_statement_ids(merged), attempt_statement_ids(original)) << "the same statements, by id";
}

TEST_F(MergeTest, GuestsAreNeverMergedIntoANamedTraineeOrIntoEachOther) {
    TraineeId guest = TraineeId::new_guest();
    finished(*here, "guest", 50);  // a trainee who typed "guest" as a name
    finished(*there, guest, 90);
    finished(*there, TraineeId::new_guest(), 30);
    const auto report = merge();
    EXPECT_EQ(report.guests, 2);
    EXPECT_EQ(report.trainees_matched, 0);
    const auto all = here->attempts();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_FALSE(all[0].guest);
    EXPECT_TRUE(all[1].guest);
    EXPECT_TRUE(all[2].guest);
    EXPECT_NE(all[1].pseudonym, all[2].pseudonym);
    EXPECT_EQ(here->attempts(TraineeId("guest")).size(), 1u);
    EXPECT_EQ(here->attempts(guest).size(), 1u) << "the guest session is found as itself";
}

TEST_F(MergeTest, AnAttemptThatWentOnDifferentlyIsAConflictAndThisFilesIsKept) {
    const auto id = finished(*there, "Ana", 90);
    here->merge_from(*there, "usb", "2026-11-26T08:00:00Z");
    // The file copied before the attempt was finished there would differ; here, change it there.
    there->add_step(id, {Step::Kind::flag, -1, "late"}, "", "arrival", "2026-11-25T10:11:00Z");
    const auto report = merge();
    EXPECT_EQ(report.added, 0);
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_NE(report.conflicts[0].find("1 steps here and finished, 2 steps in usb/records.sqlite"), std::string::npos)
        << report.conflicts[0];
    EXPECT_EQ(here->attempts()[0].steps.size(), 1u);
}

TEST_F(MergeTest, StatementsSentFromTheOtherLaptopComeAlongAsSentAndUnchanged) {
    const auto id = finished(*there, "Ana", 90);
    const std::vector<XapiStatement> kept = there->keep_statements(id, attempt_statements(there->attempts()[0], {}));
    there->statements_accepted({kept[0].id}, "2026-11-25T11:00:00Z");
    merge();
    EXPECT_EQ(here->accepted_statement_ids(), std::vector<std::string>{kept[0].id});
    const auto waiting = here->statements_to_send();
    ASSERT_EQ(waiting.size(), kept.size() - 1);
    EXPECT_EQ(waiting[0].json, kept[1].json) << "with the other laptop's pseudonym, as written out there";
}

TEST_F(MergeTest, AClassIsNamedOnceFoundByItsNameAndComesAlongInAMerge) {
    here->add_class("Academia PNC, promoción 2027-A", "2026-11-20T08:00:00Z");
    EXPECT_THROW(here->add_class("  academia pnc, PROMOCION 2027-a", "2026-11-20T08:00:00Z"), RecordsError);
    EXPECT_THROW(here->add_class("   ", "2026-11-20T08:00:00Z"), RecordsError);
    EXPECT_EQ(here->find_class("ACADEMIA PNC, promocion 2027-a"), "Academia PNC, promoción 2027-A");
    const auto id = here->start_attempt("Ana", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z", false,
                                        "academia pnc, promoción 2027-a");
    EXPECT_THROW(here->start_attempt("Ana", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z", false, "Nope"),
                 RecordsError);
    EXPECT_EQ(here->attempts()[0].class_name, "Academia PNC, promoción 2027-A");
    EXPECT_GT(id, 0);
    // On the other laptop the same class (typed otherwise) and one named only there.
    there->add_class("ACADEMIA PNC, PROMOCIÓN 2027-A", "2026-11-20T09:00:00Z");
    there->add_class("Consulado Tapachula", "2026-11-20T09:00:00Z");
    there->start_attempt("Luis", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z", false, "academia pnc, promoción 2027-a");
    there->start_attempt("Eva", "bar_inspection", "h", "es", 1u, "2026-11-25T10:00:00Z", false, "Consulado Tapachula");
    merge();
    EXPECT_EQ(here->classes(), (std::vector<std::string>{"Academia PNC, promoción 2027-A", "Consulado Tapachula"}));
    const auto all = here->attempts();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1].class_name, "Academia PNC, promoción 2027-A") << "one class, as named here";
    EXPECT_EQ(all[2].class_name, "Consulado Tapachula");
}
