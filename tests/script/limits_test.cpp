// The limits of what an author's file may use and hold (README: "Scenario packs are untrusted"),
// each reached on purpose: what the author is told, at which line, and that a real scenario as big
// as the limits allow still loads.

#include <gtest/gtest.h>
#include <lua.hpp>

#include <chrono>
#include <memory>
#include <string>

#include "script/catalog_loader.h"
#include "script/lua_reader.h"
#include "script/plain_text.h"
#include "script/sandbox.h"
#include "script/scenario_loader.h"
#include "sandbox_clocks.h"
#include "test_support.h"

namespace senales {
namespace {

using test::find_code;
using test::kFixtureCatalog;
using test::kLuaRoot;

// [SECTION] Running the file

class RunLimits : public ::testing::Test {
protected:
    // Runs `lua` as an author's file and returns its one diagnostic.
    // With a ticking clock given, it stands still until the DSL is in.
    Diagnostic fail(const std::string& lua, const Limits& limits = {}, test::TickingClock* clock = nullptr) {
        if (clock) clock->hold();
        Sandbox sandbox(limits);
        EXPECT_TRUE(sandbox.load_dsl(kLuaRoot / "dsl.lua", diagnostics_));
        if (clock) clock->release();
        const auto file = folder_.write("author.lua", lua);
        EXPECT_FALSE(sandbox.run_author_file(file, lua, diagnostics_));
        EXPECT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
        return diagnostics_.items().empty() ? Diagnostic{} : diagnostics_.items().front();
    }

    bool runs(const std::string& lua, const Limits& limits = {}) {
        Sandbox sandbox(limits);
        EXPECT_TRUE(sandbox.load_dsl(kLuaRoot / "dsl.lua", diagnostics_));
        return sandbox.run_author_file(folder_.write("author.lua", lua), lua, diagnostics_);
    }

    test::TempFolder folder_;
    Diagnostics diagnostics_;
};

TEST_F(RunLimits, OneValueMayNotTakeMoreThanTheBlockLimit) {
    Limits limits;
    limits.block_bytes = 64 * 1024;
    EXPECT_TRUE(runs("local s = string.rep('x', 32 * 1024) return #s", limits)) << diagnostics_.format();
    const Diagnostic d = fail("local a = 1\nlocal s = string.rep('x', 100 * 1024)\n", limits);
    EXPECT_EQ(d.code, "limit-memory");
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("one text, table or chain of calls (64 KiB"), std::string::npos) << d.message;
}

// Rebuilding a table whose keys all land in one slot costs the square of its size in one step of
// Lua, out of the hook's reach; the block limit keeps that table small.
// With the clock out of the way, the block limit is what stops it (a hang would time the test out).
TEST_F(RunLimits, CollidingKeysCannotHangOneStep) {
    const Diagnostic d = fail("local m = (1 << 20) - 1\nlocal t = {}\nfor j = 1, (1 << 19) + 1 do t[j * m] = true end\n",
                              test::budget_only());
    EXPECT_EQ(d.code, "limit-memory") << d.format();
    EXPECT_EQ(d.line, 3);
}

TEST_F(RunLimits, AMemoryErrorHasTheAuthorsLine) {
    const Diagnostic d = fail("local s = 'x'\nwhile true do\n  s = s .. s\nend\n");
    EXPECT_EQ(d.code, "limit-memory");
    EXPECT_EQ(d.line, 3);
}

TEST_F(RunLimits, CallsThroughCStopAtTheirDepth) {
    const Diagnostic d = fail("local t = setmetatable({}, {})\ngetmetatable(t).__index = function(s, k) return s[k] end\nreturn t.x\n");
    EXPECT_EQ(d.code, "limit-nesting");
    EXPECT_EQ(d.line, 2);
    EXPECT_FALSE(d.hint.empty());
}

// Lua's compiler runs no hook, and a long chain of `or`s costs it the square of its length.
// The compiler is given the text a piece at a time and the clock is read before each: here the
// clock moves 10 ms a reading, so 0.3 s pass after 30 pieces (1 KiB each) of the 1.5 MB line,
// however slow the machine.
TEST_F(RunLimits, TheCompilerIsStoppedByTheClock) {
    test::TickingClock clock(std::chrono::milliseconds(10));
    std::string lua = "local a\nlocal x = a";
    for (int i = 0; i < 300'000; ++i) lua += " or a";
    const Diagnostic d = fail(lua + "\n", test::deadline_only(clock, 0.3), &clock);
    EXPECT_EQ(d.code, "limit-time");
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("could not even read the file in the time it has (0.3 s)"), std::string::npos) << d.message;
    EXPECT_EQ(clock.readings(), 31);
}

TEST_F(RunLimits, TooDeepNestingIsReportedWithItsLine) {
    const Diagnostic d = fail("local a = 1\nreturn " + std::string(300, '{') + std::string(300, '}') + "\n");
    EXPECT_EQ(d.code, "limit-nesting");
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.hint.find("one after another"), std::string::npos);
}

