// Records files found by fuzzing (fuzz/records_open_fuzz.cpp), kept in tests/fixtures/hostile/.

#include <gtest/gtest.h>

#include <filesystem>

#include "disk_trace.h"
#include "records/record_store.h"
#include "run_senales.h"

namespace senales::test {
namespace {

const std::filesystem::path kSourceDir = SENALES_SOURCE_DIR;
// A 419-byte file whose header claims a schema format SQLite does not know: SQLite answers
// "unsupported file format" (an ordinary error, not "corrupt" nor "not a database").
const std::filesystem::path kUnsupported =
    std::filesystem::path(SENALES_FIXTURES_DIR) / "hostile" / "records_unsupported_format" / "records.sqlite";

TEST(HostileRecords, AFileSQLiteRefusesIsSetAsideWithAClearNotice) {
    ScratchFolder data("data"), cwd("cwd"), home("home");
    std::filesystem::copy_file(kUnsupported, data.path() / "records.sqlite");
    const BinaryRun run = run_senales({"records", "list", "--data-dir", data.path().string()}, cwd.path(),
                                      {{"HOME", home.path().string()}, {"SENALES_HOME", kSourceDir.string()}}, 30);
    ASSERT_TRUE(run.exited) << describe(run) << "\n" << run.output;
    EXPECT_EQ(run.code, 0) << run.output;
    EXPECT_NE(run.output.find("The records file was damaged"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("a new one was started"), std::string::npos) << run.output;
}

// What README.md promises for a damaged records file, also when SQLite's words for it are
// neither "corrupt" nor "not a database".
TEST(HostileRecords, AFileSQLiteRefusesIsKeptAsideAndANewOneIsStarted) {
    ScratchFolder data("data");
    const std::filesystem::path file = data.path() / "records.sqlite";
    std::filesystem::copy_file(kUnsupported, file);
    std::vector<std::string> notices;
    std::unique_ptr<records::RecordStore> store;
    EXPECT_NO_THROW(store = records::RecordStore::open(file, notices));
    EXPECT_EQ(notices.size(), 1u);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->attempts().empty());
    int backups = 0;
    for (const auto& entry : std::filesystem::directory_iterator(data.path()))
        if (entry.path().filename().string().starts_with("records.sqlite.damaged-")) ++backups;
    EXPECT_EQ(backups, 1) << "the refused file is kept beside the new one";
}

}  // namespace
}  // namespace senales::test
