#include "protocol.h"

#include <nlohmann/json.hpp>

namespace senales {

using nlohmann::json;

namespace {

void emit(std::ostream& out, const json& message) {
    out << message.dump(-1, ' ', false, json::error_handler_t::replace) << std::endl;  // flushed: a bot waits on it
}

}  // namespace

void Protocol::decision(const Runner& runner) {
    const Scene& scene = runner.scene();
    json details = json::array();
    for (int index : runner.visible_details()) {
        const Detail& detail = scene.details[static_cast<std::size_t>(index)];
        details.push_back({{"id", detail.id}, {"text", w_.of(detail.text)}, {"flagged", runner.state().is_flagged(detail.id)}});
    }
    // Choices carry their number only: a choice's id can tell where it leads.
    json choices = json::array();
    int n = 0;
    for (int index : runner.available_choices())
        choices.push_back({{"n", ++n}, {"text", w_.of(scene.choices[static_cast<std::size_t>(index)].text)}});
    emit(out_, {{"type", "decision"}, {"scene", scene.id}, {"text", w_.of(scene.text)}, {"details", details},
                {"choices", choices}});
}

void Protocol::feedback(const ChoiceFeedback& feedback) {
    if (feedback.empty() || feedback.note.empty()) return;
    emit(out_, {{"type", "feedback"},
                {"kind", feedback.harms.empty() ? "good_practice" : "harm"},
                {"practices", feedback.practices},
                {"harms", feedback.harms},
                {"text", w_.of(feedback.note)}});
}

void Protocol::result(const Debrief& debrief, const ChoiceOrder& order) {
    json competencies = json::object();
    for (const CompetencyResult& c : debrief.competencies) competencies[std::string(to_string(c.competency))] = c.score;
    json shortfalls = json::array();
    for (Shortfall s : kAllShortfalls)
        if (debrief.score.has(s)) shortfalls.push_back(to_string(s));
    json message = {{"type", "result"},
                    {"passed", debrief.score.passed},
                    {"overall", debrief.score.overall},
                    {"competencies", competencies},
                    {"shortfalls", shortfalls},
                    {"ending", debrief.ending}};
    if (order.as_written) message["authored_order"] = true;
    else message["seed"] = order.seed;
    emit(out_, message);
}

int Protocol::error(const std::string& message) {
    emit(out_, {{"type", "error"}, {"message", message}});
    return 1;
}

}  // namespace senales
