#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/scoring.h"
#include "exports.h"
#include "uuid.h"

namespace senales::records {

using nlohmann::json;

namespace {

const char* const kAdl = "http://adlnet.gov/expapi/verbs/";

// What happened in an attempt, as statements tell it. The key names the event within its attempt,
// forever: it is half of the statement's id.
struct Event {
    enum class Kind { initialized, step, resumed, abandoned, completed, judged, terminated } kind;
    std::string key;
    std::string at;
    std::size_t index = 0;  // of the step or the resume
};

// The result is judged (passed or failed) only under today's rule and when not tried again from
// a decision: otherwise it is completed, with its scores, but no pass or fail.
bool judged(const Attempt& attempt) {
    return attempt.result && attempt.result->current_rule() && !attempt.rewound;
}

std::vector<Event> events_of(const Attempt& attempt) {
    std::vector<Event> events;
    events.push_back({Event::Kind::initialized, "initialized", attempt.started});
    for (std::size_t i = 0; i < attempt.steps.size(); ++i)
        events.push_back({Event::Kind::step, "step/" + std::to_string(i), attempt.steps[i].at, i});
    for (std::size_t i = 0; i < attempt.resumed.size(); ++i)
        events.push_back({Event::Kind::resumed, "resumed/" + std::to_string(i), attempt.resumed[i], i});
    // Steps and resumes interleave by time; the keys, not this order, make the ids.
    std::stable_sort(events.begin() + 1, events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    const std::string end = attempt.ended.value_or(attempt.started);
    if (attempt.status == AttemptStatus::abandoned) events.push_back({Event::Kind::abandoned, "abandoned", end});
    if (attempt.status == AttemptStatus::finished) {
        events.push_back({Event::Kind::completed, "completed", end});
        if (judged(attempt)) events.push_back({Event::Kind::judged, "judged", end});
        events.push_back({Event::Kind::terminated, "terminated", end});
    }
    return events;
}

std::string statement_id(const Attempt& attempt, const Event& event) {
    return name_uuid("statement/" + attempt.uuid + "/" + event.key);
}

std::string iso_duration(long long seconds) {
    if (seconds < 0) seconds = 0;
    std::string out = "PT";
    if (seconds >= 3600) out += std::to_string(seconds / 3600) + "H";
    if (seconds >= 60) out += std::to_string(seconds / 60 % 60) + "M";
    return out + std::to_string(seconds % 60) + "S";
}

json languages(const Text& text) { return {{"es-GT", text.es}, {"en-US", text.en}}; }

json verb(const std::string& id, const std::string& es, const std::string& en) {
    return {{"id", id}, {"display", {{"es-GT", es}, {"en-US", en}}}};
}

class StatementWriter {
public:
    StatementWriter(const Attempt& attempt, const XapiOptions& options)
        : attempt_(attempt), options_(options), base_(options.home.base()) {
        if (auto found = options.scenarios.find(attempt.scenario); found != options.scenarios.end())
            scenario_ = found->second;
    }

    json statement(const Event& event) const {
        json s = {{"id", statement_id(attempt_, event)},
                  {"actor",
                   {{"objectType", "Agent"},
                    {"account", {{"homePage", options_.home.home_page}, {"name", attempt_.pseudonym}}}}},
                  {"object", scenario_activity()},
                  {"timestamp", event.at},
                  {"context", context()}};
        switch (event.kind) {
            case Event::Kind::initialized: s["verb"] = verb(kAdl + std::string("initialized"), "inició", "initialized"); break;
            case Event::Kind::step: step(attempt_.steps[event.index], s); break;
            case Event::Kind::resumed: s["verb"] = verb(kAdl + std::string("resumed"), "retomó", "resumed"); break;
            case Event::Kind::abandoned:
                s["verb"] = verb("https://w3id.org/xapi/adl/verbs/abandoned", "abandonó", "abandoned");
                s["result"] = {{"completion", false}, {"duration", duration()}};
                break;
            case Event::Kind::completed:
                s["verb"] = verb(kAdl + std::string("completed"), "completó", "completed");
                s["result"] = attempt_.result ? result() : json{{"completion", true}, {"duration", duration()}};
                break;
            case Event::Kind::judged:
                s["verb"] = attempt_.result->passed ? verb(kAdl + std::string("passed"), "aprobó", "passed")
                                                    : verb(kAdl + std::string("failed"), "no aprobó", "failed");
                s["result"] = result();
                s["result"]["success"] = attempt_.result->passed;
                break;
            case Event::Kind::terminated:
                s["verb"] = verb(kAdl + std::string("terminated"), "terminó", "terminated");
                s["result"] = {{"duration", duration()}};
                break;
        }
        return s;
    }

private:
    std::string scenario_id() const { return base_ + "/scenarios/" + iri_segment(attempt_.scenario); }
    std::string scene_id(const std::string& scene) const { return scenario_id() + "/scenes/" + iri_segment(scene); }
    std::string extension(const char* name) const { return base_ + "/extensions/" + name; }

    const Scene* scene(const std::string& id) const {
        if (!scenario_) return nullptr;
        const int index = scenario_->scene_index(id);
        return index < 0 ? nullptr : &scenario_->scenes[static_cast<std::size_t>(index)];
    }

    json scenario_activity() const {
        json definition = {{"type", "http://adlnet.gov/expapi/activities/simulation"}};
        definition["name"] = scenario_ ? languages(scenario_->title) : json{{"en-US", attempt_.scenario}};
        return {{"objectType", "Activity"}, {"id", scenario_id()}, {"definition", definition}};
    }

    json context() const {
        json c = {{"registration", attempt_.uuid},
                  {"language", attempt_.lang == "es" ? "es-GT" : attempt_.lang == "en" ? "en-US" : attempt_.lang},
                  {"platform", "Señales"},
                  {"extensions", {{extension("scenario-version"), attempt_.content_hash}}}};
        if (attempt_.rewound) c["extensions"][extension("tried-again")] = true;
        if (!attempt_.class_name.empty()) c["extensions"][extension("class")] = attempt_.class_name;
        return c;
    }

    std::string duration() const {
        return iso_duration(seconds_between(attempt_.started, attempt_.ended.value_or(attempt_.started)).value_or(0));
    }

    // The text in the trainee's language when it is one of the two every text is written in.
    const std::string& in_trainee_language(const Text& text) const { return attempt_.lang == "en" ? text.en : text.es; }

    void step(const RecordedStep& recorded, json& s) const {
        s["context"]["contextActivities"] = {{"parent", json::array({scenario_activity()})}};
        const Scene* where = scene(recorded.scene);
        if (recorded.step.kind == Step::Kind::choose) {
            decision(recorded, where, s);
            return;
        }
        const bool flag = recorded.step.kind == Step::Kind::flag;
        s["verb"] = flag ? verb(base_ + "/verbs/flagged", "señaló", "flagged")
                         : verb(base_ + "/verbs/unflagged", "retiró la señal", "unflagged");
        json definition = {{"type", "http://adlnet.gov/expapi/activities/interaction"}};
        const Detail* detail = nullptr;
        if (where)
            for (const Detail& d : where->details)
                if (d.id == recorded.step.detail) detail = &d;
        definition["name"] = detail ? languages(detail->text) : json{{"en-US", recorded.step.detail}};
        s["object"] = {{"objectType", "Activity"},
                       {"id", scene_id(recorded.scene) + "/details/" + iri_segment(recorded.step.detail)},
                       {"definition", definition}};
    }

    void decision(const RecordedStep& recorded, const Scene* where, json& s) const {
        s["verb"] = verb(kAdl + std::string("responded"), "respondió", "responded");
        json definition = {{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
                           {"interactionType", "choice"},
                           {"name", {{"en-US", "Decision in scene " + recorded.scene},
                                     {"es-GT", "Decisión en la escena " + recorded.scene}}}};
        std::string response = recorded.choice_id;
        const Choice* chosen = nullptr;
        if (where) {
            json choices = json::array();
            for (const Choice& choice : where->choices)
                choices.push_back({{"id", choice.id}, {"description", languages(choice.text)}});
            definition["choices"] = choices;
            // A step recorded before choices had ids names its choice by its place in the file.
            if (response.empty() && recorded.step.choice >= 0 &&
                static_cast<std::size_t>(recorded.step.choice) < where->choices.size())
                response = where->choices[static_cast<std::size_t>(recorded.step.choice)].id;
            const int index = where->choice_index(response);
            if (index >= 0) chosen = &where->choices[static_cast<std::size_t>(index)];
        }
        if (response.empty()) response = std::to_string(recorded.step.choice + 1);
        s["object"] = {{"objectType", "Activity"}, {"id", scene_id(recorded.scene)}, {"definition", definition}};
        s["result"] = {{"response", response}};
        if (chosen) s["result"]["extensions"] = {{extension("response-text"), in_trainee_language(chosen->text)}};
    }

    json harms() const {
        json out = json::array();
        for (const std::string& id : attempt_.result->harms) {
            json harm = {{"id", id}};
            const Harm* known = options_.catalog ? options_.catalog->harm(id) : nullptr;
            if (known) harm["severity"] = std::string(to_string(scenario_ ? severity_for(*known, scenario_->person)
                                                                         : known->severity));
            out.push_back(harm);
        }
        return out;
    }

    json result() const {
        const AttemptResult& r = *attempt_.result;
        json result = {{"completion", true},
                       {"duration", duration()},
                       {"score", {{"scaled", r.overall / 100.0}, {"raw", r.overall}, {"min", 0}, {"max", 100}}}};
        result["extensions"] = {
            {extension("scoring-rule"), r.scoring_rule},
            {extension("tried-again"), attempt_.rewound},
            {extension("ending"), {{"id", r.ending}, {"outcome", r.outcome}, {"grave-harm", r.grave_harm}}},
            {extension("competencies"),
             {{"recognition", r.competencies[0]}, {"do-no-harm", r.competencies[1]},
              {"protection", r.competencies[2]}, {"outcome", r.competencies[3]}}},
            {extension("flags"), {{"found", r.found}, {"missed", r.missed}, {"wrongly-flagged", r.wrongly_flagged}}},
            {extension("harms"), harms()},
            {extension("practices"), r.practices}};
        return result;
    }

    const Attempt& attempt_;
    const XapiOptions& options_;
    const std::string base_;
    const Scenario* scenario_ = nullptr;
};

std::string compact(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::vector<XapiStatement> attempt_statements(const Attempt& attempt, const XapiOptions& options) {
    StatementWriter writer(attempt, options);
    std::vector<XapiStatement> out;
    for (const Event& event : events_of(attempt)) out.push_back({statement_id(attempt, event), compact(writer.statement(event))});
    return out;
}

std::vector<std::string> attempt_statement_ids(const Attempt& attempt) {
    std::vector<std::string> ids;
    for (const Event& event : events_of(attempt)) ids.push_back(statement_id(attempt, event));
    return ids;
}

std::string statements_file(const std::vector<XapiStatement>& statements) {
    std::string out = "[";
    for (std::size_t i = 0; i < statements.size(); ++i) out += (i ? ",\n" : "\n") + statements[i].json;
    return out + "\n]\n";
}

std::string attempts_xapi(const std::vector<Attempt>& attempts, const XapiOptions& options) {
    std::vector<XapiStatement> all;
    for (const Attempt& attempt : attempts)
        for (XapiStatement& statement : attempt_statements(attempt, options)) all.push_back(std::move(statement));
    return statements_file(all);
}

}  // namespace senales::records
