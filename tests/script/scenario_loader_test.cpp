// Reading scenario.lua into the core's Scenario: a valid file, and each kind of mistake with the
// line it is reported at.

#include "script/scenario_loader.h"

#include <gtest/gtest.h>

#include "core/advice.h"
#include "script/catalog_loader.h"
#include "test_support.h"

namespace senales {
namespace {

using test::find_code;
using test::kFixtureCatalog;
using test::kLuaRoot;
using test::replaced;

// Line numbers matter: the tests below point at them.
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

class ScenarioLoaderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        Diagnostics diagnostics;
        catalog_ = load_catalog_folder(kFixtureCatalog, kLuaRoot, diagnostics).value_or(Catalog{});
        ASSERT_FALSE(diagnostics.has_errors()) << diagnostics.format();
    }

    std::optional<Scenario> load(std::string_view lua, const Limits& limits = {}) {
        file_ = folder_.write("test_scenario/scenario.lua", lua);
        return load_scenario(folder_.path() / "test_scenario", kLuaRoot, catalog_, diagnostics_, limits);
    }

    // The diagnostic with `code`; fails the test when there is none.
    Diagnostic expect(std::string_view code) const {
        const Diagnostic* found = find_code(diagnostics_, code);
        EXPECT_NE(found, nullptr) << "no " << code << " in:\n" << diagnostics_.format();
        return found ? *found : Diagnostic{};
    }

    static inline Catalog catalog_;
    test::TempFolder folder_;
    Diagnostics diagnostics_;
    std::filesystem::path file_;
};

// [SECTION] A valid scenario

TEST_F(ScenarioLoaderTest, ValidScenarioLoadsEveryField) {
    const std::optional<Scenario> scenario = load(kValid);
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_TRUE(diagnostics_.items().empty()) << diagnostics_.format();

    EXPECT_EQ(scenario->id, "test_scenario");
    EXPECT_EQ(scenario->folder, (folder_.path() / "test_scenario").string());
    EXPECT_EQ(scenario->content_hash, content_hash(kValid));
    EXPECT_EQ(scenario->title.es, "Prueba");
    EXPECT_EQ(scenario->title.en, "Test");
    EXPECT_EQ(scenario->audience, Audience::consular);
    EXPECT_EQ(scenario->minutes, 10);
    EXPECT_EQ(scenario->difficulty, 2);
    EXPECT_EQ(scenario->feedback, Feedback::immediate);
    ASSERT_EQ(scenario->objectives.size(), 1u);
    EXPECT_EQ(scenario->objectives[0].en, "Learn");
    EXPECT_EQ(scenario->content_note.es, "Nota");
    EXPECT_EQ(scenario->variable_names, (std::vector<std::string>{"safety", "trust"}));  // sorted
    EXPECT_EQ(scenario->initial_values, (std::vector<int>{2, 1}));
    EXPECT_EQ(scenario->start_id, "arrival");
    EXPECT_EQ(scenario->start, 0);
}

TEST_F(ScenarioLoaderTest, ValidScenarioKnowsTheLineOfEveryElement) {
    const std::optional<Scenario> scenario = load(kValid);
    ASSERT_TRUE(scenario) << diagnostics_.format();
    const std::string file = file_.string();
    EXPECT_EQ(scenario->where.file, file);
    EXPECT_EQ(scenario->where.line, 1);

    ASSERT_EQ(scenario->scenes.size(), 3u);
    const Scene& arrival = scenario->scenes[0];
    EXPECT_EQ(arrival.id, "arrival");
    EXPECT_EQ(arrival.where.line, 13);
    EXPECT_EQ(arrival.where.file, file);
    EXPECT_EQ(scenario->scenes[1].where.line, 25);
    EXPECT_EQ(scenario->scenes[2].where.line, 30);

    ASSERT_EQ(arrival.details.size(), 2u);
    EXPECT_EQ(arrival.details[0].where.line, 15);
    EXPECT_EQ(arrival.details[1].where.line, 16);
    ASSERT_EQ(arrival.choices.size(), 2u);
    EXPECT_EQ(arrival.choices[0].where.line, 18);
    EXPECT_EQ(arrival.choices[1].where.line, 20);
    EXPECT_EQ(scenario->scenes[1].choices[0].where.line, 27);
}

