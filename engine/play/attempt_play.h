#pragma once
// One attempt at a scenario as a trainee plays it, in the window or in the terminal: the story
// (a Runner) and its record, each step saved as it is taken and the result once the story ends.
// Without a recorder (no trainee given in the terminal) it plays the same and saves nothing.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/debrief.h"
#include "core/runner.h"
#include "core/scenario.h"

namespace senales::records {
class AttemptRecorder;
}

namespace senales::play {

class AttemptPlay {
public:
    // A new attempt from the start, its choices shown in `order`.
    AttemptPlay(const Scenario& scenario, const Catalog& catalog, const Lang& lang, ChoiceOrder order,
                records::AttemptRecorder* recorder);
    // Goes on with an attempt saved before, which `recorder` already writes to: its steps are
    // replayed; if one no longer applies, the story goes on from the last one that does.
    struct Continuing {
        ChoiceOrder order;
        std::vector<Step> steps;
    };
    AttemptPlay(const Scenario& scenario, const Catalog& catalog, const Lang& lang, Continuing saved,
                records::AttemptRecorder* recorder);

    const Scenario& scenario() const { return scenario_; }
    const Runner& runner() const { return runner_; }
    bool finished() const { return runner_.finished(); }
    // How many of the saved steps replayed (all of them, unless the scenario changed under it).
    std::size_t replayed() const { return replayed_; }

    // Each returns a message when the step is not allowed now, and then changes nothing.
    std::optional<std::string> apply(const Step& step, ChoiceFeedback* feedback = nullptr);
    // `number` is 1-based among the choices on offer, as the trainee sees them.
    std::optional<std::string> choose_offered(int number, ChoiceFeedback* feedback = nullptr);
    // Flags the detail, or takes its flag back.
    std::optional<std::string> toggle_flag(const std::string& detail_id);

    // A new attempt from the start, in a new order: starting over must not be a way to learn
    // which position the good choices take.
    void restart(ChoiceOrder order);
    // A new attempt that keeps the steps before decision `index`, so the trainee tries it again.
    void rewind_to_decision(std::size_t index);
    // The trainee left: the attempt stays in the records as abandoned.
    void abandon();

    // The core's facts of this path; its result is what the records keep.
    const DebriefFacts& facts() const;

private:
    void start_recording(bool rewound = false);
    void save_steps();  // the steps taken since the last save
    void finish_if_ended();

    const Scenario& scenario_;
    const Catalog& catalog_;
    Lang lang_;
    Runner runner_;
    records::AttemptRecorder* recorder_;
    std::size_t saved_ = 0;  // of the runner's steps, those in the records
    std::size_t replayed_ = 0;
    bool recorded_end_ = false;
    mutable std::optional<DebriefFacts> facts_;
};

}  // namespace senales::play
