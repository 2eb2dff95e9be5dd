// One small input for each diagnostic code the script host and the validator give: the code, its
// level, the file and the line it points at, and a hint for the author. (The codes `senales check`
// adds itself are in tests/app/check_diagnostic_codes_test.cpp.)

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "script/author_file.h"
#include "script/catalog_loader.h"
#include "script/interface_loader.h"
#include "script/sandbox.h"
#include "script/scenario_loader.h"
#include "test_support.h"

namespace senales {
namespace {

using test::find_code;
using test::kFixtureCatalog;
using test::kLuaRoot;
using test::replaced;

// The same scenario as scenario_loader_test.cpp's kValid: the lines below point into it.
constexpr std::string_view kValid = R"lua(return scenario {
  title = { es = "Prueba", en = "Test" },
  summary = { es = "Un resumen.", en = "A summary." },
  audience = "consular", person = { age = "adult", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true }, setting = { country = "GT", institution = "PNC" },
  minutes = 10,
  difficulty = 2,
  feedback = "immediate",
  objectives = { { es = "Aprender", en = "Learn" } },
  content_note = { es = "Nota", en = "Note" },
  start = "arrival",
  vars = { trust = 1, safety = 2 },

  scene "arrival" {
    text = { es = "Llegas.", en = "You arrive." },
    detail "papers" { indicator = "documents_held", text = { es = "Papeles", en = "Papers" } },
    detail "dress" { neutral = true, text = { es = "Traje", en = "Dress" },
                     why = { es = "No es un indicio.", en = "Not a sign." } },
    choice { to = "talk", practice = "separate_from_companion", effects = { trust = 1 },
             text = { es = "Separar", en = "Separate" } },
    choice { to = "done", when = "trust >= 1 and safety > 0", harm = { "interview_in_front_of_companion" },
             set = { safety = 0 }, text = { es = "Preguntar aquí", en = "Ask here" },
             consequence = { es = "Él escuchó.", en = "He listened." } },
  },

  scene "talk" {
    text = { es = "Hablan.", en = "You talk." },
    choice { to = "done", text = { es = "Terminar", en = "Finish" } },
  },

  ending "done" { outcome = "mixed", text = { es = "Fin.", en = "The end." } },
}
)lua";

constexpr int kScenarioLine = 1;
constexpr int kPapersLine = 15;
constexpr int kSeparateLine = 18;
constexpr int kAskHereLine = 20;
constexpr int kTalkLine = 25;

std::string valid() { return std::string(kValid); }

enum class Hint { expected, none_given };

// The diagnostic with `code` in `diagnostics`, checked for its level, file, line and hint; fails
// the test when there is none.

Diagnostic expect_code(const Diagnostics& diagnostics, std::string_view code, DiagnosticLevel level,
                       const std::filesystem::path& file, int line, Hint hint = Hint::expected) {
    const Diagnostic* found = find_code(diagnostics, code);
    EXPECT_NE(found, nullptr) << "no [" << code << "] in:\n" << diagnostics.format();
    if (!found) return Diagnostic{};
    EXPECT_EQ(found->level, level) << found->format();
    EXPECT_EQ(found->file, file.string()) << found->format();
    EXPECT_EQ(found->line, line) << found->format();
    if (hint == Hint::expected) {
        EXPECT_FALSE(found->hint.empty()) << found->format();
    }
    EXPECT_FALSE(found->message.empty()) << found->format();
    return *found;
}

constexpr DiagnosticLevel kError = DiagnosticLevel::error;
constexpr DiagnosticLevel kWarning = DiagnosticLevel::warning;

// [SECTION] Scenarios: what the validator and the scenario reader find

class ScenarioCodes : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        Diagnostics diagnostics;
        catalog_ = load_catalog_folder(kFixtureCatalog, kLuaRoot, diagnostics).value_or(Catalog{});
        ASSERT_FALSE(diagnostics.has_errors()) << diagnostics.format();
    }

    std::optional<Scenario> load(std::string_view lua, const std::string& id = "test_scenario",
                                 const Limits& limits = {}) {
        file_ = folder_.write(id + "/scenario.lua", lua);
        return load_scenario(folder_.path() / id, kLuaRoot, catalog_, diagnostics_, limits);
    }

    Diagnostic expect(std::string_view code, DiagnosticLevel level, int line) const {
        return expect_code(diagnostics_, code, level, file_, line);
    }

    static inline Catalog catalog_;
    test::TempFolder folder_;
    Diagnostics diagnostics_;
    std::filesystem::path file_;
};

