#include "explorer.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "runner.h"

namespace senales {

namespace {

// A story state as a compact key: the scene, then each variable in 5 bits. With up to 16
// variables (the most a scenario file may have) it fits in std::string's own 15 bytes, so making
// millions of keys allocates nothing.
static_assert(kVariableMax - kVariableMin < 32, "a variable must fit in 5 bits");
std::string state_key(int scene, const std::vector<int>& variables) {
    std::string key(reinterpret_cast<const char*>(&scene), sizeof scene);
    unsigned bits = 0;
    int filled = 0;
    for (int value : variables) {
        bits |= static_cast<unsigned>(value - kVariableMin) << filled;
        for (filled += 5; filled >= 8; filled -= 8, bits >>= 8) key += static_cast<char>(bits & 0xFFu);
    }
    if (filled > 0) key += static_cast<char>(bits & 0xFFu);
    return key;
}

// Per detail and choice, what the walk needs to know, looked up once instead of at every step.
struct Tables {
    std::vector<std::vector<int>> detail_slot;  // [scene][detail] -> a global detail number
    std::vector<int> detail_indicator;          // global detail -> indicator number, -1 when neutral
    std::vector<int> indicator_weight;          // indicator number -> weight
    std::vector<std::vector<int>> choice_cost;  // [scene][choice] -> harm cost
    std::vector<std::vector<char>> choice_grave, choice_practice;

    Tables(const Scenario& scenario, const Catalog& catalog) {
        std::vector<std::string> indicators;
        for (const Scene& scene : scenario.scenes) {
            auto& slots = detail_slot.emplace_back();
            for (const Detail& detail : scene.details) {
                slots.push_back(static_cast<int>(detail_indicator.size()));
                if (detail.neutral()) {
                    detail_indicator.push_back(-1);
                    continue;
                }
                auto known = std::find(indicators.begin(), indicators.end(), detail.indicator);
                detail_indicator.push_back(static_cast<int>(known - indicators.begin()));
                if (known == indicators.end()) {
                    indicators.push_back(detail.indicator);
                    const Indicator* indicator = catalog.indicator(detail.indicator);
                    indicator_weight.push_back(indicator ? senales::indicator_weight(indicator->strength)
                                                         : rules::kMediumWeight);
                }
            }
            auto& costs = choice_cost.emplace_back();
            auto& graves = choice_grave.emplace_back();
            auto& practices = choice_practice.emplace_back();
            for (const Choice& choice : scene.choices) {
                const ChoiceWeight weight = weigh_choice(choice, catalog, scenario.person);
                costs.push_back(weight.harm_cost);
                graves.push_back(weight.grave);
                practices.push_back(weight.practice);
            }
        }
    }
};

// The walks below fill buffers they keep instead of returning new vectors: millions of steps
// would otherwise be millions of allocations.
void visible(const Scene& scene, const std::vector<int>& variables, std::vector<int>& details) {
    details.clear();
    for (std::size_t d = 0; d < scene.details.size(); ++d)
        if (scene.details[d].when.holds(variables)) details.push_back(static_cast<int>(d));
}

void offered(const Scene& scene, const std::vector<int>& variables, std::vector<int>& choices) {
    choices.clear();
    for (std::size_t c = 0; c < scene.choices.size(); ++c)
        if (scene.choices[c].when.holds(variables)) choices.push_back(static_cast<int>(c));
}

void walk_states(const Scenario& scenario, const ExploreLimits& limits, ExplorationReport& report) {
    struct State {
        int scene;
        std::vector<int> variables;
    };
    std::unordered_set<std::string> seen;
    std::vector<State> queue;
    std::vector<char> reached(scenario.scenes.size(), 0);
    std::vector<std::vector<char>> shown(scenario.scenes.size()), on_offer(scenario.scenes.size());
    for (std::size_t s = 0; s < scenario.scenes.size(); ++s) {
        shown[s].assign(scenario.scenes[s].details.size(), 0);
        on_offer[s].assign(scenario.scenes[s].choices.size(), 0);
    }
    std::vector<char> dead(scenario.scenes.size(), 0);

    std::vector<int> start = initial_variables(scenario);
    seen.insert(state_key(scenario.start, start));
    queue.push_back({scenario.start, start});
    std::vector<int> variables, after, details, choices;
    for (std::size_t next = 0; next < queue.size(); ++next) {
        const int scene_index = queue[next].scene;
        variables = queue[next].variables;  // a copy: the queue grows below
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(scene_index)];
        reached[static_cast<std::size_t>(scene_index)] = 1;
        visible(scene, variables, details);
        for (int d : details) shown[static_cast<std::size_t>(scene_index)][static_cast<std::size_t>(d)] = 1;
        if (scene.is_ending) continue;
        offered(scene, variables, choices);
        if (choices.empty() && !dead[static_cast<std::size_t>(scene_index)]) {
            dead[static_cast<std::size_t>(scene_index)] = 1;
            report.dead_ends.push_back({scene_index, variables});
        }
        for (int c : choices) {
            on_offer[static_cast<std::size_t>(scene_index)][static_cast<std::size_t>(c)] = 1;
            const Choice& choice = scene.choices[static_cast<std::size_t>(c)];
            after = variables;
            apply_changes(choice.changes, after);
            if (seen.size() >= limits.max_states) {
                report.states_truncated = true;
                continue;
            }
            if (seen.insert(state_key(choice.target_scene, after)).second) queue.push_back({choice.target_scene, after});
        }
    }
    report.states = seen.size();
    // What was never reached, shown or offered is known only once every story state was seen.
    if (report.states_truncated) return;
    for (std::size_t s = 0; s < scenario.scenes.size(); ++s) {
        if (!reached[s]) {
            report.unreachable.push_back(static_cast<int>(s));
            continue;
        }
        for (std::size_t d = 0; d < shown[s].size(); ++d)
            if (!shown[s][d]) report.details_never_shown.push_back({static_cast<int>(s), static_cast<int>(d)});
        for (std::size_t c = 0; c < on_offer[s].size(); ++c)
            if (!on_offer[s][c]) report.choices_never_offered.push_back({static_cast<int>(s), static_cast<int>(c)});
    }
}

// Walks every path depth-first, keeping the totals a score needs as it goes and undoing them on
// the way back, so a path costs what its steps cost and nothing is copied.
class PathWalker {
public:
    PathWalker(const Scenario& scenario, const Catalog& catalog, const ExploreLimits& limits, ExplorationReport& report)
        : scenario_(scenario), catalog_(catalog), tables_(scenario, catalog), limits_(limits), report_(report),
          shown_count_(tables_.detail_indicator.size(), 0), indicator_count_(tables_.indicator_weight.size(), 0) {}