TEST_F(ScenarioLoaderTest, ValidScenarioReadsScenesDetailsAndChoices) {
    const std::optional<Scenario> scenario = load(kValid);
    ASSERT_TRUE(scenario) << diagnostics_.format();
    const Scene& arrival = scenario->scenes[0];
    EXPECT_FALSE(arrival.is_ending);
    EXPECT_EQ(arrival.text.en, "You arrive.");

    EXPECT_EQ(arrival.details[0].id, "papers");
    EXPECT_EQ(arrival.details[0].indicator, "documents_held");
    EXPECT_FALSE(arrival.details[0].neutral());
    EXPECT_TRUE(arrival.details[1].neutral());
    EXPECT_EQ(arrival.details[1].why.en, "Not a sign.");

    const Choice& separate = arrival.choices[0];
    EXPECT_EQ(separate.target, "talk");
    EXPECT_EQ(separate.target_scene, 1);
    EXPECT_TRUE(separate.when.always_true());
    EXPECT_EQ(separate.practices, (std::vector<std::string>{"separate_from_companion"}));
    ASSERT_EQ(separate.changes.size(), 1u);
    EXPECT_EQ(separate.changes[0].variable, 1);  // trust
    EXPECT_EQ(separate.changes[0].amount, 1);
    EXPECT_FALSE(separate.changes[0].assign);

    const Choice& ask = arrival.choices[1];
    EXPECT_EQ(ask.target_scene, 2);
    EXPECT_EQ(ask.harms, (std::vector<std::string>{"interview_in_front_of_companion"}));
    EXPECT_EQ(ask.when.source(), "trust >= 1 and safety > 0");
    EXPECT_TRUE(ask.when.holds({2, 1}));   // safety 2, trust 1
    EXPECT_FALSE(ask.when.holds({0, 1}));  // safety 0
    ASSERT_EQ(ask.changes.size(), 1u);
    EXPECT_EQ(ask.changes[0].variable, 0);  // safety
    EXPECT_EQ(ask.changes[0].amount, 0);
    EXPECT_TRUE(ask.changes[0].assign);
    EXPECT_EQ(ask.consequence.en, "He listened.");

    const Scene& done = scenario->scenes[2];
    EXPECT_TRUE(done.is_ending);
    EXPECT_EQ(done.outcome, Outcome::mixed);
}

TEST(ContentHash, IsFnv1a64InHex) {
    EXPECT_EQ(content_hash(""), "cbf29ce484222325");
    EXPECT_EQ(content_hash("a"), "af63dc4c8601ec8c");
    EXPECT_EQ(content_hash(kValid), content_hash(std::string(kValid)));
    EXPECT_NE(content_hash(kValid), content_hash(replaced(std::string(kValid), "Prueba", "Prueva")));
}

// [SECTION] The file itself

TEST_F(ScenarioLoaderTest, MissingFileIsReported) {
    std::filesystem::create_directories(folder_.path() / "empty");
    EXPECT_FALSE(load_scenario(folder_.path() / "empty", kLuaRoot, catalog_, diagnostics_));
    const Diagnostic d = expect("missing-file");
    EXPECT_NE(d.message.find("scenario.lua"), std::string::npos) << d.message;
}

TEST_F(ScenarioLoaderTest, FileThatReturnsNothingIsReported) {
    EXPECT_FALSE(load("local x = 1\n"));
    EXPECT_NE(expect("not-a-scenario").hint.find("return scenario"), std::string::npos);
}

TEST_F(ScenarioLoaderTest, FileThatReturnsSomethingElseIsReported) {
    EXPECT_FALSE(load("\nreturn scene \"a\" { text = { es = \"a\", en = \"a\" } }\n"));
    EXPECT_EQ(expect("not-a-scenario").line, 2);
}