TEST_F(RunLimits, AnAuthorsMessageIsShownShortAndPlain) {
    const Diagnostic d = fail("error(string.rep('é', 5000) .. '\\27[2J')");
    EXPECT_EQ(d.code, "lua-error");
    EXPECT_LE(d.message.size(), 310u);
    EXPECT_EQ(d.message.find('\x1b'), std::string::npos);
    EXPECT_NE(d.message.find("\xE2\x80\xA6"), std::string::npos) << "cut messages end in …";
}

TEST_F(RunLimits, ReachingForWhatTheSandboxTookAwayGetsAHint) {
    for (const char* lua : {"os.exit(1)", "io.open('x')", "require('os')", "local f = load('x')", "string.dump(print)"}) {
        diagnostics_ = {};
        const Diagnostic d = fail(lua);
        EXPECT_NE(d.hint.find("is not available"), std::string::npos) << lua << ": " << d.format();
    }
}

// [SECTION] What a scenario may hold

class HoldLimits : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        Diagnostics diagnostics;
        catalog_ = load_catalog_folder(kFixtureCatalog, kLuaRoot, diagnostics).value_or(Catalog{});
        ASSERT_FALSE(diagnostics.has_errors()) << diagnostics.format();
    }

    // A valid scenario: `scenes` scenes in a row, each with one detail and `choices` choices, texts
    // of `text_bytes`, `vars` variables. Extra fields go into the first scene.
    static std::string scenario(int scenes, int choices, std::size_t text_bytes, int vars = 1,
                                const std::string& extra = {}) {
        const std::string words(text_bytes, 'x');
        std::string lua = "return scenario {\n"
                          "  title = { es = 'T', en = 'T' }, summary = { es = 'S', en = 'S' },\n"
                          "  audience = 'police', person = { age = 'adult', gender = 'female', nationality = 'GT', exploitation = 'sexual', trafficking = true }, setting = { country = 'GT', institution = 'PNC' }, minutes = 10, difficulty = 1, feedback = 'deferred',\n"
                          "  objectives = { { es = 'O', en = 'O' } }, content_note = { es = 'N', en = 'N' },\n"
                          "  start = 's0', vars = {";
        for (int v = 0; v < vars; ++v) lua += " v" + std::to_string(v) + " = 0,";
        lua += " },\n";
        for (int s = 0; s < scenes; ++s) {
            const std::string next = s + 1 < scenes ? "s" + std::to_string(s + 1) : std::string("end");
            lua += "  scene 's" + std::to_string(s) + "' { " + (s == 0 ? extra : std::string()) + "\n    text = { es = '" + words +
                   "', en = '" + words + "' },\n    detail 'd" + std::to_string(s) +
                   "' { indicator = 'documents_held', text = { es = 'P', en = 'P' } },\n";
            for (int c = 0; c < choices; ++c)
                lua += "    choice { id = 'c" + std::to_string(c) + "', to = '" + next + "', when = 'v0 > -5', effects = { v0 = 1 }, text = { es = '" + words +
                       "', en = '" + words + "' } },\n";
            lua += "  },\n";
        }
        return lua + "  ending 'end' { outcome = 'good', text = { es = 'F', en = 'F' } },\n}\n";
    }

    std::optional<Scenario> load(const std::string& lua, const Limits& limits = {}) {
        return load_scenario_source(folder_.path() / "big", lua, kLuaRoot, catalog_, diagnostics_, limits);
    }

    static inline Catalog catalog_;
    test::TempFolder folder_;
    Diagnostics diagnostics_;
};

