#pragma once
// Everything that changes while a scenario is played, and nothing else: this is what gets saved,
// replayed and scored. The scenario itself never changes during play.

#include <cstdint>
#include <string>
#include <vector>

namespace senales {

// How an attempt orders the choices of each decision (see choice_order.h). Kept with the attempt,
// so that resuming it, rewinding it or replaying it shows the same order as before.
struct ChoiceOrder {
    std::uint32_t seed = 0;
    bool as_written = false;  // only for authors (`--authored-order`) and attempts recorded before seeds

    static ChoiceOrder shuffled(std::uint32_t seed) { return {seed, false}; }
    static ChoiceOrder authored() { return {0, true}; }
};

// One thing the trainee did. Choices are stored by their index in the scene as authored, so a
// saved path still means the same thing when it is replayed.
struct Step {
    enum class Kind { choose, flag, unflag } kind = Kind::choose;
    int choice = -1;     // authored index within the scene, for choose
    std::string detail;  // detail id, for flag and unflag
};

// A choice made, with what else was on offer at that moment (for the debrief's timeline).
struct Decision {
    int scene = 0;
    int chosen = 0;               // authored choice index
    std::vector<int> offered;     // authored indices of every choice offered, in display order
    std::size_t step_index = 0;   // position of the choose step in StoryState::steps
};

// A detail the trainee was shown, and in which scene.
struct ShownDetail {
    int scene = 0;
    int detail = 0;  // index within the scene
};

struct StoryState {
    ChoiceOrder order;
    int scene = 0;
    std::vector<int> variables;
    std::vector<int> visible_details;   // indices in the current scene, fixed when it was entered
    std::vector<ShownDetail> shown;     // every detail shown so far, in order, each once
    std::vector<std::string> flagged;   // detail ids in the notebook, in the order flagged
    std::vector<int> visited;           // scene indices in order, the current one last
    std::vector<Decision> decisions;
    std::vector<Step> steps;

    bool is_flagged(const std::string& detail) const;
};

}  // namespace senales
