#pragma once
// Advances a story: what the trainee sees now, what they may do, and what follows. Deterministic:
// the same steps from the same scenario always give the same state.

#include <optional>
#include <string>
#include <vector>

#include "catalog.h"
#include "choice_order.h"
#include "scenario.h"
#include "story_state.h"

namespace senales {

// The short note a trainee may see right after a tagged choice.
struct ChoiceFeedback {
    std::vector<std::string> practices;
    std::vector<std::string> harms;
    Text note;  // the author's note, or the catalog's explanation / what to do instead

    bool empty() const { return practices.empty() && harms.empty(); }
};

class Runner {
public:
    // Every attempt says how its choices are ordered: shuffled from its seed, or (for authors) as
    // written. There is no default, so no caller can forget to shuffle.
    Runner(const Scenario& scenario, const Catalog& catalog, ChoiceOrder order);

    // Back to the start of the story, keeping the attempt's choice order.
    void restart();
    // Continues from a saved state (one this runner's scenario produced).
    void restore(StoryState state) { state_ = std::move(state); }
    const StoryState& state() const { return state_; }
    const Scenario& scenario() const { return scenario_; }
    const Scene& scene() const;
    bool finished() const { return scene().is_ending; }

    // Detail indices visible in the current scene, and the authored indices of the choices on
    // offer now, in the order shown (the attempt's shuffle).
    const std::vector<int>& visible_details() const { return state_.visible_details; }
    std::vector<int> available_choices() const;

    // Each action returns an error message for the trainee (or author of --steps) when it is not
    // allowed right now; the state is then unchanged.
    std::optional<std::string> flag(const std::string& detail_id);
    std::optional<std::string> unflag(const std::string& detail_id);
    std::optional<std::string> choose_authored(int authored_index, ChoiceFeedback* feedback = nullptr);
    // By the choice's stable id, as records and the machine protocol name it.
    std::optional<std::string> choose_id(const std::string& choice_id, ChoiceFeedback* feedback = nullptr);
    // `number` is 1-based among the choices on offer, as a trainee sees them.
    std::optional<std::string> choose_offered(int number, ChoiceFeedback* feedback = nullptr);
    std::optional<std::string> apply(const Step& step, ChoiceFeedback* feedback = nullptr);

    // Replays steps from the start; stops at the first step that is not allowed.
    std::optional<std::string> replay(const std::vector<Step>& steps);
    // Goes back to just before decision `index` was taken (flags made before it are kept).
    void rewind_to_decision(std::size_t index);

private:
    void enter(int scene);
    ChoiceFeedback feedback_for(const Choice& choice) const;

    const Scenario& scenario_;
    const Catalog& catalog_;
    StoryState state_;
};

// Parses "--steps" input: "2,flag:manager_answers,unflag:x,1". Numbers are 1-based among the
// choices on offer; they are resolved against the story as it is replayed.
struct StepInput {
    enum class Kind { choose, flag, unflag } kind = Kind::choose;
    int number = 0;
    std::string detail;
};
std::optional<std::vector<StepInput>> parse_steps(const std::string& text, std::string* error);

}  // namespace senales
