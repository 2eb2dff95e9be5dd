#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/hash.h"
#include "exports.h"

namespace senales::records {

using nlohmann::json;

namespace {

const char* const kVerbs = "http://adlnet.gov/expapi/verbs/";

// The same statement gets the same id on every export, so a record store that receives a file
// twice keeps one copy. Laid out as an RFC 4122 version 4 UUID from 128 hashed bits.
std::string statement_id(const std::string& key) {
    std::uint64_t high = fnv1a(key);
    std::uint64_t low = fnv1a(key + "#", high);
    high = (high & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
    low = (low & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    char text[37];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xFFFF), static_cast<unsigned long long>(high & 0xFFFF),
                  static_cast<unsigned long long>(low >> 48), static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFull));
    return text;
}

std::string iso_duration(long long seconds) {
    if (seconds < 0) seconds = 0;
    std::string out = "PT";
    if (seconds >= 3600) out += std::to_string(seconds / 3600) + "H";
    if (seconds >= 60) out += std::to_string(seconds / 60 % 60) + "M";
    return out + std::to_string(seconds % 60) + "S";
}

json verb(const std::string& name, const std::string& es, const std::string& en) {
    return {{"id", kVerbs + name}, {"display", {{"en-US", en}, {"es-GT", es}}}};
}

class StatementWriter {
public:
    explicit StatementWriter(const XapiOptions& options) : options_(options) {}

    void add(const Attempt& attempt, json& out) const {
        const std::string key = attempt.pseudonym + "/" + std::to_string(attempt.id) + "/" + attempt.started;
        const std::string registration = statement_id(key + "/registration");
        json main = base(attempt, statement_id(key), registration, attempt.ended.value_or(attempt.started));
        auto seconds = seconds_between(attempt.started, attempt.ended.value_or(attempt.started));
        json result = {{"completion", attempt.status == AttemptStatus::finished},
                       {"duration", iso_duration(seconds.value_or(0))}};
        if (attempt.result && (!attempt.result->current_rule() || attempt.rewound)) {
            // Scored under an older, weaker rule, or tried again with the answers seen: finished,
            // but neither passed nor failed.
            const AttemptResult& r = *attempt.result;
            main["verb"] = verb("completed", "completó", "completed");
            result["score"] = {{"scaled", r.overall / 100.0}, {"raw", r.overall}, {"min", 0}, {"max", 100}};
        } else if (attempt.result) {
            const AttemptResult& r = *attempt.result;
            main["verb"] = r.passed ? verb("passed", "aprobó", "passed") : verb("failed", "no aprobó", "failed");
            result["success"] = r.passed;
            result["score"] = {{"scaled", r.overall / 100.0}, {"raw", r.overall}, {"min", 0}, {"max", 100}};
        } else {
            main["verb"] = verb("attempted", "intentó", "attempted");
        }
        if (attempt.result)
            result["extensions"] = {{options_.activity_base + "/extensions/scoring-rule", attempt.result->scoring_rule},
                                    {options_.activity_base + "/extensions/tried-again", attempt.rewound}};
        main["result"] = result;
        out.push_back(main);

        int decision = 0;
        for (std::size_t i = 0; i < attempt.steps.size(); ++i) {
            const RecordedStep& step = attempt.steps[i];
            if (step.step.kind != Step::Kind::choose) continue;
            json answered = base(attempt, statement_id(key + "/step/" + std::to_string(i)), registration, step.at);
            answered["verb"] = verb("answered", "respondió", "answered");
            answered["object"] = {{"objectType", "Activity"},
                                  {"id", scenario_id(attempt.scenario) + "/scenes/" + step.scene},
                                  {"definition",
                                   {{"type", "http://adlnet.gov/expapi/activities/interaction"},
                                    {"name", {{"en-US", "Decision in scene " + step.scene}}}}}};
            answered["result"] = {
                {"response", step.choice_id.empty() ? std::to_string(step.step.choice + 1) : step.choice_id}};
            answered["context"]["contextActivities"] = {{"parent", json::array({activity(attempt.scenario)})}};
            answered["context"]["extensions"][options_.activity_base + "/extensions/decision"] = ++decision;
            out.push_back(answered);
        }
    }

private:
    std::string scenario_id(const std::string& scenario) const { return options_.activity_base + "/scenarios/" + scenario; }

    json activity(const std::string& scenario) const {
        json name = {{"en-US", scenario}};
        if (auto title = options_.scenario_titles.find(scenario); title != options_.scenario_titles.end())
            name = {{"en-US", title->second.en}, {"es-GT", title->second.es}};
        return {{"objectType", "Activity"},
                {"id", scenario_id(scenario)},
                {"definition", {{"type", "http://adlnet.gov/expapi/activities/simulation"}, {"name", name}}}};
    }

    json base(const Attempt& attempt, const std::string& id, const std::string& registration,
              const std::string& timestamp) const {
        return {{"id", id},
                {"version", "1.0.3"},
                {"actor",
                 {{"objectType", "Agent"},
                  {"account", {{"homePage", options_.home_page}, {"name", attempt.pseudonym}}}}},
                {"object", activity(attempt.scenario)},
                {"timestamp", timestamp},
                {"context",
                 {{"registration", registration},
                  {"language", attempt.lang == "es" ? "es-GT" : attempt.lang == "en" ? "en-US" : attempt.lang},
                  {"platform", "Señales"},
                  {"extensions", {{options_.activity_base + "/extensions/scenario-version", attempt.content_hash}}}}}};
    }

    const XapiOptions& options_;
};

}  // namespace

std::string attempts_xapi(const std::vector<Attempt>& attempts, const XapiOptions& options) {
    json statements = json::array();
    StatementWriter writer(options);
    for (const Attempt& attempt : attempts) writer.add(attempt, statements);
    return statements.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace senales::records
