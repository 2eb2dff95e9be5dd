// The diagnostic codes `senales check` gives itself, past loading: what exploring every path finds
// (never-shown, never-offered, dead-end when only some values get stuck, worst-passes) and what
// it finds in the installed translations (bad-translation-file, undrawable-character). Each comes
// from a small input written to a temporary folder, run through the command in-process with
// --json, and is checked for its level, file, line and hint.

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli_run.h"
#include "wording/translations.h"

using namespace senales;
using namespace senales::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A small scenario the real catalog knows every id of. Line numbers matter: the tests point at them.
constexpr const char* kTiny = R"lua(return scenario {
  title = { es = "Prueba", en = "Test" },
  summary = { es = "Un escenario de prueba.", en = "A test scenario." },
  audience = "police", person = { age = "adult", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true }, setting = { country = "GT", institution = "PNC" }, minutes = 5, difficulty = 1, feedback = "immediate",
  objectives = { { es = "Aprender", en = "Learn" } },
  content_note = { es = "Nada gráfico.", en = "Nothing graphic." },
  start = "arrival",
  vars = { trust = 1 },

  scene "arrival" {
    text = { es = "Llega a un bar.", en = "You arrive at a bar." },
    detail "passport_kept" { indicator = "documents_held", text = { es = "El dueño guarda su pasaporte.", en = "The owner keeps her passport." } },
    detail "accent" { neutral = true, text = { es = "Habla con acento.", en = "She speaks with an accent." }, why = { es = "El acento no es una señal.", en = "An accent is not a sign." } },
    choice { id = "alone", to = "private", practice = "separate_from_companion", effects = { trust = 1 }, text = { es = "Hablar con ella a solas.", en = "Talk with her alone." } },
    choice { id = "here", to = "private", harm = "interview_in_front_of_companion", effects = { trust = -1 }, text = { es = "Preguntarle frente al gerente.", en = "Question her in front of the manager." } },
  },

  scene "private" {
    text = { es = "Una sala tranquila.", en = "A quiet room." },
    choice { id = "refer", to = "referred", text = { es = "Derivarla.", en = "Refer her." } },
    choice { id = "leave", to = "left", harm = "leave_without_referral", text = { es = "Irse.", en = "Leave." } },
  },

  ending "referred" { outcome = "good", text = { es = "Recibe apoyo.", en = "She gets support." } },
  ending "left" { outcome = "bad", text = { es = "Se queda en el bar.", en = "She stays at the bar." } },
}
)lua";

constexpr int kScenarioLine = 1;
constexpr int kPassportLine = 12;
constexpr int kPrivateLine = 18;
constexpr int kLeaveLine = 21;

using Edits = std::vector<std::pair<std::string, std::string>>;

std::string edited(std::string text, const Edits& edits) {
    for (const auto& [from, to] : edits) {
        const std::size_t at = text.find(from);
        EXPECT_NE(at, std::string::npos) << "not in the text: " << from;
        if (at != std::string::npos) text.replace(at, from.size(), to);
    }
    return text;
}