TEST_F(ScenarioLoaderTest, SyntaxErrorIsOneDiagnosticWithItsLine) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "minutes = 10,", "minutes = ,")));
    ASSERT_EQ(diagnostics_.items().size(), 1u) << diagnostics_.format();
    EXPECT_EQ(expect("lua-syntax").line, 5);
    EXPECT_EQ(expect("lua-syntax").file, file_.string());
}

TEST_F(ScenarioLoaderTest, LimitsApplyToScenarios) {
    EXPECT_FALSE(load("local n = 0\nwhile true do n = n + 1 end\n"));
    const Diagnostic d = expect("limit-instructions");
    EXPECT_EQ(d.file, file_.string());
    EXPECT_EQ(d.line, 2);
}

// [SECTION] Field types and names

TEST_F(ScenarioLoaderTest, WrongTypeNamesTheFieldTheElementAndTheType) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "minutes = 10,", "minutes = \"10\",")));
    const Diagnostic d = expect("wrong-type");
    EXPECT_EQ(d.message, "`minutes` in scenario must be a whole number, like minutes = 15");
    EXPECT_EQ(d.line, 1);
}

TEST_F(ScenarioLoaderTest, WrongTypeInAChoiceIsReportedAtTheChoice) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "to = \"talk\"", "to = 3")));
    const Diagnostic d = expect("wrong-type");
    EXPECT_NE(d.message.find("`to` in a choice in scene \"arrival\" must be an id in quotes"), std::string::npos)
        << d.message;
    EXPECT_EQ(d.line, 18);
}

TEST_F(ScenarioLoaderTest, TextThatIsNotATableIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "text = { es = \"Hablan.\", en = \"You talk.\" }", "text = \"Hablan.\"")));
    const Diagnostic d = expect("wrong-type");
    EXPECT_NE(d.message.find("`text` in scene \"talk\" must be a text in both languages"), std::string::npos)
        << d.message;
    EXPECT_EQ(d.line, 25);
}

TEST_F(ScenarioLoaderTest, UnknownFieldIsAWarningNamingTheLikelyField) {
    const std::optional<Scenario> scenario = load(replaced(std::string(kValid), "consequence =", "consequense ="));
    ASSERT_TRUE(scenario) << "a warning alone does not stop a load:\n" << diagnostics_.format();
    const Diagnostic d = expect("unknown-field");
    EXPECT_EQ(d.level, DiagnosticLevel::warning);
    EXPECT_EQ(d.line, 20);
    EXPECT_NE(d.message.find("consequense"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("`consequence`"), std::string::npos) << d.hint;
}

TEST_F(ScenarioLoaderTest, UnknownValueSuggestsTheClosest) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "\"consular\"", "\"consulat\"")));
    const Diagnostic d = expect("bad-value");
    EXPECT_EQ(d.line, 1);
    EXPECT_NE(d.hint.find("consular"), std::string::npos) << d.hint;
}

TEST_F(ScenarioLoaderTest, MissingRequiredFieldIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "outcome = \"mixed\", ", "")));
    const Diagnostic d = expect("missing-field");
    EXPECT_NE(d.message.find("outcome"), std::string::npos);
    EXPECT_EQ(d.line, 30);
}

// [SECTION] Translations

TEST_F(ScenarioLoaderTest, MissingEnglishIsAnErrorAtTheElement) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "title = { es = \"Prueba\", en = \"Test\" }", "title = { es = \"Prueba\" }")));
    const Diagnostic d = expect("missing-translation");
    EXPECT_NE(d.message.find("English"), std::string::npos) << d.message;
    EXPECT_EQ(d.line, 1);
}

TEST_F(ScenarioLoaderTest, EmptySpanishIsAnErrorAtTheElement) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "es = \"Terminar\"", "es = \"\"")));
    const Diagnostic d = expect("missing-translation");
    EXPECT_NE(d.message.find("Spanish"), std::string::npos) << d.message;
    EXPECT_EQ(d.line, 27);
}

