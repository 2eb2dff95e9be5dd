#include "json_report.h"

#include <algorithm>

namespace senales {

using nlohmann::json;

namespace {

json indicator_json(const IndicatorNote& note) {
    return {{"indicator", note.indicator},   {"name", note.name},
            {"strength", to_string(note.strength)}, {"dimension", to_string(note.dimension)},
            {"scene", note.scene},           {"detail", note.detail},
            {"detail_text", note.detail_text}, {"explanation", note.explanation},
            {"sources", note.sources}};
}

json path_json(const Scenario& scenario, const StoryState& state) {
    json steps = json::array();
    std::size_t decision = 0;
    for (const Step& step : state.steps) {
        switch (step.kind) {
            case Step::Kind::choose: {
                // "choice" is the choice's stable id; "number" the key the trainee saw it under.
                const Decision& taken = state.decisions[decision++];
                const auto& offered = taken.offered;
                auto position = std::find(offered.begin(), offered.end(), step.choice) - offered.begin();
                const Scene& scene = scenario.scenes[static_cast<std::size_t>(taken.scene)];
                steps.push_back({{"choice", scene.choices[static_cast<std::size_t>(step.choice)].id},
                                 {"number", position + 1}});
                break;
            }
            case Step::Kind::flag: steps.push_back({{"flag", step.detail}}); break;
            case Step::Kind::unflag: steps.push_back({{"unflag", step.detail}}); break;
        }
    }
    json scenes = json::array();
    for (int scene : state.visited) scenes.push_back(scenario.scenes[static_cast<std::size_t>(scene)].id);
    return {{"scenes", scenes}, {"steps", steps}, {"flagged", state.flagged}};
}

json scores_json(const Debrief& debrief) {
    json competencies = json::object();
    for (const CompetencyResult& c : debrief.competencies)
        competencies[std::string(to_string(c.competency))] = {{"name", c.name}, {"score", c.score}, {"why", c.sentence}};
    json shortfalls = json::array();
    for (Shortfall s : kAllShortfalls)
        if (debrief.score.has(s)) shortfalls.push_back(to_string(s));
    return {{"competencies", competencies},
            {"overall", debrief.score.overall},
            {"pass_mark", debrief.pass_mark},
            {"competency_floor", rules::kCompetencyFloor},
            {"scoring_rule", rules::kScoringRule},
            {"passed", debrief.score.passed},
            {"shortfalls", shortfalls},
            {"why_not_passed", debrief.why_not_passed}};
}

json debrief_json(const Scenario& scenario, const Debrief& debrief) {
    json found = json::array(), missed = json::array(), wrong = json::array();
    for (const auto& note : debrief.found) found.push_back(indicator_json(note));
    for (const auto& note : debrief.missed) missed.push_back(indicator_json(note));
    for (const auto& note : debrief.wrongly_flagged)
        wrong.push_back({{"detail", note.detail}, {"detail_text", note.detail_text}, {"scene", note.scene}, {"why", note.why}});
    json harms = json::array();
    for (const HarmNote& h : debrief.harms)
        harms.push_back({{"decision", h.decision + 1}, {"harm", h.harm}, {"name", h.name},
                         {"severity", to_string(h.severity)}, {"severity_name", h.severity_name}, {"scene", h.scene}, {"what_was_done", h.what_was_done},
                         {"principle", h.principle}, {"instead", h.instead}, {"explanation", h.explanation},
                         {"consequence", h.consequence}, {"sources", h.sources}});
    json practices = json::array();
    for (const PracticeNote& p : debrief.practices)
        practices.push_back({{"decision", p.decision + 1}, {"practice", p.practice}, {"name", p.name},
                             {"principle", p.principle}, {"scene", p.scene}, {"explanation", p.explanation},
                             {"sources", p.sources}});
    json timeline = json::array();
    for (const TimelineEntry& entry : debrief.timeline) {
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(scenario.scene_index(entry.scene))];
        auto id = [&](int choice) { return scene.choices[static_cast<std::size_t>(choice)].id; };
        json alternatives = json::array();
        for (const Alternative& a : entry.alternatives)
            alternatives.push_back({{"choice", id(a.choice)}, {"text", a.text}, {"kind", to_string(a.kind)},
                                    {"compared_to_chosen", to_string(a.compared_to_chosen)}});
        timeline.push_back({{"decision", entry.decision + 1}, {"scene", entry.scene}, {"choice", id(entry.chosen)},
                            {"text", entry.chosen_text}, {"kind", to_string(entry.kind)},
                            {"alternatives", alternatives}});
    }
    json sources = json::array();
    for (const Source& s : debrief.sources) sources.push_back({{"id", s.id}, {"title", s.title}, {"url", s.url}});
    json elements = json::array();
    for (const ElementNote& e : debrief.elements)
        elements.push_back({{"element", to_string(e.element)},
                            {"name", e.name},
                            {"shown", e.shown},
                            {"found", e.found},
                            {"needed", e.needed},
                            {"verdict", e.verdict}});
    return {{"elements", elements},
            {"elements_established", debrief.facts.elements_established},
            {"indicators", {{"found", found}, {"missed", missed}, {"wrongly_flagged", wrong}}},
            {"harms", harms},
            {"practices", practices},
            {"timeline", timeline},
            {"objectives", debrief.objectives},
            {"sources", sources}};
}

}  // namespace

json playthrough_json(const Scenario& scenario, const StoryState& state, const Debrief& debrief) {
    json ending = nullptr;
    if (!debrief.ending.empty())
        ending = {{"id", debrief.ending}, {"outcome", to_string(debrief.outcome)}, {"text", debrief.ending_text}};
    json order = state.order.as_written ? json{{"authored", true}} : json{{"seed", state.order.seed}};
    return {{"scenario", scenario.id},
            {"content_hash", scenario.content_hash},
            {"lang", debrief.lang.code()},
            {"choice_order", order},
            {"finished", !debrief.ending.empty()},
            {"path", path_json(scenario, state)},
            {"ending", ending},
            {"scores", scores_json(debrief)},
            {"debrief", debrief_json(scenario, debrief)}};
}

}  // namespace senales