TEST_F(ScenarioCodes, TheUnchangedScenarioGivesNoDiagnostic) {
    ASSERT_TRUE(load(kValid)) << diagnostics_.format();
    EXPECT_TRUE(diagnostics_.items().empty()) << diagnostics_.format();
}

TEST_F(ScenarioCodes, BadDifficulty) {
    EXPECT_FALSE(load(replaced(valid(), "difficulty = 2,", "difficulty = 4,")));
    expect("bad-difficulty", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, BadMinutes) {
    EXPECT_FALSE(load(replaced(valid(), "minutes = 10,", "minutes = 500,")));
    expect("bad-minutes", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, BadScenarioIdIsAWarningOnTheFile) {
    ASSERT_TRUE(load(kValid, "Night-Inspection")) << "a warning alone does not stop a load:\n" << diagnostics_.format();
    const Diagnostic d = expect("bad-scenario-id", kWarning, 0);
    EXPECT_NE(d.message.find("Night-Inspection"), std::string::npos) << d.message;
}

TEST_F(ScenarioCodes, DeadEndSceneWithoutChoices) {
    EXPECT_FALSE(load(replaced(valid(), "    choice { to = \"done\", text = { es = \"Terminar\", en = \"Finish\" } },\n", "")));
    const Diagnostic d = expect("dead-end", kError, kTalkLine);
    EXPECT_NE(d.message.find("scene \"talk\" has no way out"), std::string::npos) << d.message;
}

TEST_F(ScenarioCodes, MissingObjectives) {
    EXPECT_FALSE(load(replaced(valid(), "  objectives = { { es = \"Aprender\", en = \"Learn\" } },\n", "")));
    expect("missing-objectives", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, MissingStart) {
    EXPECT_FALSE(load(replaced(valid(), "  start = \"arrival\",\n", "")));
    expect("missing-start", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, UnknownStartSuggestsTheScene) {
    EXPECT_FALSE(load(replaced(valid(), "start = \"arrival\"", "start = \"arival\"")));
    const Diagnostic d = expect("unknown-start", kError, kScenarioLine);
    EXPECT_NE(d.hint.find("\"arrival\""), std::string::npos) << d.hint;
}

TEST_F(ScenarioCodes, StartIsEnding) {
    EXPECT_FALSE(load(replaced(valid(), "start = \"arrival\"", "start = \"done\"")));
    expect("start-is-ending", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, MissingTarget) {
    EXPECT_FALSE(load(replaced(valid(), "choice { to = \"talk\", ", "choice { ")));
    expect("missing-target", kError, kSeparateLine);
}

TEST_F(ScenarioCodes, MissingText) {
    EXPECT_FALSE(load(replaced(valid(), "    text = { es = \"Hablan.\", en = \"You talk.\" },\n", "")));
    const Diagnostic d = expect("missing-text", kError, kTalkLine);
    EXPECT_NE(d.message.find("scene \"talk\""), std::string::npos) << d.message;
}

TEST_F(ScenarioCodes, NoEndings) {
    EXPECT_FALSE(load(replaced(valid(), "  ending \"done\" { outcome = \"mixed\", text = { es = \"Fin.\", en = \"The end.\" } },\n", "")));
    expect("no-endings", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, NoScenes) {
    // The header, then only the ending.
    const std::string lua = valid().substr(0, valid().find("  scene \"arrival\"")) +
                            "  ending \"done\" { outcome = \"mixed\", text = { es = \"Fin.\", en = \"The end.\" } },\n}\n";
    EXPECT_FALSE(load(lua));
    expect("no-scenes", kError, kScenarioLine);
}

TEST_F(ScenarioCodes, SetAndChanged) {
    EXPECT_FALSE(load(replaced(valid(), "effects = { trust = 1 },", "effects = { trust = 1 }, set = { trust = 0 },")));
    const Diagnostic d = expect("set-and-changed", kError, kSeparateLine);
    EXPECT_NE(d.message.find("`trust`"), std::string::npos) << d.message;
}

TEST_F(ScenarioCodes, UnknownHarmSuggestsTheHarm) {
    EXPECT_FALSE(load(replaced(valid(), "harm = { \"interview_in_front_of_companion\" }", "harm = { \"interview_in_front_of_companio\" }")));
    const Diagnostic d = expect("unknown-harm", kError, kAskHereLine);
    EXPECT_NE(d.hint.find("interview_in_front_of_companion"), std::string::npos) << d.hint;
}

TEST_F(ScenarioCodes, UnknownPracticeSuggestsThePractice) {
    EXPECT_FALSE(load(replaced(valid(), "practice = \"separate_from_companion\"", "practice = \"separate_from_companio\"")));
    const Diagnostic d = expect("unknown-practice", kError, kSeparateLine);
    EXPECT_NE(d.hint.find("separate_from_companion"), std::string::npos) << d.hint;
}

TEST_F(ScenarioCodes, UnusedWhyOnASignIsAWarning) {
    ASSERT_TRUE(load(replaced(valid(), "indicator = \"documents_held\",",
                              "indicator = \"documents_held\", why = { es = \"Porque\", en = \"Because\" },")))
        << "a warning alone does not stop a load:\n" << diagnostics_.format();
    expect("unused-field", kWarning, kPapersLine);
}

// When Lua cannot even start (here: a memory budget too small for its first allocation), the
// load stops at the first file it would run, the DSL.
TEST_F(ScenarioCodes, LuaUnavailable) {
    Limits no_memory;
    no_memory.memory_bytes = 0;
    EXPECT_FALSE(load(kValid, "test_scenario", no_memory));
    expect_code(diagnostics_, "lua-unavailable", kError, kLuaRoot / "dsl.lua", 0);
    EXPECT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
}

// A scenario.lua that is a plain file to look at but fails when read: a link to /proc/self/mem,
// whose first page is never mapped, so reading it gives EIO. (The tests run as root, so a file
// without read permission would still be read.)
TEST_F(ScenarioCodes, UnreadableFile) {
    const std::filesystem::path mem = "/proc/self/mem";
    if (!std::filesystem::exists(mem)) GTEST_SKIP() << "no /proc/self/mem here";
    std::filesystem::create_directories(folder_.path() / "test_scenario");
    file_ = folder_.path() / "test_scenario" / "scenario.lua";
    std::filesystem::create_symlink(mem, file_);
    EXPECT_FALSE(load_scenario(folder_.path() / "test_scenario", kLuaRoot, catalog_, diagnostics_));
    const Diagnostic d = expect("unreadable-file", kError, 0);
    EXPECT_NE(d.message.find("scenario.lua"), std::string::npos) << d.message;
    EXPECT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
}

// [SECTION] The sandbox

// load_scenario never gets this far without the DSL (a missing dsl.lua is [missing-file]), so
// the sandbox is asked directly to run an author's file before the DSL is loaded.
TEST(SandboxCodes, NoDsl) {
    Diagnostics diagnostics;
    Sandbox sandbox;
    const std::filesystem::path file = "/nowhere/test_scenario/scenario.lua";
    EXPECT_FALSE(sandbox.run_author_file(file, kValid, diagnostics));
    // Only a caller's mistake can give this (no loader runs a file without the DSL), and the
    // sandbox gives no hint for it.
    expect_code(diagnostics, "no-dsl", kError, file, 0, Hint::none_given);
}

TEST(SandboxCodes, AMissingDslIsAMissingFileNotNoDsl) {
    test::TempFolder lua_root;  // no dsl.lua in it
    const std::filesystem::path folder = lua_root.write("test_scenario/scenario.lua", kValid).parent_path();
    Diagnostics diagnostics;
    EXPECT_FALSE(load_scenario(folder, lua_root.path(), Catalog{}, diagnostics));
    expect_code(diagnostics, "missing-file", kError, lua_root.path() / "dsl.lua", 0);
    EXPECT_EQ(find_code(diagnostics, "no-dsl"), nullptr) << diagnostics.format();
}

// [SECTION] The interface's words

TEST(InterfaceCodes, PlaceholderMismatch) {
    test::TempFolder lua_root;
    lua_root.write("dsl.lua", read_whole_file(kLuaRoot / "dsl.lua").value_or(""));
    const std::filesystem::path file = lua_root.write(kInterfaceFile,
                                                      "return {\n"
                                                      "  text \"fine\" { es = \"{} de {}\", en = \"{} of {}\" },\n"
                                                      "  text \"greeting\" { es = \"Hola, {}\", en = \"Hello\" },\n"
                                                      "}\n");
    Diagnostics diagnostics;
    EXPECT_FALSE(load_interface_texts(lua_root.path(), diagnostics));
    const Diagnostic d = expect_code(diagnostics, "placeholder-mismatch", kError, file, 3);
    EXPECT_NE(d.message.find("1 {} in Spanish and 0 in English"), std::string::npos) << d.message;
    EXPECT_EQ(diagnostics.items().size(), 1u) << diagnostics.format();
}

// [SECTION] The catalog: the fixture catalog, copied with one replacement

class CatalogCodes : public ::testing::Test {
protected:
    std::optional<Catalog> load_replacing(const char* file, std::string_view from, std::string_view to) {
        for (const char* name : kCatalogFiles) {
            std::string text = read_whole_file(kFixtureCatalog / name).value_or("");
            if (std::string_view(name) == file) text = replaced(std::move(text), from, to);
            folder_.write(name, text);
        }
        return load_catalog_folder(folder_.path(), kLuaRoot, diagnostics_);
    }

    // The line of the copied `file` that holds `text` (counted from 1), so that the tests do not
    // depend on the fixture's layout.
    int line_of(const char* file, std::string_view text) const {
        const std::string bytes = read_whole_file(folder_.path() / file).value_or("");
        const std::size_t at = bytes.find(text);
        EXPECT_NE(at, std::string::npos) << "not in " << file << ": " << text;
        if (at == std::string::npos) return -1;
        return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    }

    // The error with `code`, at the line of `file` that holds `entry`.
    Diagnostic expect(std::string_view code, const char* file, std::string_view entry) const {
        return expect_code(diagnostics_, code, kError, folder_.path() / file, line_of(file, entry));
    }

    test::TempFolder folder_;
    Diagnostics diagnostics_;
};

TEST_F(CatalogCodes, MissingSources) {
    EXPECT_FALSE(load_replacing("principles.lua", "    sources = { \"1\" },\n", ""));
    const Diagnostic d = expect("missing-sources", "principles.lua", "principle \"do_no_harm\"");
    EXPECT_NE(d.message.find("principle \"do_no_harm\""), std::string::npos) << d.message;
}

TEST_F(CatalogCodes, UnknownSource) {
    EXPECT_FALSE(load_replacing("indicators.lua", "sources = { \"2\" }", "sources = { \"3\" }"));
    const Diagnostic d = expect("unknown-source", "indicators.lua", "indicator \"debt_bondage\"");
    EXPECT_NE(d.message.find("\"3\""), std::string::npos) << d.message;
}

TEST_F(CatalogCodes, UnknownPrincipleSuggestsTheClosest) {
    EXPECT_FALSE(load_replacing("practices.lua", "principle = \"do_no_harm\"", "principle = \"do_no_harn\""));
    const Diagnostic d = expect("unknown-principle", "practices.lua", "practice \"separate_from_companion\"");
    EXPECT_NE(d.hint.find("\"do_no_harm\""), std::string::npos) << d.hint;
}

// A code added while these tests were written: the catalog must explain each of the three elements
// (act, means, purpose). It is reported on principles.lua as a bare name, so only the name's end
// is checked here.
TEST_F(CatalogCodes, MissingElement) {
    const std::string purpose = [] {
        const std::string text = read_whole_file(kFixtureCatalog / "principles.lua").value_or("");
        const std::size_t at = text.find("  element \"purpose\"");
        return at == std::string::npos ? std::string("  element \"purpose\"")
                                       : text.substr(at, text.find('\n', at) + 1 - at);
    }();
    EXPECT_FALSE(load_replacing("principles.lua", purpose, ""));
    const Diagnostic* d = find_code(diagnostics_, "missing-element");
    ASSERT_NE(d, nullptr) << diagnostics_.format();
    EXPECT_EQ(d->level, kError);
    EXPECT_TRUE(std::filesystem::path(d->file).filename() == "principles.lua") << d->format();
    EXPECT_EQ(d->line, 0);
    EXPECT_NE(d->message.find("\"purpose\""), std::string::npos) << d->message;
    EXPECT_FALSE(d->hint.empty());
}

}  // namespace
}  // namespace senales