    void run() {
        enter(scenario_.start, initial_variables(scenario_));
        while (depth_ > 0) {
            Frame& top = stack_[depth_ - 1];
            const Scene& scene = scenario_.scenes[static_cast<std::size_t>(top.scene)];
            if (scene.is_ending || top.next >= top.offered.size() || out_of_budget()) {
                if (!scene.is_ending && top.next < top.offered.size()) report_.paths_truncated = true;
                leave();
                continue;
            }
            if (depth_ >= limits_.max_depth) {
                report_.paths_truncated = true;
                leave();
                continue;
            }
            int c = top.offered[top.next++];
            const Choice& choice = scene.choices[static_cast<std::size_t>(c)];
            after_ = top.variables;
            apply_changes(choice.changes, after_);
            if (on_path_.count(state_key(choice.target_scene, after_))) {
                report_.has_loops = true;
                continue;
            }
            take(top, c);
            enter(choice.target_scene, after_);  // `top` may move: the stack can grow
        }
        auto steps = [&](ScoredPath& path, const std::vector<int>& choices, FlagPolicy policy) {
            if (path.ending >= 0) path.steps = with_flags(scenario_, catalog(), choices, policy);
        };
        steps(report_.best, best_choices_, FlagPolicy::signs);
        steps(report_.worst, worst_choices_, FlagPolicy::neutral_details);
        steps(report_.best_failing, best_failing_choices_, FlagPolicy::signs);
        steps(report_.worst_passing, worst_passing_choices_, FlagPolicy::signs);
    }

private:
    struct Frame {
        int scene = 0;
        std::vector<int> variables;
        std::vector<int> offered;
        std::size_t next = 0;
        std::vector<int> newly_shown;  // global detail numbers first shown on entering here
        int taken = -1;                // the choice followed from here, while it is on the path
    };

    const Catalog& catalog() const { return catalog_; }

    bool out_of_budget() const { return report_.paths >= limits_.max_paths || steps_ >= limits_.max_steps; }

    // Frames below the top are reused, vectors and all, so a step allocates nothing once the
    // walk has been that deep before.
    void enter(int scene_index, const std::vector<int>& variables) {
        ++steps_;
        const Scene& scene = scenario_.scenes[static_cast<std::size_t>(scene_index)];
        if (depth_ == stack_.size()) stack_.emplace_back();
        Frame& frame = stack_[depth_++];
        frame.scene = scene_index;
        frame.variables = variables;
        frame.offered.clear();
        frame.next = 0;
        frame.newly_shown.clear();
        frame.taken = -1;
        visible(scene, frame.variables, details_);
        for (int d : details_) {
            int slot = tables_.detail_slot[static_cast<std::size_t>(scene_index)][static_cast<std::size_t>(d)];
            if (shown_count_[static_cast<std::size_t>(slot)]++ > 0) continue;
            frame.newly_shown.push_back(slot);
            int indicator = tables_.detail_indicator[static_cast<std::size_t>(slot)];
            if (indicator < 0) ++totals_.neutral_shown;
            else if (indicator_count_[static_cast<std::size_t>(indicator)]++ == 0)
                totals_.shown_weight += tables_.indicator_weight[static_cast<std::size_t>(indicator)];
        }
        if (scene.is_ending) record_ending(scene_index, scene.outcome);
        else offered(scene, frame.variables, frame.offered);
        on_path_.insert(state_key(scene_index, frame.variables));
    }