// [SECTION] Ids

TEST_F(ScenarioLoaderTest, DuplicateSceneIdIsReportedAtTheSecondNamingTheFirst) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "scene \"talk\"", "scene \"arrival\"")));
    const Diagnostic d = expect("duplicate-id");
    EXPECT_EQ(d.line, 25);
    EXPECT_NE(d.message.find("line 13"), std::string::npos) << d.message;
}

TEST_F(ScenarioLoaderTest, EndingCannotReuseASceneId) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "ending \"done\"", "ending \"talk\"")));
    const Diagnostic d = expect("duplicate-id");
    EXPECT_EQ(d.line, 30);
    EXPECT_NE(d.message.find("line 25"), std::string::npos) << d.message;
}

TEST_F(ScenarioLoaderTest, DuplicateDetailIdIsReportedAtTheSecondNamingTheFirst) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "detail \"dress\"", "detail \"papers\"")));
    const Diagnostic d = expect("duplicate-id");
    EXPECT_EQ(d.line, 16);
    EXPECT_NE(d.message.find("line 15"), std::string::npos) << d.message;
}

TEST_F(ScenarioLoaderTest, UnknownIndicatorIsCaughtByValidation) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "\"documents_held\"", "\"documents_hold\"")));
    const Diagnostic d = expect("unknown-indicator");
    EXPECT_EQ(d.line, 15);
    EXPECT_NE(d.hint.find("documents_held"), std::string::npos) << d.hint;
}

// [SECTION] Conditions and variables

TEST_F(ScenarioLoaderTest, BrokenConditionIsReportedAtItsElementWithTheParsersHint) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "when = \"trust >= 1 and safety > 0\"", "when = \"trust >=\"")));
    const Diagnostic d = expect("bad-condition");
    EXPECT_EQ(d.line, 20);
    EXPECT_FALSE(d.hint.empty());
}

TEST_F(ScenarioLoaderTest, ConditionOnAnUndeclaredVariableSuggestsTheDeclaredOne) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "when = \"trust >= 1 and safety > 0\"", "when = \"trsut >= 1\"")));
    const Diagnostic d = expect("bad-condition");
    EXPECT_NE(d.message.find("trsut"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("trust"), std::string::npos) << d.hint;
}

TEST_F(ScenarioLoaderTest, EffectOnAnUnknownVariableSuggestsTheDeclaredOne) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "effects = { trust = 1 }", "effects = { trst = 1 }")));
    const Diagnostic d = expect("unknown-variable");
    EXPECT_EQ(d.line, 18);
    EXPECT_NE(d.message.find("trst"), std::string::npos) << d.message;
    EXPECT_EQ(d.hint, "did you mean \"trust\"?");
}

TEST_F(ScenarioLoaderTest, EffectThatIsNotAWholeNumberIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "effects = { trust = 1 }", "effects = { trust = 0.5 }")));
    EXPECT_EQ(expect("wrong-type").line, 18);
}

TEST_F(ScenarioLoaderTest, PracticeAcceptsAListAndHarmAString) {
    std::string lua = replaced(std::string(kValid), "practice = \"separate_from_companion\"",
                               "practice = { \"separate_from_companion\" }");
    lua = replaced(lua, "harm = { \"interview_in_front_of_companion\" }", "harm = \"interview_in_front_of_companion\"");
    const std::optional<Scenario> scenario = load(lua);
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_EQ(scenario->scenes[0].choices[0].practices.size(), 1u);
    EXPECT_EQ(scenario->scenes[0].choices[1].harms.size(), 1u);
}

// [SECTION] Choice ids, pinned choices and the person

TEST_F(ScenarioLoaderTest, ChoicesWithoutAnIdGetOneFromWhereTheyLeadAndWhatTheyChange) {
    const std::optional<Scenario> scenario = load(kValid);
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_EQ(scenario->scenes[0].choices[0].id, "talk_trust+1");
    EXPECT_EQ(scenario->scenes[0].choices[1].id, "done_safety=0");
    EXPECT_EQ(scenario->scenes[1].choices[0].id, "done");
    EXPECT_FALSE(scenario->scenes[0].choices[0].id_written);
    EXPECT_EQ(scenario->scenes[0].choice_index("done_safety=0"), 1);
}