// The largest scenario the limits allow, written by hand, loads quickly: the limits stop hostile
// files, not big stories.
TEST_F(HoldLimits, TheBiggestRealScenarioLoads) {
    const std::string lua = scenario(299, 5, 1100, 16);  // 299 scenes + 1 ending, 1794 details and choices
    ASSERT_GT(lua.size(), 3u << 20);
    ASSERT_LE(lua.size(), Limits{}.file_bytes);
    // How quickly it loads is measured by the benchmarks (tests/bench); here only that no limit
    // stops it, the clock aside.
    EXPECT_TRUE(load(lua, test::budget_only())) << diagnostics_.format().substr(0, 2000);
}

TEST_F(HoldLimits, TooManyVariables) {
    EXPECT_TRUE(load(scenario(1, 1, 10, 16))) << diagnostics_.format();
    EXPECT_FALSE(load(scenario(1, 1, 10, 17)));
    const Diagnostic* d = find_code(diagnostics_, "too-many");
    ASSERT_NE(d, nullptr) << diagnostics_.format();
    EXPECT_NE(d->message.find("17 story variables; it may declare at most 16"), std::string::npos) << d->message;
}

TEST_F(HoldLimits, TooManyScenesIsOneMessageWithoutACascade) {
    Limits limits;
    limits.scenes = 3;
    EXPECT_FALSE(load(scenario(5, 1, 10), limits));
    EXPECT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
    const Diagnostic* d = find_code(diagnostics_, "too-many");
    ASSERT_NE(d, nullptr);
    EXPECT_NE(d->message.find("more scenes and endings than it may (3)"), std::string::npos);
    EXPECT_GT(d->line, 0);
}

TEST_F(HoldLimits, TooManyDetailsAndChoices) {
    Limits limits;
    limits.entries = 5;
    EXPECT_FALSE(load(scenario(2, 4, 10), limits));
    EXPECT_NE(find_code(diagnostics_, "too-many"), nullptr) << diagnostics_.format();
}

TEST_F(HoldLimits, TooLongTextsIdsAndConditions) {
    EXPECT_FALSE(load(scenario(1, 1, kMostTextBytes + 1)));
    const Diagnostic* text = find_code(diagnostics_, "too-long");
    ASSERT_NE(text, nullptr) << diagnostics_.format();
    EXPECT_NE(text->message.find("it may be at most 16 KiB"), std::string::npos) << text->message;

    diagnostics_ = {};
    EXPECT_FALSE(load(scenario(1, 1, 10, 1, "image = '" + std::string(200, 'p') + ".png',")));
    EXPECT_NE(find_code(diagnostics_, "too-long"), nullptr) << diagnostics_.format();

    diagnostics_ = {};
    EXPECT_FALSE(load(scenario(1, 1, 10, 1, "detail '" + std::string(65, 'd') + "' { neutral = true, "
                                            "text = { es = 'x', en = 'x' }, why = { es = 'y', en = 'y' } },")));
    const Diagnostic* id = find_code(diagnostics_, "too-long");
    ASSERT_NE(id, nullptr) << diagnostics_.format();
    EXPECT_NE(id->message.find("an id may be at most 64 bytes"), std::string::npos) << id->message;
    EXPECT_LE(id->message.size(), 200u);

    diagnostics_ = {};
    std::string when = "v0 > 1";
    while (when.size() <= kMostConditionBytes) when += " and v0 > 1";
    EXPECT_FALSE(load(scenario(1, 1, 10, 1, "choice { to = 'end', when = '" + when + "', text = { es = 'x', en = 'x' } },")));
    EXPECT_NE(find_code(diagnostics_, "too-long"), nullptr) << diagnostics_.format();
}

TEST_F(HoldLimits, TooLongAList) {
    std::string list = "practice = {";
    for (std::size_t i = 0; i <= kMostListItems; ++i) list += " 'separate_from_companion',";
    EXPECT_FALSE(load(scenario(1, 1, 10, 1, "choice { to = 'end', " + list + " }, text = { es = 'x', en = 'x' } },")));
    const Diagnostic* d = find_code(diagnostics_, "too-long");
    ASSERT_NE(d, nullptr) << diagnostics_.format();
    EXPECT_NE(d->message.find("it may list at most 20"), std::string::npos) << d->message;
}