    void leave() {
        Frame& top = stack_[depth_ - 1];
        for (int slot : top.newly_shown) {
            --shown_count_[static_cast<std::size_t>(slot)];
            int indicator = tables_.detail_indicator[static_cast<std::size_t>(slot)];
            if (indicator < 0) --totals_.neutral_shown;
            else if (--indicator_count_[static_cast<std::size_t>(indicator)] == 0)
                totals_.shown_weight -= tables_.indicator_weight[static_cast<std::size_t>(indicator)];
        }
        on_path_.erase(state_key(top.scene, top.variables));
        if (--depth_ > 0) untake(stack_[depth_ - 1]);
    }

    // Adds a decision's totals: what it cost, and whether it was a moment for a good practice.
    void take(Frame& from, int choice) {
        from.taken = choice;
        const std::size_t s = static_cast<std::size_t>(from.scene);
        totals_.harm_cost += tables_.choice_cost[s][static_cast<std::size_t>(choice)];
        totals_.graves += tables_.choice_grave[s][static_cast<std::size_t>(choice)];
        bool opportunity = false;
        for (int c : from.offered) opportunity |= tables_.choice_practice[s][static_cast<std::size_t>(c)] != 0;
        totals_.opportunities += opportunity;
        totals_.practices += opportunity && tables_.choice_practice[s][static_cast<std::size_t>(choice)];
        choices_.push_back(choice);
    }

    void untake(Frame& from) {
        if (from.taken < 0) return;
        const std::size_t s = static_cast<std::size_t>(from.scene);
        const int choice = from.taken;
        totals_.harm_cost -= tables_.choice_cost[s][static_cast<std::size_t>(choice)];
        totals_.graves -= tables_.choice_grave[s][static_cast<std::size_t>(choice)];
        bool opportunity = false;
        for (int c : from.offered) opportunity |= tables_.choice_practice[s][static_cast<std::size_t>(c)] != 0;
        totals_.opportunities -= opportunity;
        totals_.practices -= opportunity && tables_.choice_practice[s][static_cast<std::size_t>(choice)];
        choices_.pop_back();
        from.taken = -1;
    }

    void record_ending(int scene, Outcome outcome) {
        ++report_.paths;
        ScoreInputs in;
        in.shown_weight = totals_.shown_weight;
        in.neutral_shown = totals_.neutral_shown;
        in.harm_cost = totals_.harm_cost;
        in.grave_harm = totals_.graves > 0;
        in.practice_opportunities = totals_.opportunities;
        in.practice_decisions = totals_.practices;
        in.finished = true;
        in.outcome = outcome;
        ScoreInputs signs = in;  // every sign shown is flagged, no neutral detail is
        signs.found_weight = in.shown_weight;
        ScoreInputs profiling = in;  // every neutral detail shown is flagged, no sign is
        profiling.wrong_flags = totals_.neutral_shown;
        const ScoreCard good = score(signs);
        consider(report_.best, best_choices_, good, scene, true, true);
        consider(report_.worst, worst_choices_, score(profiling), scene, false, true);
        if (good.passed) consider(report_.worst_passing, worst_passing_choices_, good, scene, false, false);
        else consider(report_.best_failing, best_failing_choices_, good, scene, true, false);
    }

    // A better path passes where the current one does not (when `passing_first`), then scores
    // higher (maximise) or lower; ties go to the shorter path, so the path shown to a trainee is
    // the most direct one.
    void consider(ScoredPath& current, std::vector<int>& kept, const ScoreCard& card, int scene, bool maximise,
                  bool passing_first) {
        bool better = current.ending < 0;
        if (!better && passing_first && card.passed != current.score.passed) better = card.passed == maximise;
        else if (!better)
            better = card.overall != current.score.overall
                         ? (maximise ? card.overall > current.score.overall : card.overall < current.score.overall)
                         : choices_.size() < current.decisions;
        if (!better) return;
        current = {{}, card, scene, choices_.size()};
        kept = choices_;
    }

    struct Totals {
        int shown_weight = 0, neutral_shown = 0, harm_cost = 0, graves = 0, opportunities = 0, practices = 0;
    };

    const Scenario& scenario_;
    const Catalog& catalog_;
    Tables tables_;
    const ExploreLimits& limits_;
    ExplorationReport& report_;
    std::vector<int> shown_count_, indicator_count_;
    Totals totals_;
    std::vector<Frame> stack_;  // frames [0, depth_) are the path; the rest wait to be reused
    std::size_t depth_ = 0;
    std::vector<int> after_, details_;
    std::unordered_set<std::string> on_path_;
    std::vector<int> choices_, best_choices_, worst_choices_, best_failing_choices_, worst_passing_choices_;
    std::size_t steps_ = 0;
};

}  // namespace

std::vector<Step> with_flags(const Scenario& scenario, const Catalog& catalog, const std::vector<int>& choices,
                             FlagPolicy policy) {
    Runner runner(scenario, catalog, ChoiceOrder::authored());  // choices are named by authored index
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
    walk_states(scenario, limits, report);
    PathWalker(scenario, catalog, limits, report).run();
    return report;
}

}  // namespace senales
