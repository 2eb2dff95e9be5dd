#include "runner.h"

#include "advice.h"

#include <algorithm>
#include <charconv>

namespace senales {

bool StoryState::is_flagged(const std::string& detail) const {
    return std::find(flagged.begin(), flagged.end(), detail) != flagged.end();
}

Runner::Runner(const Scenario& scenario, const Catalog& catalog, ChoiceOrder order)
    : scenario_(scenario), catalog_(catalog) {
    state_.order = order;
    restart();
}

void Runner::restart() {
    const ChoiceOrder order = state_.order;
    state_ = StoryState{};
    state_.order = order;
    state_.variables = initial_variables(scenario_);
    enter(scenario_.start);
}

const Scene& Runner::scene() const { return scenario_.scenes[static_cast<std::size_t>(state_.scene)]; }

void Runner::enter(int scene_index) {
    state_.scene = scene_index;
    state_.visited.push_back(scene_index);
    state_.visible_details.clear();
    const Scene& entered = scene();
    for (std::size_t i = 0; i < entered.details.size(); ++i) {
        if (!entered.details[i].when.holds(state_.variables)) continue;
        int detail = static_cast<int>(i);
        state_.visible_details.push_back(detail);
        bool seen_before = std::any_of(state_.shown.begin(), state_.shown.end(), [&](const ShownDetail& s) {
            return s.scene == scene_index && s.detail == detail;
        });
        if (!seen_before) state_.shown.push_back({scene_index, detail});
    }
}

std::vector<int> Runner::available_choices() const {
    std::vector<int> offered;
    const Scene& current = scene();
    for (std::size_t i = 0; i < current.choices.size(); ++i)
        if (current.choices[i].when.holds(state_.variables)) offered.push_back(static_cast<int>(i));
    order_choices(current, state_.decisions.size(), state_.order, offered);
    return offered;
}

std::optional<std::string> Runner::flag(const std::string& detail_id) {
    if (finished()) return "the story has ended";
    const Scene& current = scene();
    for (int index : state_.visible_details)
        if (current.details[static_cast<std::size_t>(index)].id == detail_id) {
            if (state_.is_flagged(detail_id)) return "\"" + detail_id + "\" is already in the notebook";
            state_.flagged.push_back(detail_id);
            state_.steps.push_back({Step::Kind::flag, -1, detail_id});
            return std::nullopt;
        }
    std::string visible;
    for (int index : state_.visible_details) visible += " " + current.details[static_cast<std::size_t>(index)].id;
    return "there is no detail \"" + detail_id + "\" to flag in scene \"" + current.id + "\"" +
           (visible.empty() ? std::string(" (nothing to flag here)") : " (details here:" + visible + ")");
}

std::optional<std::string> Runner::unflag(const std::string& detail_id) {
    auto it = std::find(state_.flagged.begin(), state_.flagged.end(), detail_id);
    if (it == state_.flagged.end()) return "\"" + detail_id + "\" is not in the notebook";
    state_.flagged.erase(it);
    state_.steps.push_back({Step::Kind::unflag, -1, detail_id});
    return std::nullopt;
}

std::optional<std::string> Runner::choose_authored(int authored_index, ChoiceFeedback* feedback) {
    if (finished()) return "the story has ended";
    std::vector<int> offered = available_choices();
    if (std::find(offered.begin(), offered.end(), authored_index) == offered.end())
        return "choice \"" +
               (authored_index >= 0 && authored_index < static_cast<int>(scene().choices.size())
                    ? scene().choices[static_cast<std::size_t>(authored_index)].id
                    : std::to_string(authored_index + 1)) +
               "\" of scene \"" + scene().id + "\" is not on offer now";
    const Choice& choice = scene().choices[static_cast<std::size_t>(authored_index)];
    state_.decisions.push_back({state_.scene, authored_index, offered, state_.steps.size()});
    state_.steps.push_back({Step::Kind::choose, authored_index, {}});
    apply_changes(choice.changes, state_.variables);
    if (feedback) *feedback = feedback_for(choice);
    enter(choice.target_scene);
    return std::nullopt;
}

std::optional<std::string> Runner::choose_id(const std::string& choice_id, ChoiceFeedback* feedback) {
    if (finished()) return "the story has ended";
    const int index = scene().choice_index(choice_id);
    if (index < 0) return "scene \"" + scene().id + "\" has no choice \"" + choice_id + "\"";
    return choose_authored(index, feedback);
}

std::optional<std::string> Runner::choose_offered(int number, ChoiceFeedback* feedback) {
    if (finished()) return "the story has ended";
    std::vector<int> offered = available_choices();
    if (number < 1 || number > static_cast<int>(offered.size()))
        return "there is no choice " + std::to_string(number) + " in scene \"" + scene().id + "\" (choose 1 to " +
               std::to_string(offered.size()) + ")";
    return choose_authored(offered[static_cast<std::size_t>(number - 1)], feedback);
}

std::optional<std::string> Runner::apply(const Step& step, ChoiceFeedback* feedback) {
    switch (step.kind) {
        case Step::Kind::choose: return choose_authored(step.choice, feedback);
        case Step::Kind::flag: return flag(step.detail);
        case Step::Kind::unflag: return unflag(step.detail);
    }
    return "unknown step";
}

std::optional<std::string> Runner::replay(const std::vector<Step>& steps) {
    restart();
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (auto error = apply(steps[i])) return "step " + std::to_string(i + 1) + ": " + *error;
    return std::nullopt;
}

void Runner::rewind_to_decision(std::size_t index) {
    if (index >= state_.decisions.size()) return;
    std::vector<Step> before(state_.steps.begin(),
                             state_.steps.begin() + static_cast<std::ptrdiff_t>(state_.decisions[index].step_index));
    replay(before);  // a prefix of steps already taken always replays
}

ChoiceFeedback Runner::feedback_for(const Choice& choice) const {
    ChoiceFeedback feedback{choice.practices, choice.harms, choice.note};
    if (!feedback.note.empty()) return feedback;
    // Harms come first: what to do instead matters more than praise for the same move.
    if (!choice.harms.empty()) {
        if (const Harm* harm = catalog_.harm(choice.harms.front())) feedback.note = instead_for(*harm, scenario_);
    } else if (!choice.practices.empty()) {
        if (const Practice* practice = catalog_.practice(choice.practices.front()))
            feedback.note = explanation_for(*practice, scenario_);
    }
    return feedback;
}

std::optional<std::vector<StepInput>> parse_steps(const std::string& text, std::string* error) {
    std::vector<StepInput> steps;
    for (std::size_t begin = 0; begin <= text.size();) {
        std::size_t end = std::min(text.find(',', begin), text.size());
        std::string item = text.substr(begin, end - begin);
        begin = end + 1;
        item.erase(0, item.find_first_not_of(" \t"));
        item.erase(item.find_last_not_of(" \t") + 1);
        if (item.empty()) continue;
        auto prefixed = [&](std::string_view prefix) { return item.rfind(prefix, 0) == 0; };
        if (prefixed("flag:") || prefixed("unflag:")) {
            bool is_flag = prefixed("flag:");
            std::string detail = item.substr(is_flag ? 5 : 7);
            if (detail.empty()) {
                if (error) *error = "\"" + item + "\" needs a detail id, like flag:manager_answers";
                return std::nullopt;
            }
            steps.push_back({is_flag ? StepInput::Kind::flag : StepInput::Kind::unflag, 0, detail});
            continue;
        }
        int number = 0;
        auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), number);
        if (ec != std::errc() || ptr != item.data() + item.size() || number < 1) {
            if (error)
                *error = "\"" + item + "\" is not a step: use a choice number (1, 2, …), flag:<detail> or unflag:<detail>";
            return std::nullopt;
        }
        steps.push_back({StepInput::Kind::choose, number, {}});
    }
    return steps;
}

}  // namespace senales
