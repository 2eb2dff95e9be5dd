#include "explorer.h"

#include <deque>
#include <map>
#include <set>
#include <utility>

#include "runner.h"

namespace senales {

namespace {

using StateKey = std::pair<int, std::vector<int>>;  // scene, variables

void walk_states(const Scenario& scenario, const Catalog& catalog, const ExploreLimits& limits,
                 ExplorationReport& report) {
    std::set<StateKey> seen;
    std::deque<StoryState> queue;
    std::vector<bool> reached(scenario.scenes.size(), false);
    std::set<std::pair<int, int>> shown, offered;
    std::set<int> dead_scenes;

    Runner runner(scenario, catalog);
    seen.insert({runner.state().scene, runner.state().variables});
    queue.push_back(runner.state());
    while (!queue.empty()) {
        StoryState state = std::move(queue.front());
        queue.pop_front();
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(state.scene)];
        reached[static_cast<std::size_t>(state.scene)] = true;
        for (int detail : state.visible_details) shown.insert({state.scene, detail});
        if (scene.is_ending) continue;

        Runner from(scenario, catalog);
        bool any = false;
        for (std::size_t c = 0; c < scene.choices.size(); ++c) {
            if (!scene.choices[c].when.holds(state.variables)) continue;
            any = true;
            offered.insert({state.scene, static_cast<int>(c)});
            StoryState next_state = state;
            next_state.steps.clear();
            next_state.decisions.clear();
            next_state.visited.clear();
            next_state.shown.clear();
            from.restore(next_state);
            from.choose_authored(static_cast<int>(c));
            StateKey key{from.state().scene, from.state().variables};
            if (seen.count(key)) continue;
            if (seen.size() >= limits.max_states) {
                report.states_truncated = true;
                continue;
            }
            seen.insert(std::move(key));
            queue.push_back(from.state());
        }
        if (!any && dead_scenes.insert(state.scene).second) report.dead_ends.push_back({state.scene, state.variables});
    }
    report.states = seen.size();
    for (std::size_t s = 0; s < scenario.scenes.size(); ++s) {
        if (!reached[s]) {
            report.unreachable.push_back(static_cast<int>(s));
            continue;
        }
        const Scene& scene = scenario.scenes[s];
        for (std::size_t d = 0; d < scene.details.size(); ++d)
            if (!shown.count({static_cast<int>(s), static_cast<int>(d)}))
                report.details_never_shown.push_back({static_cast<int>(s), static_cast<int>(d)});
        for (std::size_t c = 0; c < scene.choices.size(); ++c)
            if (!offered.count({static_cast<int>(s), static_cast<int>(c)}))
                report.choices_never_offered.push_back({static_cast<int>(s), static_cast<int>(c)});
    }
}

// The score a finished path earns when the trainee flags by `policy`.
ScoreCard score_with_policy(const Scenario& scenario, const Catalog& catalog, StoryState state, FlagPolicy policy) {
    state.flagged.clear();
    for (const ShownDetail& shown : state.shown) {
        const Detail& detail =
            scenario.scenes[static_cast<std::size_t>(shown.scene)].details[static_cast<std::size_t>(shown.detail)];
        if (detail.neutral() == (policy == FlagPolicy::neutral_details)) state.flagged.push_back(detail.id);
    }
    return score(collect_facts(scenario, catalog, state), catalog);
}

std::vector<int> chosen_indices(const StoryState& state) {
    std::vector<int> choices;
    for (const Decision& decision : state.decisions) choices.push_back(decision.chosen);
    return choices;
}

// A better candidate scores higher (best) or lower (worst); ties go to the shorter path, so the
// path shown to a trainee is the most direct one.
bool improves(const ScoreCard& candidate, std::size_t length, const ScoredPath& current, bool maximise) {
    if (current.ending < 0) return true;
    if (candidate.overall != current.score.overall)
        return maximise ? candidate.overall > current.score.overall : candidate.overall < current.score.overall;
    return length < current.decisions;
}

void walk_paths(const Scenario& scenario, const Catalog& catalog, const ExploreLimits& limits,
                ExplorationReport& report) {
    struct Frame {
        StoryState state;
        std::vector<int> offered;
        std::size_t next = 0;
    };
    Runner runner(scenario, catalog);
    std::vector<Frame> stack;
    std::set<StateKey> on_path;
    std::vector<int> best_choices, worst_choices;

    auto push = [&](const StoryState& state) {
        runner.restore(state);
        stack.push_back({state, runner.finished() ? std::vector<int>{} : runner.available_choices(), 0});
        on_path.insert({state.scene, state.variables});
    };
    push(runner.state());
    while (!stack.empty()) {
        Frame& top = stack.back();
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(top.state.scene)];
        if (scene.is_ending) {
            ++report.paths;
            std::size_t length = top.state.decisions.size();
            ScoreCard high = score_with_policy(scenario, catalog, top.state, FlagPolicy::signs);
            ScoreCard low = score_with_policy(scenario, catalog, top.state, FlagPolicy::neutral_details);
            if (improves(high, length, report.best, true)) {
                report.best = {{}, high, top.state.scene, length};
                best_choices = chosen_indices(top.state);
            }
            if (improves(low, length, report.worst, false)) {
                report.worst = {{}, low, top.state.scene, length};
                worst_choices = chosen_indices(top.state);
            }
        }
        if (scene.is_ending || top.next >= top.offered.size() || report.paths >= limits.max_paths) {
            if (!scene.is_ending && report.paths >= limits.max_paths && top.next < top.offered.size())
                report.paths_truncated = true;
            on_path.erase({top.state.scene, top.state.variables});
            stack.pop_back();
            continue;
        }
        int choice = top.offered[top.next++];
        runner.restore(top.state);
        runner.choose_authored(choice);
        if (on_path.count({runner.state().scene, runner.state().variables})) {
            report.has_loops = true;
            continue;
        }
        push(runner.state());
    }
    if (report.best.ending >= 0) report.best.steps = with_flags(scenario, catalog, best_choices, FlagPolicy::signs);
    if (report.worst.ending >= 0)
        report.worst.steps = with_flags(scenario, catalog, worst_choices, FlagPolicy::neutral_details);
}

}  // namespace

std::vector<Step> with_flags(const Scenario& scenario, const Catalog& catalog, const std::vector<int>& choices,
                             FlagPolicy policy) {
    Runner runner(scenario, catalog);
    auto flag_visible = [&] {
        for (int index : runner.visible_details()) {
            const Detail& detail = runner.scene().details[static_cast<std::size_t>(index)];
            if (detail.neutral() == (policy == FlagPolicy::neutral_details) && !runner.state().is_flagged(detail.id))
                runner.flag(detail.id);
        }
    };
    for (int choice : choices) {
        flag_visible();
        runner.choose_authored(choice);
    }
    flag_visible();
    return runner.state().steps;
}

ExplorationReport explore(const Scenario& scenario, const Catalog& catalog, const ExploreLimits& limits) {
    ExplorationReport report;
    walk_states(scenario, catalog, limits, report);
    walk_paths(scenario, catalog, limits, report);
    return report;
}

}  // namespace senales