TEST_F(ScenarioLoaderTest, AWrittenChoiceIdIsKeptWhateverTheTextSays) {
    const std::optional<Scenario> scenario =
        load(replaced(std::string(kValid), "choice { to = \"talk\",", "choice { id = \"talk_alone\", to = \"talk\","));
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_EQ(scenario->scenes[0].choices[0].id, "talk_alone");
    EXPECT_TRUE(scenario->scenes[0].choices[0].id_written);
}

TEST_F(ScenarioLoaderTest, TwoChoicesWithTheSameIdInASceneAreAnErrorAtTheSecond) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "choice { to = \"done\", text = { es = \"Terminar\", en = \"Finish\" } },",
                               "choice { to = \"done\", text = { es = \"Terminar\", en = \"Finish\" } },\n"
                               "    choice { to = \"done\", text = { es = \"Irse\", en = \"Leave\" } },")));
    const Diagnostic clash = expect("choice-id-clash");
    EXPECT_EQ(clash.line, 28);
    EXPECT_NE(clash.message.find("the other is at line 27"), std::string::npos) << clash.message;
    EXPECT_NE(clash.hint.find("id = "), std::string::npos);
}

TEST_F(ScenarioLoaderTest, AChoiceIdThatIsNotAPlainNameIsAnError) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "choice { to = \"talk\",", "choice { id = \"Talk Alone!\", to = \"talk\",")));
    EXPECT_EQ(expect("bad-choice-id").line, 18);
}

TEST_F(ScenarioLoaderTest, AChoiceCanBePinnedLast) {
    const std::optional<Scenario> scenario =
        load(replaced(std::string(kValid), "choice { to = \"talk\",", "choice { fixed = \"last\", to = \"talk\","));
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_TRUE(scenario->scenes[0].choices[0].pinned_last);
    EXPECT_FALSE(scenario->scenes[0].choices[1].pinned_last);
    EXPECT_FALSE(load(replaced(std::string(kValid), "choice { to = \"talk\",", "choice { fixed = \"first\", to = \"talk\",")));
    EXPECT_NE(expect("bad-value").hint.find("fixed = \"last\""), std::string::npos);
}

TEST_F(ScenarioLoaderTest, ThePersonIsRequiredAndHerAgeIsOneOfFour) {
    const std::optional<Scenario> adult = load(kValid);
    ASSERT_TRUE(adult);
    EXPECT_EQ(adult->person.age, PersonAge::adult);
    const std::optional<Scenario> doubt = load(replaced(std::string(kValid), "age = \"adult\"", "age = \"possible_minor\""));
    ASSERT_TRUE(doubt) << diagnostics_.format();
    EXPECT_TRUE(doubt->person.counts_as_child());

    EXPECT_FALSE(load(replaced(std::string(kValid), " person = { age = \"adult\", gender = \"female\", nationality = \"GT\", exploitation = \"sexual\", trafficking = true }, setting = { country = \"GT\", institution = \"PNC\" },", "")));
    EXPECT_NE(expect("missing-field").message.find("`person`"), std::string::npos);
    diagnostics_ = {};
    EXPECT_FALSE(load(replaced(std::string(kValid), "age = \"adult\"", "age = \"adolescente\"")));
    EXPECT_NE(expect("bad-value").hint.find("adolescent"), std::string::npos);
}

