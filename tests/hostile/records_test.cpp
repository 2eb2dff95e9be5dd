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

TEST(HostileRecords, AFileSQLiteRefusesIsAClearErrorNotACrash) {
    ScratchFolder data("data"), cwd("cwd"), home("home");
    std::filesystem::copy_file(kUnsupported, data.path() / "records.sqlite");
    const BinaryRun run = run_senales({"records", "list", "--data-dir", data.path().string()}, cwd.path(),
                                      {{"HOME", home.path().string()}, {"SENALES_HOME", kSourceDir.string()}}, 30);
    ASSERT_TRUE(run.exited) << describe(run) << "\n" << run.output;
    EXPECT_LE(run.code, 1) << run.output;
    EXPECT_EQ(run.output.find("terminate called"), std::string::npos) << run.output;
}

// What README.md promises for a damaged records file. It does not hold yet for this one:
// RecordStore::open moves a file aside only when SQLite says "corrupt" or "not a database".
TEST(HostileRecords, AFileSQLiteRefusesIsKeptAsideAndANewOneIsStarted) {
    GTEST_SKIP() << "known, open: RecordStore::open throws on this file instead of keeping it aside "
                    "(engine/records/record_store.cpp treats only SQLITE_CORRUPT and SQLITE_NOTADB as damage)";
    ScratchFolder data("data");
    const std::filesystem::path file = data.path() / "records.sqlite";
    std::filesystem::copy_file(kUnsupported, file);
    std::vector<std::string> notices;
    std::unique_ptr<records::RecordStore> store;
    EXPECT_NO_THROW(store = records::RecordStore::open(file, notices));
    EXPECT_EQ(notices.size(), 1u);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->attempts().empty());
}

}  // namespace
}  // namespace senales::test
