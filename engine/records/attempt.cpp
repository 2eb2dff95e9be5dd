#include "attempt.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

namespace senales::records {

std::string_view to_string(AttemptStatus status) {
    switch (status) {
        case AttemptStatus::in_progress: return "in_progress";
        case AttemptStatus::finished: return "finished";
        case AttemptStatus::abandoned: return "abandoned";
    }
    return "in_progress";
}

ChoiceOrder choice_order(const Attempt& attempt) {
    return attempt.seed ? ChoiceOrder::shuffled(*attempt.seed) : ChoiceOrder::authored();
}

std::vector<Step> replayable_steps(const Attempt& attempt, const Scenario& scenario) {
    std::vector<Step> steps;
    for (const RecordedStep& recorded : attempt.steps) {
        Step step = recorded.step;
        if (step.kind == Step::Kind::choose && !recorded.choice_id.empty()) {
            const int scene = scenario.scene_index(recorded.scene);
            if (scene < 0) break;
            step.choice = scenario.scenes[static_cast<std::size_t>(scene)].choice_index(recorded.choice_id);
        }
        if (step.kind == Step::Kind::choose && step.choice < 0) break;
        steps.push_back(std::move(step));
    }
    return steps;
}

AttemptResult result_of(const DebriefFacts& facts, const Scenario& scenario) {
    AttemptResult result;
    if (facts.ending >= 0) result.ending = scenario.scenes[static_cast<std::size_t>(facts.ending)].id;
    result.outcome = std::string(to_string(facts.outcome));
    result.competencies = facts.score.competency;
    result.overall = facts.score.overall;
    result.passed = facts.score.passed;
    result.grave_harm = facts.score.failed_by_grave_harm();
    result.scoring_rule = rules::kScoringRule;
    for (const SignFact& sign : facts.found) result.found.push_back(sign.indicator);
    for (const SignFact& sign : facts.missed) result.missed.push_back(sign.indicator);
    for (const ShownDetail& at : facts.wrongly_flagged)
        result.wrongly_flagged.push_back(
            scenario.scenes[static_cast<std::size_t>(at.scene)].details[static_cast<std::size_t>(at.detail)].id);
    for (const HarmFact& harm : facts.harms) result.harms.push_back(harm.harm);
    for (const PracticeFact& practice : facts.practices) result.practices.push_back(practice.practice);
    return result;
}

std::string iso8601_now() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &now);
#else
    gmtime_r(&now, &utc);
#endif
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

namespace {

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm): portable, unlike timegm.
long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

}  // namespace

std::optional<long long> epoch_seconds(const std::string& text) {
    int y, mo, d, h, mi, s;
    char z = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7 || z != 'Z')
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return std::nullopt;
    return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + s;
}

std::optional<long long> seconds_between(const std::string& from, const std::string& to) {
    auto a = epoch_seconds(from), b = epoch_seconds(to);
    if (!a || !b) return std::nullopt;
    return *b - *a;
}

std::optional<std::string> local_time_text(const std::string& iso) {
    const std::optional<long long> seconds = epoch_seconds(iso);
    if (!seconds) return std::nullopt;
    const std::time_t when = static_cast<std::time_t>(*seconds);
    std::tm local{};
#ifdef _WIN32
    if (localtime_s(&local, &when) != 0) return std::nullopt;
#else
    if (!localtime_r(&when, &local)) return std::nullopt;
#endif
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return std::string(text);
}

std::string random_hex_id() {
    std::random_device device;
    std::string out;
    for (int i = 0; i < 4; ++i) {
        char part[9];
        std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(device()));
        out += part;
    }
    return out;
}

}  // namespace senales::records
