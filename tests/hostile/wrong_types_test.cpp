// A wrong kind of value in each field a scenario has, one at a time: each is reported at its
// element's line, naming the field, what it must be, what it is, with a hint.

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "script/catalog_loader.h"
#include "script/scenario_loader.h"

namespace senales::test {
namespace {

const std::filesystem::path kLuaRoot = std::filesystem::path(SENALES_SOURCE_DIR) / "scripts" / "lua";
// Only names the scenario; nothing is read from it.
const std::filesystem::path kFolder = "/nonexistent/senales-test/wrong_types";

// Every field there is, each with a valid value. Line numbers matter: the cases point at them.
constexpr std::string_view kEveryField = R"lua(return scenario {
  title = { es = "Prueba", en = "Test" },
  summary = { es = "Resumen.", en = "Summary." },
  audience = "police", person = { age = "adult", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true }, setting = { country = "GT", institution = "PNC" },
  minutes = 5,
  difficulty = 1,
  feedback = "deferred",
  objectives = { { es = "Aprender", en = "Learn" } },
  content_note = { es = "Nota", en = "Note" },
  start = "arrival",
  vars = { trust = 1, safety = 2 },
  scene "arrival" {
    text = { es = "Llegas.", en = "You arrive." },
    image = "bar.png",
    prompt = { es = "¿Qué ves?", en = "What do you see?" },
    detail "papers" { indicator = "documents_held", when = "trust > 0", text = { es = "Papeles", en = "Papers" } },
    detail "dress" { neutral = true, text = { es = "Traje", en = "Dress" }, why = { es = "No.", en = "No." } },
    choice { to = "done", when = "trust >= 1", effects = { trust = 1 }, set = { safety = 0 },
             practice = "separate_from_companion", harm = "interview_in_front_of_companion",
             note = { es = "Bien.", en = "Good." }, consequence = { es = "Pasa algo.", en = "Something happens." },
             text = { es = "Seguir", en = "Go on" } },
  },
  ending "done" { outcome = "good", text = { es = "Fin.", en = "The end." } },
}
)lua";

struct WrongType {
    const char* from;  // a valid field in kEveryField
    const char* to;    // the same field with the wrong kind of value
    int line;
    const char* says;
};

const WrongType kWrongTypes[] = {
    {"title = { es = \"Prueba\", en = \"Test\" }", "title = \"Prueba\"", 1, "`title` in scenario must be a text in both languages"},
    {"es = \"Prueba\"", "es = 1", 1, "`title.es` in scenario must be a text in quotes"},
    {"summary = { es = \"Resumen.\", en = \"Summary.\" }", "summary = 3", 1, "`summary` in scenario must be a text in both"},
    {"audience = \"police\"", "audience = 1", 1, "`audience` in scenario must be an id in quotes"},
    {"minutes = 5", "minutes = \"five\"", 1, "`minutes` in scenario must be a whole number"},
    {"difficulty = 1", "difficulty = 1.5", 1, "`difficulty` in scenario must be a whole number"},
    {"feedback = \"deferred\"", "feedback = {}", 1, "`feedback` in scenario must be an id in quotes"},
    {"objectives = { { es = \"Aprender\", en = \"Learn\" } }", "objectives = \"learn\"", 1, "`objectives` in scenario must be a list of texts"},
    {"content_note = { es = \"Nota\", en = \"Note\" }", "content_note = true", 1, "`content_note` in scenario must be a text in both"},
    {"start = \"arrival\"", "start = 7", 1, "`start` in scenario must be an id in quotes"},
    {"vars = { trust = 1, safety = 2 }", "vars = 3", 1, "`vars` in scenario must be a table of names and whole numbers"},
    {"vars = { trust = 1, safety = 2 }", "vars = { trust = \"high\", safety = 2 }", 1, "`vars.trust` in scenario must be a whole number"},
    {"text = { es = \"Llegas.\", en = \"You arrive.\" }", "text = 13", 12, "`text` in scene \"arrival\" must be a text in both"},
    {"image = \"bar.png\"", "image = 5", 12, "`image` in scene \"arrival\" must be a text in quotes"},
    {"prompt = { es = \"¿Qué ves?\", en = \"What do you see?\" }", "prompt = \"x\"", 12, "`prompt` in scene \"arrival\" must be a text in both"},
    {"indicator = \"documents_held\"", "indicator = 2", 16, "`indicator` in detail \"papers\" must be an id in quotes"},
    {"when = \"trust > 0\"", "when = 4", 16, "`when` in detail \"papers\" must be a text in quotes"},
    {"text = { es = \"Papeles\", en = \"Papers\" }", "text = false", 16, "`text` in detail \"papers\" must be a text in both"},
    {"neutral = true", "neutral = \"yes\"", 17, "`neutral` in detail \"dress\" must be true or false"},
    {"why = { es = \"No.\", en = \"No.\" }", "why = 3", 17, "`why` in detail \"dress\" must be a text in both"},
    {"to = \"done\"", "to = {}", 18, "`to` in a choice in scene \"arrival\" must be an id in quotes"},
    {"when = \"trust >= 1\"", "when = function() return true end", 18, "`when` in a choice in scene \"arrival\" must be a text in quotes"},
    {"effects = { trust = 1 }", "effects = 2", 18, "`effects` in a choice in scene \"arrival\" must be a table of names"},
    {"effects = { trust = 1 }", "effects = { trust = \"x\" }", 18, "`effects.trust` in a choice in scene \"arrival\" must be a whole number"},
    {"set = { safety = 0 }", "set = \"x\"", 18, "`set` in a choice in scene \"arrival\" must be a table of names"},
    {"practice = \"separate_from_companion\"", "practice = 3", 18, "`practice` in a choice in scene \"arrival\" must be an id in quotes or a list"},
    {"harm = \"interview_in_front_of_companion\"", "harm = true", 18, "`harm` in a choice in scene \"arrival\" must be an id in quotes or a list"},
    {"note = { es = \"Bien.\", en = \"Good.\" }", "note = 1", 18, "`note` in a choice in scene \"arrival\" must be a text in both"},
    {"consequence = { es = \"Pasa algo.\", en = \"Something happens.\" }", "consequence = 2", 18, "`consequence` in a choice in scene \"arrival\" must be a text in both"},
    {"text = { es = \"Seguir\", en = \"Go on\" }", "text = 3", 18, "`text` in a choice in scene \"arrival\" must be a text in both"},
    {"outcome = \"good\"", "outcome = 1", 23, "`outcome` in ending \"done\" must be an id in quotes"},
    {"text = { es = \"Fin.\", en = \"The end.\" }", "text = \"Fin\"", 23, "`text` in ending \"done\" must be a text in both"},
};

