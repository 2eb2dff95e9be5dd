// The xAPI statements as a learning record store takes them: one per event, each id frozen, the
// result carried by the final statements, nothing personal, every field the spec requires.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "records/exports.h"

using namespace senales;
using namespace senales::records;
using nlohmann::json;

namespace {

// A scene with two choices and a detail, so texts, ids and severities can be looked up.
Scenario sample_scenario() {
    Scenario scenario;
    scenario.id = "bar_inspection";
    scenario.title = {"Inspección", "Inspection", "bar_inspection/title"};
    scenario.person.age = PersonAge::adolescent;
    Scene arrival;
    arrival.id = "arrival";
    Detail detail;
    detail.id = "d";
    detail.text = {"Sin documentos", "No papers", "k"};
    detail.indicator = "documents_held";
    arrival.details.push_back(detail);
    Choice alone;
    alone.id = "talk_alone";
    alone.text = {"Hablar a solas con ella", "Talk to her alone", "k"};
    Choice front;
    front.id = "ask_in_front";
    front.text = {"Preguntar frente al jefe", "Ask in front of the boss", "k"};
    arrival.choices = {alone, front};
    Scene room;
    room.id = "room";
    Choice pgn;
    pgn.id = "call_the_pgn";
    pgn.text = {"Llamar a la PGN", "Call the PGN", "k"};
    room.choices = {pgn};
    scenario.scenes = {arrival, room};
    return scenario;
}

Attempt finished(const std::string& uuid, bool passed, int overall) {
    Attempt a;
    a.id = 3;
    a.uuid = uuid;
    a.trainee = "Ana Pérez";
    a.pseudonym = "5f0c1d2e3f";
    a.scenario = "bar_inspection";
    a.content_hash = "abc";
    a.lang = "es";
    a.started = "2026-11-25T10:00:00Z";
    a.ended = "2026-11-25T10:14:05Z";
    a.status = AttemptStatus::finished;
    AttemptResult r;
    r.ending = "referred";
    r.outcome = passed ? "good" : "bad";
    r.competencies = {80, 70, 90, 100};
    r.overall = overall;
    r.passed = passed;
    r.found = {"documents_held"};
    r.missed = {"debt_bondage"};
    r.harms = {"interview_in_front_of_companion"};
    a.result = r;
    const auto step = [&a](Step::Kind kind, const char* choice, const char* detail, const char* scene, const char* at) {
        a.steps.push_back(RecordedStep{Step{kind, -1, detail}, choice, scene, at});
    };
    step(Step::Kind::flag, "", "d", "arrival", "2026-11-25T10:01:00Z");
    step(Step::Kind::choose, "talk_alone", "", "arrival", "2026-11-25T10:02:00Z");
    step(Step::Kind::unflag, "", "d", "room", "2026-11-25T10:04:00Z");
    step(Step::Kind::choose, "call_the_pgn", "", "room", "2026-11-25T10:05:00Z");
    return a;
}

// The attempt as it was before its end: in progress, with its first `steps` steps.
Attempt in_progress(Attempt a, std::size_t steps) {
    a.status = AttemptStatus::in_progress;
    a.result.reset();
    a.ended.reset();
    a.steps.resize(steps);
    return a;
}

struct Fixture {
    Scenario scenario = sample_scenario();
    Catalog catalog;
    XapiOptions options;
    Fixture() {
        Harm harm;
        harm.id = "interview_in_front_of_companion";
        harm.severity = Severity::minor;
        catalog.harms[harm.id] = harm;
        std::string error;
        options.home = *parse_xapi_home("https://academia.example.gt", &error);
        options.scenarios[scenario.id] = &scenario;
        options.catalog = &catalog;
    }
    std::vector<json> statements(const Attempt& attempt) const {
        std::vector<json> out;
        for (const XapiStatement& s : attempt_statements(attempt, options)) {
            json parsed = json::parse(s.json);
            EXPECT_EQ(parsed["id"], s.id);
            out.push_back(parsed);
        }
        return out;
    }
};

const char* const kUuid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const std::string kBase = "https://academia.example.gt/xapi";
const std::string kVerbs = "http://adlnet.gov/expapi/verbs/";

std::vector<std::string> verbs_of(const std::vector<json>& statements) {
    std::vector<std::string> verbs;
    for (const json& s : statements) {
        const std::string id = s["verb"]["id"];
        verbs.push_back(id.substr(id.rfind('/') + 1));
    }
    return verbs;
}

bool is_iri(const std::string& text) { return std::regex_match(text, std::regex(R"(https?://[a-z0-9.-]+(/[A-Za-z0-9._~%-]+)*)")); }

// What xAPI 1.0.3 requires of a statement a client sends (section 2.2 and 2.4): the checks an
// xAPI validator makes that matter here.
void expect_valid_statement(const json& s) {
    const std::regex uuid_v5("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    const std::regex uuid_any("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    const std::regex timestamp(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
    const std::regex duration(R"(PT(\d+H)?(\d+M)?\d+S)");
    EXPECT_TRUE(std::regex_match(s["id"].get<std::string>(), uuid_v5)) << s["id"];
    EXPECT_FALSE(s.contains("version")) << "the record store sets it";
    EXPECT_FALSE(s.contains("stored"));
    EXPECT_FALSE(s.contains("authority"));
    EXPECT_EQ(s["actor"].size(), 2u) << s["actor"];
    EXPECT_EQ(s["actor"]["objectType"], "Agent");
    EXPECT_EQ(s["actor"]["account"]["homePage"], "https://academia.example.gt");
    EXPECT_TRUE(s["actor"]["account"]["name"].is_string());
    EXPECT_TRUE(is_iri(s["verb"]["id"])) << s["verb"];
    EXPECT_TRUE(s["verb"]["display"].contains("en-US"));
    EXPECT_EQ(s["object"]["objectType"], "Activity");
    EXPECT_TRUE(is_iri(s["object"]["id"])) << s["object"]["id"];
    EXPECT_TRUE(is_iri(s["object"]["definition"]["type"]));
    EXPECT_TRUE(std::regex_match(s["timestamp"].get<std::string>(), timestamp));
    EXPECT_TRUE(std::regex_match(s["context"]["registration"].get<std::string>(), uuid_any));
    const json& context_extensions = s["context"]["extensions"];
    for (auto it = context_extensions.begin(); it != context_extensions.end(); ++it) EXPECT_TRUE(is_iri(it.key())) << it.key();
    if (s.contains("result")) {
        const json& result = s["result"];
        if (result.contains("duration")) {
            EXPECT_TRUE(std::regex_match(result["duration"].get<std::string>(), duration));
        }
        if (result.contains("score")) {
            const double scaled = result["score"]["scaled"];
            EXPECT_TRUE(scaled >= -1 && scaled <= 1);
        }
        if (result.contains("extensions")) {
            for (auto it = result["extensions"].begin(); it != result["extensions"].end(); ++it)
                EXPECT_TRUE(is_iri(it.key())) << it.key();
        }
    }
}

}  // namespace

TEST(Xapi, OneStatementPerEventEachValidAndNothingPersonal) {
    Fixture f;
    const Attempt attempt = finished(kUuid, true, 88);
    const std::vector<json> statements = f.statements(attempt);
    EXPECT_EQ(verbs_of(statements), (std::vector<std::string>{"initialized", "flagged", "responded", "unflagged",
                                                              "responded", "completed", "passed", "terminated"}));
    std::set<std::string> ids;
    for (const json& s : statements) {
        expect_valid_statement(s);
        ids.insert(s["id"]);
        EXPECT_EQ(s["context"]["registration"], kUuid) << "the attempt's UUID ties its statements together";
    }
    EXPECT_EQ(ids.size(), statements.size());
    const std::string text = attempts_xapi({attempt}, f.options);
    EXPECT_EQ(text.find("Ana"), std::string::npos) << "never the trainee's name";
    EXPECT_EQ(text.find("\"version\""), std::string::npos);
    EXPECT_EQ(json::parse(text).size(), statements.size());
}

TEST(Xapi, ADecisionIsAChoiceInteractionAnsweredByTheChoicesStableId) {
    Fixture f;
    const json decision = f.statements(finished(kUuid, true, 88))[2];
    EXPECT_EQ(decision["verb"]["id"], kVerbs + "responded");
    EXPECT_EQ(decision["object"]["id"], kBase + "/scenarios/bar_inspection/scenes/arrival");
    const json& definition = decision["object"]["definition"];
    EXPECT_EQ(definition["type"], "http://adlnet.gov/expapi/activities/cmi.interaction");
    EXPECT_EQ(definition["interactionType"], "choice");
    ASSERT_EQ(definition["choices"].size(), 2u);
    EXPECT_EQ(definition["choices"][0]["id"], "talk_alone");
    EXPECT_EQ(definition["choices"][0]["description"]["es-GT"], "Hablar a solas con ella");
    EXPECT_EQ(definition["choices"][0]["description"]["en-US"], "Talk to her alone");
    EXPECT_EQ(decision["result"]["response"], "talk_alone");
    EXPECT_EQ(decision["result"]["extensions"][kBase + "/extensions/response-text"], "Hablar a solas con ella");
    EXPECT_EQ(decision["context"]["contextActivities"]["parent"][0]["id"], kBase + "/scenarios/bar_inspection");

    const json flag = f.statements(finished(kUuid, true, 88))[1];
    EXPECT_EQ(flag["verb"]["id"], kBase + "/verbs/flagged");
    EXPECT_EQ(flag["object"]["id"], kBase + "/scenarios/bar_inspection/scenes/arrival/details/d");
    EXPECT_EQ(flag["object"]["definition"]["name"]["en-US"], "No papers");
}

TEST(Xapi, TheResultIsCarriedByTheFinalStatementsWithWhatATrainerNeeds) {
    Fixture f;
    const std::vector<json> statements = f.statements(finished(kUuid, false, 40));
    const json& failed = statements[6];
    EXPECT_EQ(failed["verb"]["id"], kVerbs + "failed");
    EXPECT_FALSE(failed["result"]["success"].get<bool>());
    EXPECT_TRUE(failed["result"]["completion"].get<bool>());
    EXPECT_EQ(failed["result"]["score"]["raw"], 40);
    EXPECT_EQ(failed["result"]["duration"], "PT14M5S");
    const json& ext = failed["result"]["extensions"];
    EXPECT_EQ(ext[kBase + "/extensions/ending"]["id"], "referred");
    EXPECT_EQ(ext[kBase + "/extensions/competencies"]["do-no-harm"], 70);
    EXPECT_EQ(ext[kBase + "/extensions/flags"]["found"], json::array({"documents_held"}));
    EXPECT_EQ(ext[kBase + "/extensions/flags"]["missed"], json::array({"debt_bondage"}));
    // A minor harm is serious to an adolescent (core severity_for).
    EXPECT_EQ(ext[kBase + "/extensions/harms"][0]["severity"], "serious");
    const json& completed = statements[5];
    EXPECT_EQ(completed["verb"]["id"], kVerbs + "completed");
    EXPECT_FALSE(completed["result"].contains("success"));
}

TEST(Xapi, AnEventsStatementNeverChangesAsTheAttemptGoesOn) {
    Fixture f;
    const Attempt done = finished(kUuid, true, 88);
    std::map<std::string, std::string> final_statements;
    for (const XapiStatement& s : attempt_statements(done, f.options)) final_statements[s.id] = s.json;
    for (std::size_t steps = 0; steps <= done.steps.size(); ++steps) {
        Attempt earlier = in_progress(done, steps);
        const auto statements = attempt_statements(earlier, f.options);
        ASSERT_EQ(statements.size(), 1 + steps);
        EXPECT_EQ(attempt_statement_ids(earlier).size(), statements.size());
        for (const XapiStatement& s : statements) {
            ASSERT_TRUE(final_statements.count(s.id)) << "an event's id is the same before and after the end";
            EXPECT_EQ(final_statements[s.id], s.json) << "and so is its content";
        }
    }
    const std::vector<json> partial = f.statements(in_progress(done, 2));
    EXPECT_EQ(verbs_of(partial), (std::vector<std::string>{"initialized", "flagged", "responded"}));
    EXPECT_EQ(attempts_xapi({done}, f.options), attempts_xapi({done}, f.options));
    Attempt other = done;
    other.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    EXPECT_NE(attempt_statement_ids(other)[0], attempt_statement_ids(done)[0]) << "ids come from the attempt's UUID";
}

TEST(Xapi, AnAbandonedOrResumedAttemptSaysSo) {
    Fixture f;
    Attempt left = in_progress(finished(kUuid, true, 88), 2);
    left.resumed = {"2026-11-25T10:01:30Z"};
    left.status = AttemptStatus::abandoned;
    left.ended = "2026-11-25T10:20:00Z";
    const std::vector<json> statements = f.statements(left);
    EXPECT_EQ(verbs_of(statements), (std::vector<std::string>{"initialized", "flagged", "resumed", "responded", "abandoned"}));
    EXPECT_EQ(statements[2]["verb"]["id"], kVerbs + "resumed");
    EXPECT_EQ(statements[4]["verb"]["id"], "https://w3id.org/xapi/adl/verbs/abandoned");
    EXPECT_FALSE(statements[4]["result"]["completion"].get<bool>());
    for (const json& s : statements) expect_valid_statement(s);
}

TEST(Xapi, APassUnderAnOlderRuleOrTriedAgainIsCompletedNeverPassed) {
    Fixture f;
    Attempt old = finished(kUuid, true, 70);
    old.result->scoring_rule = 1;
    std::vector<json> statements = f.statements(old);
    EXPECT_EQ(verbs_of(statements).back(), "terminated");
    EXPECT_EQ(statements.size(), 7u) << "no passed or failed";
    EXPECT_EQ(statements[5]["result"]["extensions"][kBase + "/extensions/scoring-rule"], 1);
    Attempt again = finished(kUuid, true, 95);
    again.rewound = true;
    statements = f.statements(again);
    EXPECT_EQ(statements.size(), 7u);
    EXPECT_EQ(statements[5]["verb"]["id"], kVerbs + "completed");
    EXPECT_FALSE(statements[5]["result"].contains("success"));
    EXPECT_EQ(statements[5]["result"]["extensions"][kBase + "/extensions/tried-again"], true);
    EXPECT_EQ(statements[0]["context"]["extensions"][kBase + "/extensions/tried-again"], true);
}

TEST(Xapi, TheClassIsAContextExtension) {
    Fixture f;
    Attempt attempt = finished(kUuid, true, 88);
    EXPECT_FALSE(f.statements(attempt)[0]["context"]["extensions"].contains(kBase + "/extensions/class"));
    attempt.class_name = "Academia PNC, promoción 2027-A";
    for (const json& s : f.statements(attempt))
        EXPECT_EQ(s["context"]["extensions"][kBase + "/extensions/class"], "Academia PNC, promoción 2027-A");
}

TEST(Xapi, IdsOfAnUnknownScenarioAndStrangeNamesArePercentEncoded) {
    Fixture f;
    Attempt attempt = finished(kUuid, true, 88);
    attempt.scenario = "caso niño/2";
    for (RecordedStep& step : attempt.steps) step.scene = "sala #1";
    for (const json& s : f.statements(attempt)) expect_valid_statement(s);
    EXPECT_EQ(f.statements(attempt)[0]["object"]["id"], kBase + "/scenarios/caso%20ni%C3%B1o%2F2");
    EXPECT_EQ(f.statements(attempt)[2]["object"]["id"], kBase + "/scenarios/caso%20ni%C3%B1o%2F2/scenes/sala%20%231");
}

TEST(XapiHome, AnAddressIsCheckedAndNormalised) {
    std::string error;
    const auto home = [&error](const char* text) {
        error.clear();
        auto parsed = parse_xapi_home(text, &error);
        return parsed ? parsed->home_page : "error: " + error;
    };
    EXPECT_EQ(home("https://academia.example.gt"), "https://academia.example.gt");
    EXPECT_EQ(home("HTTPS://Academia.Example.GT/"), "https://academia.example.gt");
    EXPECT_EQ(home("https://academia.example.gt//lms//pnc/"), "https://academia.example.gt/lms/pnc");
    EXPECT_EQ(home("http://10.0.0.5:8080/escuela de policía"), "http://10.0.0.5:8080/escuela%20de%20polic%C3%ADa");
    EXPECT_EQ(home("https://a.example/ya%20codificado"), "https://a.example/ya%20codificado");
    EXPECT_EQ(parse_xapi_home("https://a.example/x/", &error)->base(), "https://a.example/x/xapi");
    for (const char* wrong : {"academia.example.gt", "ftp://academia.example.gt", "https://", "https:///x",
                              "https://user:pw@academia.example.gt", "https://academia.example.gt?x=1",
                              "https://academia example.gt", "https://a.example:80a", "https://a.example/../x"}) {
        EXPECT_FALSE(parse_xapi_home(wrong, &error)) << wrong;
        EXPECT_FALSE(error.empty()) << wrong;
    }
    parse_xapi_home("academia.example.gt", &error);
    EXPECT_NE(error.find("https://"), std::string::npos) << error;
}