TEST_F(ScenarioLoaderTest, WhoTheStoryIsAboutAndWhereItHappensAreData) {
    const std::optional<Scenario> scenario = load(kValid);
    ASSERT_TRUE(scenario) << diagnostics_.format();
    EXPECT_EQ(scenario->person.gender, Gender::female);
    EXPECT_EQ(scenario->person.nationality, "GT");
    EXPECT_EQ(scenario->person.exploitation, Exploitation::sexual);
    EXPECT_TRUE(scenario->person.trafficking);
    EXPECT_EQ(scenario->setting.country, "GT");
    EXPECT_EQ(scenario->setting.institution, "PNC");

    EXPECT_FALSE(load(replaced(std::string(kValid), "nationality = \"GT\"", "nationality = \"Guatemala\"")));
    EXPECT_NE(expect("bad-value").hint.find("ISO 3166"), std::string::npos);
    diagnostics_ = {};
    EXPECT_FALSE(load(replaced(std::string(kValid), "trafficking = true", "trafficking = false")));
    EXPECT_NE(expect("bad-value").hint.find("exploitation = \"none\""), std::string::npos);
    diagnostics_ = {};
    EXPECT_FALSE(load(replaced(std::string(kValid), "institution = \"PNC\"", "institution = \"police\"")));
    EXPECT_NE(expect("bad-value").message.find("unknown institution \"police\""), std::string::npos);
    diagnostics_ = {};
    EXPECT_FALSE(load(replaced(std::string(kValid), " setting = { country = \"GT\", institution = \"PNC\" },", "")));
    EXPECT_NE(expect("missing-field").message.find("`setting`"), std::string::npos);
    diagnostics_ = {};
    EXPECT_FALSE(load(replaced(std::string(kValid), "gender = \"female\"", "gender = \"woman\"")));
    EXPECT_NE(expect("bad-value").message.find("unknown gender"), std::string::npos);
}

// The fixture's harm names Guatemalan institutions (countries = { "GT" }) and is worded for El
// Salvador and for community classes.
TEST_F(ScenarioLoaderTest, AdviceMustFitWhereTheStoryHappens) {
    const std::optional<Scenario> here = load(kValid);
    ASSERT_TRUE(here) << diagnostics_.format();
    const Harm& harm = *catalog_.harm("interview_in_front_of_companion");
    EXPECT_EQ(instead_for(harm, *here).en, "Talk alone.");

    EXPECT_FALSE(load(replaced(std::string(kValid), "country = \"GT\"", "country = \"MX\"")));
    const Diagnostic d = expect("no-wording-for-context");
    EXPECT_EQ(d.line, 20);
    EXPECT_NE(d.message.find("written for GT, in a scenario set in MX"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("country = \"MX\""), std::string::npos) << d.hint;

    diagnostics_ = {};
    const std::optional<Scenario> salvador = load(replaced(std::string(kValid), "country = \"GT\"", "country = \"SV\""));
    ASSERT_TRUE(salvador) << diagnostics_.format();
    EXPECT_EQ(instead_for(harm, *salvador).en, "Talk alone, in El Salvador.");
    const std::optional<Scenario> community =
        load(replaced(std::string(kValid), "audience = \"consular\"", "audience = \"community\""));
    ASSERT_TRUE(community) << diagnostics_.format();
    EXPECT_EQ(instead_for(harm, *community).en, "Find a moment alone.");
    EXPECT_EQ(explanation_for(harm, *community).en, "He hears everything.");  // no context words it: its own
    EXPECT_EQ(harm.contexts[0].instead.key, "catalog/harm/interview_in_front_of_companion/instead@SV");
}

// What is a good practice for an adult can be a grave harm to a child: then it is no good practice.
TEST_F(ScenarioLoaderTest, AChoiceThatIsAGoodPracticeAndAGraveHarmIsAnError) {
    const std::string both = replaced(std::string(kValid), "harm = { \"interview_in_front_of_companion\" },",
                                      "harm = { \"interview_in_front_of_companion\" }, practice = \"separate_from_companion\",");
    EXPECT_TRUE(load(both)) << diagnostics_.format();  // serious for an adult
    EXPECT_FALSE(load(replaced(both, "age = \"adult\"", "age = \"child\"")));
    const Diagnostic d = expect("practice-and-grave-harm");
    EXPECT_EQ(d.line, 20);
    EXPECT_NE(d.hint.find("split the choice"), std::string::npos);
}

// [SECTION] Details

TEST_F(ScenarioLoaderTest, DetailThatIsBothSignAndNeutralIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "indicator = \"documents_held\",", "indicator = \"documents_held\", neutral = true,")));
    EXPECT_EQ(expect("sign-and-neutral").line, 15);
}