void PrintTo(const WrongType& wrong, std::ostream* out) { *out << wrong.to; }

const Catalog& real_catalog() {
    static const Catalog catalog = [] {
        Diagnostics diagnostics;
        return load_catalog(kLuaRoot, diagnostics).value_or(Catalog{});
    }();
    return catalog;
}

TEST(WrongTypes, TheScenarioWithEveryFieldLoads) {
    Diagnostics diagnostics;
    EXPECT_TRUE(load_scenario_source(kFolder, kEveryField, kLuaRoot, real_catalog(), diagnostics))
        << diagnostics.format();
}

class WrongTypeTest : public ::testing::TestWithParam<WrongType> {};

TEST_P(WrongTypeTest, IsReportedAtItsElementWithAHint) {
    std::string text(kEveryField);
    const std::size_t at = text.find(GetParam().from);
    ASSERT_NE(at, std::string::npos) << GetParam().from;
    text.replace(at, std::string_view(GetParam().from).size(), GetParam().to);

    Diagnostics diagnostics;
    EXPECT_FALSE(load_scenario_source(kFolder, text, kLuaRoot, real_catalog(), diagnostics));
    const Diagnostic* found = nullptr;
    for (const Diagnostic& d : diagnostics.items())
        if (d.code == "wrong-type" && d.message.find(GetParam().says) != std::string::npos) found = &d;
    ASSERT_NE(found, nullptr) << "no \"" << GetParam().says << "\" in:\n" << diagnostics.format();
    EXPECT_EQ(found->file, (kFolder / "scenario.lua").string());
    EXPECT_EQ(found->line, GetParam().line) << found->format();
    EXPECT_NE(found->hint.find("it is "), std::string::npos) << found->format();
}

INSTANTIATE_TEST_SUITE_P(EveryField, WrongTypeTest, ::testing::ValuesIn(kWrongTypes),
                         [](const ::testing::TestParamInfo<WrongType>& info) {
                             // "`vars.trust` in scenario …" gives vars_trust_11
                             const std::string says = info.param.says;
                             std::string name;
                             for (char c : says.substr(1, says.find('`', 1) - 1))
                                 name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return name + "_" + std::to_string(info.index);
                         });

}  // namespace
}  // namespace senales::test
