// Every hostile or broken scenario in tests/fixtures/hostile/, twice: through the loader, as the
// game loads it, and through `senales check`, as an author runs it. Each must fail with a clear
// message at the right line, quickly, without a signal, and leave no trace on disk.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>

#include "core/diagnostic.h"
#include "disk_trace.h"
#include "hostile_cases.h"
#include "run_senales.h"
#include "sandbox_clocks.h"
#include "script/catalog_loader.h"
#include "script/plain_text.h"
#include "script/scenario_loader.h"

namespace senales::test {
namespace {

const std::filesystem::path kSourceDir = SENALES_SOURCE_DIR;
const std::filesystem::path kHostileDir = std::filesystem::path(SENALES_FIXTURES_DIR) / "hostile";
const std::filesystem::path kLuaRoot = kSourceDir / "scripts" / "lua";
// Where the sandbox-escape fixtures try to write.
const std::filesystem::path kPwned = "/tmp/senales_pwned";

// When the binary is killed as hung. Exploring a file that has too many ways through stops at its
// budgets in about 1 s of CPU, and the binary's clock stops a file after 3 s: 30 s leaves room for
// a machine busy with other builds. AddressSanitizer makes this code several times slower
// (exploring that file: 0.9 s, and 5.5 s under it), so the bound grows with it; it is about hangs,
// not speed.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSanitizerSlowdown = 3;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kSanitizerSlowdown = 3;
#else
constexpr double kSanitizerSlowdown = 1;
#endif
#else
constexpr double kSanitizerSlowdown = 1;
#endif
constexpr double kMostSeconds = 30 * kSanitizerSlowdown;

const Catalog& real_catalog() {
    static const Catalog catalog = [] {
        Diagnostics diagnostics;
        std::optional<Catalog> loaded = load_catalog(kLuaRoot, diagnostics);
        EXPECT_TRUE(loaded) << diagnostics.format();
        return loaded.value_or(Catalog{});
    }();
    return catalog;
}

std::string case_name(const ::testing::TestParamInfo<HostileCase>& info) { return info.param.folder; }

// Every message is plain, printable text of a sane length, whatever the file did.
void expect_plain_messages(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics.items()) {
        EXPECT_FALSE(d.message.empty()) << d.format();
        EXPECT_FALSE(d.code.empty()) << d.format();
        EXPECT_LE(d.message.size() + d.hint.size(), 1000u) << d.format().substr(0, 2000);
        EXPECT_FALSE(text_problem(d.message + d.hint)) << d.format();
    }
}

class HostileScenario : public ::testing::TestWithParam<HostileCase> {
protected:
    std::filesystem::path folder() const { return kHostileDir / GetParam().folder; }
    std::filesystem::path file() const { return folder() / "scenario.lua"; }
};

TEST(HostileFixtures, EveryFolderHasAnExpectation) {
    std::set<std::string> listed, on_disk;
    for (const HostileCase& c : kHostileCases) EXPECT_TRUE(listed.insert(c.folder).second) << "twice: " << c.folder;
    for (const auto& entry : std::filesystem::directory_iterator(kHostileDir))
        if (std::filesystem::exists(entry.path() / "scenario.lua")) on_disk.insert(entry.path().filename().string());
    EXPECT_EQ(listed, on_disk) << "each folder of tests/fixtures/hostile/ with a scenario.lua needs a row in "
                                  "hostile_cases.h, and each row a folder";
}

TEST_P(HostileScenario, TheLoaderRefusesItClearly) {
    const HostileCase& c = GetParam();
    ScratchFolder temp("tmp");
    const ScopedEnv tmpdir("TMPDIR", temp.path().string());
    const FolderListing before = list_folder(folder());

    // The clock is driven, so the same limit stops the file on an idle machine and a busy one:
    // a row that expects the deadline gets a clock that moves on 10 ms a reading (3 s pass after
    // 300 readings: about 80 while dsl.lua is compiled and run, then one per 1000 instructions of
    // the file, far inside its budget); every other row one that never moves, so only the budget,
    // memory or nesting can stop it.
    TickingClock clock(std::chrono::milliseconds(10));
    const bool deadline = code_matches("limit-time", c.code);
    const Limits limits = deadline ? deadline_only(clock) : budget_only();
    Diagnostics diagnostics;
    const std::optional<Scenario> scenario = load_scenario(folder(), kLuaRoot, real_catalog(), diagnostics, limits);

    EXPECT_EQ(scenario.has_value(), c.exit_code == 0 || c.only_check) << diagnostics.format();
    if (c.only_check) return;
    const Diagnostic* found = nullptr;
    for (const Diagnostic& d : diagnostics.items())
        if (code_matches(d.code, c.code) && d.message.find(c.says) != std::string::npos && !found) found = &d;
    ASSERT_NE(found, nullptr) << "no [" << c.code << "] saying \"" << c.says << "\" in:\n" << diagnostics.format();
    EXPECT_EQ(found->file, file().string());
    if (c.line >= 0)
        EXPECT_EQ(found->line, c.line) << found->format();
    else
        EXPECT_GT(found->line, 0) << found->format();
    if (c.hint) {
        EXPECT_FALSE(found->hint.empty()) << found->format();
    }
    expect_plain_messages(diagnostics);

    EXPECT_EQ(differences(before, list_folder(folder())), "");
    EXPECT_EQ(differences({}, list_folder(temp.path())), "");
    EXPECT_FALSE(std::filesystem::exists(kPwned));
}

TEST_P(HostileScenario, SenalesCheckRefusesItClearly) {
    const HostileCase& c = GetParam();
    ScratchFolder cwd("cwd"), temp("tmp"), home("home");
    const FolderListing before = list_folder(folder());

    const BinaryRun run = run_senales({"check", folder().string()}, cwd.path(),
                                      {{"TMPDIR", temp.path().string()},
                                       {"HOME", home.path().string()},
                                       {"SENALES_HOME", kSourceDir.string()}},
                                      kMostSeconds);

    ASSERT_TRUE(run.exited) << describe(run) << "\n" << run.output;
    EXPECT_EQ(run.code, c.exit_code) << run.output;
    // The binary runs on the real clock: which of the budget and the deadline stops a file first,
    // and on which line, depends on how busy the machine is. The loader's test above pins both.
    const bool race = is_limit_race(c);
    const std::string code = race ? "limit-instructions|limit-time" : c.code;
    const std::string says = race ? "stopped: the file" : c.says;
    const int line = race ? -1 : c.line;
    const std::string level = c.exit_code == 0 ? ": warning: " : ": error: ";
    std::string at = file().string();
    if (line > 0) (at += ':') += std::to_string(line);
    if (line >= 0) at += level;
    EXPECT_NE(run.output.find(at), std::string::npos) << "no \"" << at << "\" in:\n" << run.output;
    bool has_code = false;
    for (std::size_t at = run.output.find(" ["); at != std::string::npos; at = run.output.find(" [", at + 1))
        has_code = has_code || code_matches(run.output.substr(at + 2, run.output.find(']', at) - at - 2), code);
    EXPECT_TRUE(has_code) << "no [" << code << "] in:\n" << run.output;
    EXPECT_NE(run.output.find(says), std::string::npos) << run.output;
    EXPECT_FALSE(text_problem(run.output)) << "the output is not plain text";

    EXPECT_EQ(differences(before, list_folder(folder())), "");
    for (const ScratchFolder* scratch : {&cwd, &temp, &home})
        EXPECT_EQ(differences({}, list_folder(scratch->path())), "") << "in " << scratch->path();
    EXPECT_FALSE(std::filesystem::exists(kPwned));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, HostileScenario, ::testing::ValuesIn(kHostileCases), case_name);

}  // namespace
}  // namespace senales::test
