// The sandbox: what an author's file can reach, and how it is stopped when it misbehaves.

#include "script/sandbox.h"

#include <gtest/gtest.h>
#include <lua.hpp>

#include <chrono>
#include <memory>

#include "sandbox_clocks.h"
#include "test_support.h"

namespace senales {
namespace {

using test::find_code;
using test::kLuaRoot;

class SandboxTest : public ::testing::Test {
protected:
    // Runs `lua` as an author's file, in a sandbox that has loaded the real DSL.
    // With a ticking clock given, it stands still until the DSL is in.
    bool run(std::string_view lua, const Limits& limits = {}, test::TickingClock* clock = nullptr) {
        if (clock) clock->hold();
        sandbox_ = std::make_unique<Sandbox>(limits);
        EXPECT_TRUE(sandbox_->load_dsl(kLuaRoot / "dsl.lua", diagnostics_)) << diagnostics_.format();
        if (clock) clock->release();
        file_ = folder_.write("author.lua", lua);
        return sandbox_->run_author_file(file_, lua, diagnostics_);
    }

    // The file returned `true`.
    bool returned_true() const {
        lua_State* L = sandbox_->state();
        return lua_gettop(L) == 1 && lua_isboolean(L, 1) && lua_toboolean(L, 1);
    }

    // The one diagnostic a failed run leaves.
    Diagnostic failure() const {
        EXPECT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
        return diagnostics_.items().empty() ? Diagnostic{} : diagnostics_.items().front();
    }