TEST_F(HoldLimits, AnIdThatIsNotTextIsReportedAndShownSafely) {
    EXPECT_FALSE(load(scenario(1, 1, 10, 1, "detail 'caf\\233' { neutral = true, text = { es = 'x', en = 'x' }, "
                                            "why = { es = 'y', en = 'y' } },")));
    const Diagnostic* d = find_code(diagnostics_, "bad-text");
    ASSERT_NE(d, nullptr) << diagnostics_.format();
    EXPECT_FALSE(text_problem(diagnostics_.format()));
}

TEST_F(HoldLimits, OddNamesInEffectsAreReportedBriefly) {
    EXPECT_FALSE(load(scenario(1, 1, 10, 1, "choice { to = 'end', effects = { ['caf\\233'] = 1, ['" +
                                                std::string(100, 'v') + "'] = 2 }, text = { es = 'x', en = 'x' } },")));
    const Diagnostic* d = find_code(diagnostics_, "bad-variable");
    ASSERT_NE(d, nullptr) << diagnostics_.format();
    EXPECT_FALSE(text_problem(diagnostics_.format()));
    EXPECT_LE(d->message.size(), 200u);

    diagnostics_ = {};
    const std::string many = "local vars = {}\nfor i = 1, 30000 do vars[i * 2] = 'x' end\n"
                             "return scenario { vars = vars }\n";
    EXPECT_FALSE(load(many));
    EXPECT_LE(diagnostics_.items().size(), 30u) << diagnostics_.format().substr(0, 2000);
}

TEST_F(HoldLimits, AFileGivenInMemoryIsMeasuredToo) {
    Limits limits;
    limits.file_bytes = 100;
    EXPECT_FALSE(load(scenario(1, 1, 10), limits));
    EXPECT_NE(find_code(diagnostics_, "file-too-big"), nullptr) << diagnostics_.format();
}

// However many problems a file has, the report stays short (and quick to make).
TEST_F(HoldLimits, AFloodOfProblemsIsCutShort) {
    std::string lua = "local s = { text = { es = 'x', en = 'x' } }\n"
                      "for i = 1, 30000 do s['field' .. i] = i; s[i] = i end\n"
                      "local all = { start = 'a', scene 'a' (s) }\n"
                      "for i = 1, 250 do all[#all + 1] = scene ('b' .. i) { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 } end\n"
                      "return scenario(all)\n";
    EXPECT_FALSE(load(lua, test::budget_only()));
    EXPECT_LE(diagnostics_.items().size(), kMostDiagnostics + 20) << diagnostics_.items().size();
    EXPECT_NE(find_code(diagnostics_, "too-many-problems"), nullptr) << diagnostics_.format().substr(0, 3000);
}

}  // namespace
}  // namespace senales

namespace senales {
namespace {

TEST(CatalogLimits, ACatalogFileOverTheLimitIsRefusedBeforeItIsRead) {
    Limits limits;
    limits.file_bytes = 620;  // only indicators.lua and practices.lua are larger
    Diagnostics diagnostics;
    EXPECT_FALSE(load_catalog_folder(test::kFixtureCatalog, test::kLuaRoot, diagnostics, limits));
    const Diagnostic* d = test::find_code(diagnostics, "file-too-big");
    ASSERT_NE(d, nullptr) << diagnostics.format();
    EXPECT_EQ(d->file, (test::kFixtureCatalog / "indicators.lua").string());
}

TEST(CatalogLimits, CatalogFilesGivenInMemoryLoadLikeFilesOnDisk) {
    std::vector<CatalogSource> files;
    for (const char* name : kCatalogFiles)
        files.push_back({test::kFixtureCatalog / name, read_whole_file(test::kFixtureCatalog / name)});
    Diagnostics diagnostics;
    const std::optional<Catalog> catalog = load_catalog_sources(files, test::kLuaRoot, diagnostics);
    ASSERT_TRUE(catalog) << diagnostics.format();
    EXPECT_NE(catalog->indicator("documents_held"), nullptr);
}

}  // namespace
}  // namespace senales