TEST_F(ScenarioLoaderTest, DetailThatIsNeitherSignNorNeutralIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "neutral = true, ", "")));
    EXPECT_EQ(expect("sign-or-neutral").line, 16);
}

// [SECTION] Misusing the words (caught by the DSL at the call)

TEST_F(ScenarioLoaderTest, SceneWithoutAQuotedNameBlamesTheAuthorsLine) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "scene \"talk\" {", "scene {")));
    const Diagnostic d = expect("lua-error");
    EXPECT_EQ(d.line, 25);
    EXPECT_EQ(d.file, file_.string());
    EXPECT_NE(d.message.find("scene needs its id in quotes"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("scene \"arrival\""), std::string::npos) << d.hint;
}

TEST_F(ScenarioLoaderTest, ChoiceGivenANameBlamesTheAuthorsLine) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "choice { to = \"done\", text = { es = \"Terminar\", en = \"Finish\" } }",
                               "choice \"done\"")));
    const Diagnostic d = expect("lua-error");
    EXPECT_EQ(d.line, 27);
    EXPECT_NE(d.message.find("choice takes its fields in braces"), std::string::npos) << d.message;
    EXPECT_NE(d.hint.find("choice { to ="), std::string::npos) << d.hint;
}

TEST_F(ScenarioLoaderTest, NamedWordWithoutBracesIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "ending \"done\" { outcome = \"mixed\", text = { es = \"Fin.\", en = \"The end.\" } }",
                               "ending \"done\"")));
    const Diagnostic d = expect("missing-braces");
    EXPECT_EQ(d.line, 30);
}

TEST_F(ScenarioLoaderTest, EntryInTheWrongPlaceIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "    choice { to = \"done\", text = { es = \"Terminar\", en = \"Finish\" } },",
                               "    choice { to = \"done\", text = { es = \"Terminar\", en = \"Finish\" } }, ending \"x\" {},")));
    EXPECT_EQ(expect("misplaced-entry").line, 27);
}

TEST_F(ScenarioLoaderTest, LooseValueInAListIsReported) {
    EXPECT_FALSE(load(replaced(std::string(kValid), "    text = { es = \"Hablan.\", en = \"You talk.\" },",
                               "    text = { es = \"Hablan.\", en = \"You talk.\" }, \"stray\",")));
    const Diagnostic d = expect("not-an-entry");
    EXPECT_EQ(d.line, 25);
}

// [SECTION] What the game ships

// Every scenario in scenarios/ against the real catalog, whenever both are there.
TEST(ShippedScenarios, LoadWithoutErrors) {
    const std::filesystem::path scenarios = std::filesystem::path(SENALES_SOURCE_DIR) / "scenarios";
    if (!std::filesystem::exists(kLuaRoot / "catalog" / "sources.lua") || !std::filesystem::is_directory(scenarios))
        GTEST_SKIP() << "no catalog or no scenarios written yet";
    Diagnostics catalog_diagnostics;
    const std::optional<Catalog> catalog = load_catalog(kLuaRoot, catalog_diagnostics);
    ASSERT_TRUE(catalog) << catalog_diagnostics.format();
    for (const auto& entry : std::filesystem::directory_iterator(scenarios)) {
        if (!std::filesystem::exists(entry.path() / "scenario.lua")) continue;
        Diagnostics diagnostics;
        EXPECT_TRUE(load_scenario(entry.path(), kLuaRoot, *catalog, diagnostics)) << diagnostics.format();
        EXPECT_FALSE(diagnostics.has_errors()) << diagnostics.format();
    }
}

}  // namespace
}  // namespace senales