    test::TempFolder folder_;
    std::unique_ptr<Sandbox> sandbox_;
    Diagnostics diagnostics_;
    std::filesystem::path file_;
};

// [SECTION] What is out of reach

struct Forbidden {
    const char* name;  // an expression that must be nil
    const char* use;   // a statement that uses it
};

class ForbiddenTest : public SandboxTest, public ::testing::WithParamInterface<Forbidden> {};

TEST_P(ForbiddenTest, IsNil) {
    ASSERT_TRUE(run(std::string("return ") + GetParam().name + " == nil")) << diagnostics_.format();
    EXPECT_TRUE(returned_true()) << GetParam().name << " is reachable";
}

TEST_P(ForbiddenTest, UsingItIsAnErrorOnItsLine) {
    EXPECT_FALSE(run(std::string("local a = 1\n\n") + GetParam().use + "\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "lua-error");
    EXPECT_EQ(d.file, file_.string());
    EXPECT_EQ(d.line, 3) << d.format();
}

INSTANTIATE_TEST_SUITE_P(Sandbox, ForbiddenTest,
                         ::testing::Values(Forbidden{"io", "io.open('/etc/passwd')"},
                                           Forbidden{"os", "os.exit(1)"},
                                           Forbidden{"require", "require('os')"},
                                           Forbidden{"debug", "debug.getinfo(1)"},
                                           Forbidden{"load", "load('return 1')"},
                                           Forbidden{"dofile", "dofile('x.lua')"},
                                           Forbidden{"loadfile", "loadfile('x.lua')"},
                                           Forbidden{"string.dump", "string.dump(tostring)"},
                                           Forbidden{"('').dump", "(''):dump()"},
                                           Forbidden{"collectgarbage", "collectgarbage()"},
                                           Forbidden{"math.random", "math.random()"},
                                           Forbidden{"math.randomseed", "math.randomseed(1)"},
                                           Forbidden{"print", "print('x')"},
                                           Forbidden{"package", "package.loadlib('x', 'y')"},
                                           Forbidden{"coroutine", "coroutine.wrap(tostring)()"},
                                           Forbidden{"pcall", "pcall(error, 'x')"},
                                           Forbidden{"rawset", "rawset({}, 1, 2)"},
                                           Forbidden{"author_line", "author_line()"},
                                           Forbidden{"string.find", "string.find('a', 'a')"}),
                         [](const ::testing::TestParamInfo<Forbidden>& info) {
                             std::string name;
                             for (const char* c = info.param.name; *c; ++c)
                                 if (std::isalnum(static_cast<unsigned char>(*c))) name += *c;
                             return name;
                         });

TEST_F(SandboxTest, StringMetatableIsHidden) {
    ASSERT_TRUE(run("return getmetatable('') == false")) << diagnostics_.format();
    EXPECT_TRUE(returned_true());
}

TEST_F(SandboxTest, StringMetatableIndexLeaksNothing) {
    EXPECT_FALSE(run("local s = 'x'\nreturn getmetatable('').__index"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("boolean"), std::string::npos) << d.message;
}

TEST_F(SandboxTest, StringMethodsStillWork) {
    ASSERT_TRUE(run("return ('ab'):rep(2) == 'abab' and ('x'):upper() == 'X' and string.format('%d', 3) == '3'"))
        << diagnostics_.format();
    EXPECT_TRUE(returned_true());
}

TEST_F(SandboxTest, GcMetamethodsAreRefused) {
    EXPECT_FALSE(run("\nsetmetatable({}, { __gc = function() while true do end end })"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.message.find("__gc"), std::string::npos) << d.message;
}

TEST_F(SandboxTest, OtherMetatablesAreAllowed) {
    ASSERT_TRUE(run("local t = setmetatable({}, { __index = function() return 7 end })\nreturn t.x == 7"))
        << diagnostics_.format();
    EXPECT_TRUE(returned_true());
}

TEST_F(SandboxTest, BytecodeIsRefused) {
    EXPECT_FALSE(run("\x1bLua\x54\x00 not really bytecode"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "lua-syntax");
    EXPECT_NE(d.message.find("binary chunk"), std::string::npos) << d.message;
}

// Changing the libraries an author's file got changes nothing for the DSL or the next file.
TEST_F(SandboxTest, LibrariesAreCopiesPerFile) {
    ASSERT_TRUE(run("string.rep = nil; table.insert = nil; type = nil\nreturn choice { text = 'x' }"))
        << diagnostics_.format();
    const std::string second = "return string.rep ~= nil and table.insert ~= nil and type ~= nil";
    ASSERT_TRUE(sandbox_->run_author_file(folder_.write("second.lua", second), second, diagnostics_))
        << diagnostics_.format();
    EXPECT_TRUE(returned_true());
}

// [SECTION] Errors carry file:line

TEST_F(SandboxTest, SyntaxErrorHasItsLine) {
    EXPECT_FALSE(run("return {\n  x = 1,\n  y = ,\n}\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "lua-syntax");
    EXPECT_EQ(d.file, file_.string());
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.message.find(file_.string()), std::string::npos) << "the location is not repeated: " << d.message;
}

TEST_F(SandboxTest, MissingCommaGetsAHint) {
    EXPECT_FALSE(run("return {\n  choice { text = 'a' }\n  choice { text = 'b' }\n}\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.line, 3);
    EXPECT_NE(d.hint.find("comma"), std::string::npos) << d.format();
}

TEST_F(SandboxTest, RuntimeErrorHasItsLine) {
    EXPECT_FALSE(run("local a\n\nreturn a.b\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "lua-error");
    EXPECT_EQ(d.line, 3);
    EXPECT_NE(d.message.find("attempt to index"), std::string::npos) << d.message;
}

TEST_F(SandboxTest, ErrorInsideALibraryFunctionBlamesTheAuthorsLine) {
    EXPECT_FALSE(run("\n\nreturn string.rep()\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.line, 3) << d.format();
    EXPECT_NE(d.message.find("bad argument"), std::string::npos) << d.message;
}

TEST_F(SandboxTest, MisspelledWordSuggestsTheRightOne) {
    EXPECT_FALSE(run("return {\n  secne 'a' {},\n}\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.line, 2);
    EXPECT_NE(d.hint.find("scene"), std::string::npos) << d.format();
}

TEST_F(SandboxTest, LongPathsStillGiveTheLine) {
    const std::string deep(80, 'd');
    const std::string lua = "local a\nreturn a.b\n";
    sandbox_ = std::make_unique<Sandbox>();
    ASSERT_TRUE(sandbox_->load_dsl(kLuaRoot / "dsl.lua", diagnostics_));
    const std::filesystem::path file = folder_.write(std::filesystem::path(deep) / "author.lua", lua);
    EXPECT_FALSE(sandbox_->run_author_file(file, lua, diagnostics_));
    const Diagnostic d = failure();
    EXPECT_EQ(d.file, file.string());
    EXPECT_EQ(d.line, 2) << d.format();
}

// [SECTION] Limits

// The budget and the deadline are tested apart, each with the other out of the way: on a busy
// machine 100 million instructions can take longer than 3 s of wall clock.
TEST_F(SandboxTest, EndlessLoopStopsOnTheInstructionBudget) {
    EXPECT_FALSE(run("local n = 0\nwhile true do\n  n = n + 1\nend\n", test::budget_only()));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "limit-instructions") << d.format();
    EXPECT_NE(d.message.find("instruction budget (100000000 Lua instructions)"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("endless loop"), std::string::npos);
    EXPECT_GE(d.line, 2);
    EXPECT_LE(d.line, 3);
}

TEST_F(SandboxTest, TheBudgetIsCountedInInstructionsNotTime) {
    Limits limits = test::budget_only();
    limits.instructions = 50'000;
    EXPECT_TRUE(run("local n = 0\nfor i = 1, 1000 do n = n + i end\nreturn n\n", limits)) << diagnostics_.format();
    EXPECT_FALSE(run("local n = 0\nfor i = 1, 100000 do n = n + i end\nreturn n\n", limits));
    EXPECT_EQ(failure().code, "limit-instructions") << failure().format();
}

TEST_F(SandboxTest, EmptyEndlessLoopStopsToo) {
    EXPECT_FALSE(run("\nwhile true do end\n", test::budget_only()));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "limit-instructions") << d.format();
    EXPECT_EQ(d.line, 2);
}

// Once the author's file runs, the clock is read once per 1000 instructions: at 10 ms a reading,
// 0.2 s pass after 21 readings, on any machine.
TEST_F(SandboxTest, SlowFileStopsOnTheClock) {
    test::TickingClock clock(std::chrono::milliseconds(10));
    EXPECT_FALSE(run("local n = 0\nwhile true do n = n + 1 end\n", test::deadline_only(clock, 0.2), &clock));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "limit-time") << d.format();
    EXPECT_NE(d.message.find("ran out of time (0.2 s)"), std::string::npos) << d.message;
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(clock.readings(), 21);
}

TEST_F(SandboxTest, AFileThatFinishesInTimeIsNotStopped) {
    test::TickingClock clock(std::chrono::milliseconds(10));
    EXPECT_TRUE(run("local n = 0\nfor i = 1, 2000 do n = n + i end\nreturn n\n", test::deadline_only(clock, 0.2), &clock))
        << diagnostics_.format();
    EXPECT_LT(clock.readings(), 21);
}

TEST_F(SandboxTest, GrowingTableStopsOnTheMemoryCap) {
    EXPECT_FALSE(run("local t = {}\nfor i = 1, 1e9 do t[i] = i end\nreturn t\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "limit-memory") << d.format();
    EXPECT_NE(d.message.find("memory"), std::string::npos);
    EXPECT_NE(d.hint.find("enormous table or string"), std::string::npos);
    EXPECT_EQ(d.line, 2);
}

TEST_F(SandboxTest, HugeStringStopsOnTheMemoryCap) {
    EXPECT_FALSE(run("local a = 1\n\nlocal s = string.rep('x', 1e9)\nreturn s\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "limit-memory") << d.format();
    EXPECT_EQ(d.line, 3);
}

// Library functions that loop inside C, where the hook never fires, are bounded.
TEST_F(SandboxTest, RepeatingAnEmptyStringIsQuick) {
    ASSERT_TRUE(run("return string.rep('', 1e15) == '' and (''):rep(1e15, '') == ''")) << diagnostics_.format();
    EXPECT_TRUE(returned_true());
}

TEST_F(SandboxTest, MovingAnEnormousRangeIsRefused) {
    EXPECT_FALSE(run("local t = {}\ntable.move(t, 1, 1e15, 2)\n"));
    const Diagnostic d = failure();
    EXPECT_EQ(d.code, "lua-error");
    EXPECT_EQ(d.line, 2);
}

TEST_F(SandboxTest, AFakeLengthCannotMakeInsertLoopForever) {
    EXPECT_FALSE(run("local t = setmetatable({}, { __len = function() return 1e15 end })\ntable.insert(t, 1, 0)\n"));
    EXPECT_EQ(failure().line, 2);
}

TEST_F(SandboxTest, BoundedFunctionsStillWork) {
    ASSERT_TRUE(run("local t = { 1, 2, 3 }\n"
                    "table.insert(t, 1, 0); table.remove(t); table.move(t, 1, 3, 2)\n"
                    "return table.concat(t, ',') == '0,0,1,2' and string.rep('ab', 2, '-') == 'ab-ab'"))
        << diagnostics_.format();
    EXPECT_TRUE(returned_true());
}

TEST_F(SandboxTest, DeepRecursionIsAnOrdinaryError) {
    EXPECT_FALSE(run("local function f() return 1 + f() end\nreturn f()\n"));
    const Diagnostic d = failure();
    EXPECT_TRUE(d.code == "lua-error" || d.code == "limit-memory") << d.format();
    EXPECT_GT(d.line, 0);
}

TEST_F(SandboxTest, ASandboxStaysUsableAfterAnError) {
    EXPECT_FALSE(run("error('first')"));
    const std::string second = "return true";
    ASSERT_TRUE(sandbox_->run_author_file(folder_.write("second.lua", second), second, diagnostics_));
    EXPECT_TRUE(returned_true());
}

}  // namespace
}  // namespace senales