// Each test gets a folder of its own for its scenarios, and a language folder of its own
// (SENALES_LANG_DIR), so that what a user has installed does not change what check says.
class CheckCodes : public ::testing::Test {
protected:
    void SetUp() override {
        static std::atomic<int> counter{0};
        root_ = fs::temp_directory_path() /
                ("senales_check_codes_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::remove_all(root_);
        fs::create_directories(root_ / "lang");
        if (const char* before = std::getenv("SENALES_LANG_DIR")) lang_dir_before_ = before;
        setenv("SENALES_LANG_DIR", (root_ / "lang").c_str(), 1);
    }
    void TearDown() override {
        if (lang_dir_before_)
            setenv("SENALES_LANG_DIR", lang_dir_before_->c_str(), 1);
        else
            unsetenv("SENALES_LANG_DIR");
        std::error_code ignored;
        fs::remove_all(root_, ignored);
    }

    fs::path write(const fs::path& relative, const std::string& text) const {
        const fs::path file = root_ / relative;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

    // kTiny with `edits`, as the scenario folder `id`; returns its scenario.lua.
    fs::path scenario(const std::string& id, const Edits& edits) const {
        return write(fs::path("scenarios") / id / "scenario.lua", edited(kTiny, edits));
    }

    // `senales check --json` on one scenario folder (or none: the language report alone).
    json check(const fs::path& folder) {
        const CliResult r = run({"check", "--json", folder.string()});
        status_ = r.status;
        try {
            return json::parse(r.out);
        } catch (const json::exception& e) {
            ADD_FAILURE() << "check --json did not print JSON (" << e.what() << "):\n" << r.out << r.err;
            return json::object();
        }
    }

    // The diagnostics check gave the one scenario it checked.
    static json scenario_diagnostics(const json& report) {
        if (!report.is_object() || !report.contains("scenarios") || report["scenarios"].size() != 1u) {
            ADD_FAILURE() << "not one scenario in:\n" << report.dump(2);
            return json::array();
        }
        return report["scenarios"][0].value("diagnostics", json::array());
    }

    // What check found in the installed translations.
    static json language_diagnostics(const json& report) {
        if (!report.is_object() || !report.contains("language_diagnostics")) {
            ADD_FAILURE() << "no language_diagnostics in:\n" << report.dump(2);
            return json::array();
        }
        return report["language_diagnostics"];
    }

    // The diagnostic with `code` in `list`, checked for its level, file, line and hint.
    static json expect(const json& list, const std::string& code, const std::string& level, const fs::path& file,
                       int line) {
        for (const json& d : list) {
            if (!d.is_object() || d.value("code", "") != code) continue;
            EXPECT_EQ(d["level"], level) << d.dump();
            EXPECT_EQ(d["file"], file.string()) << d.dump();
            EXPECT_EQ(d["line"], line) << d.dump();
            EXPECT_FALSE(d["hint"].get<std::string>().empty()) << d.dump();
            EXPECT_FALSE(d["message"].get<std::string>().empty()) << d.dump();
            return d;
        }
        ADD_FAILURE() << "no [" << code << "] in:\n" << list.dump(2);
        return json::object();
    }

    static bool has(const json& list, const std::string& code) {
        for (const json& d : list)
            if (d.is_object() && d.value("code", "") == code) return true;
        return false;
    }

    fs::path root_;
    int status_ = 0;
    std::optional<std::string> lang_dir_before_;
};

TEST_F(CheckCodes, TheUnchangedScenarioHasNoneOfThese) {
    const fs::path file = scenario("tiny", {});
    const json list = scenario_diagnostics(check(file.parent_path()));
    for (const char* code : {"never-shown", "never-offered", "dead-end", "worst-passes", "unreachable"})
        EXPECT_FALSE(has(list, code)) << code << " in:\n" << list.dump(2);
}

TEST_F(CheckCodes, NeverShownDetailIsAWarningAtTheDetail) {
    const fs::path file = scenario("never_shown", {{"indicator = \"documents_held\",", "indicator = \"documents_held\", when = \"trust >= 9\","}});
    const json d = expect(scenario_diagnostics(check(file.parent_path())), "never-shown", "warning", file, kPassportLine);
    EXPECT_NE(d.value("message", "").find("detail \"passport_kept\" is never shown"), std::string::npos) << d.dump();
}

TEST_F(CheckCodes, NeverOfferedChoiceIsAWarningAtTheChoice) {
    const fs::path file = scenario("never_offered", {{"id = \"leave\",", "id = \"leave\", when = \"trust >= 9\","}});
    expect(scenario_diagnostics(check(file.parent_path())), "never-offered", "warning", file, kLeaveLine);
}

// A scene with choices, all of them closed for some value of the story's variables: only
// exploring the paths finds it (the validator's [dead-end] is for a scene with no choice at all).
TEST_F(CheckCodes, DeadEndWhenOnlySomeValuesGetStuck) {
    const fs::path file = scenario("stuck", {{"id = \"refer\",", "id = \"refer\", when = \"trust >= 2\","},
                                             {"id = \"leave\",", "id = \"leave\", when = \"trust >= 2\","}});
    const json report = check(file.parent_path());
    EXPECT_EQ(status_, 1);
    const json d = expect(scenario_diagnostics(report), "dead-end", "error", file, kPrivateLine);
    EXPECT_NE(d.value("message", "").find("scene \"private\" offers no choice when trust = 0"), std::string::npos)
        << d.dump();
}

TEST_F(CheckCodes, WorstPathThatPassesIsAnError) {
    // Both first moves are good practices, leaving ends well too, and there is no detail to miss
    // (the worst path flags no sign and every harmless detail).
    const fs::path file = scenario("worst_passes",
                                   {{"    detail \"passport_kept\"", "    -- detail \"passport_kept\""},
                                    {"    detail \"accent\"", "    -- detail \"accent\""},
                                    {"harm = \"interview_in_front_of_companion\",", "practice = \"separate_from_companion\","},
                                    {"to = \"left\", harm = \"leave_without_referral\",", "to = \"referred\","}});
    const json report = check(file.parent_path());
    EXPECT_EQ(status_, 1);
    expect(scenario_diagnostics(report), "worst-passes", "error", file, kScenarioLine);
}

// [SECTION] Installed translations: <lang dir>/<code>/messages.po

constexpr const char* kPoHeader =
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Language: xx\\n\"\n"
    "\"X-Senales-Language-Name: Pseudo\\n\"\n"
    "\n";

TEST_F(CheckCodes, BadTranslationFileIsAWarningAtTheLine) {
    const fs::path file = write("lang/xx/messages.po", std::string(kPoHeader) +  // lines 1-5
                                                           "msgctxt \"ui/start\"\n"   // 6
                                                           "msgid \"Comenzar\"\n"      // 7
                                                           "msgstr \"Empezar\"\n"      // 8
                                                           "\n"                        // 9
                                                           "msgctxt \"ui/quit\"\n"    // 10
                                                           "msgid \"Salir del juego\n");  // 11: never closed
    Diagnostics diagnostics;
    const Languages languages = Languages::load({root_ / "lang"}, diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << diagnostics.format();
    ASSERT_EQ(diagnostics.items().size(), 1u) << diagnostics.format();
    const Diagnostic& d = diagnostics.items()[0];
    EXPECT_EQ(d.code, "bad-translation-file");
    EXPECT_EQ(d.level, DiagnosticLevel::warning);
    EXPECT_EQ(d.file, file.string());
    EXPECT_EQ(d.line, 11);
    EXPECT_FALSE(d.hint.empty());
    EXPECT_TRUE(languages.has(*parse_lang("xx"))) << "what could be read is still used";

    // check reports it with the languages, and a warning does not fail it.
    const fs::path scenario_file = scenario("tiny", {});
    const json report = check(scenario_file.parent_path());
    expect(language_diagnostics(report), "bad-translation-file", "warning", file, 11);
}

TEST_F(CheckCodes, UndrawableCharacterInATranslationIsAWarningOnItsFile) {
    const fs::path file = write("lang/xx/messages.po", std::string(kPoHeader) +
                                                           "msgctxt \"ui/start\"\n"
                                                           "msgid \"Comenzar\"\n"
                                                           "msgstr \"\xE4\xB8\xAD\"\n");  // U+4E2D
    const fs::path scenario_file = scenario("tiny", {});
    const json report = check(scenario_file.parent_path());
    const json d = expect(language_diagnostics(report), "undrawable-character", "warning", file, 0);
    EXPECT_NE(d.value("message", "").find("U+4E2D"), std::string::npos) << d.dump();
}

}  // namespace
