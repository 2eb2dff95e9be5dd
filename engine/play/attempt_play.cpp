#include "attempt_play.h"

#include <algorithm>

#include "records/attempt_recorder.h"

namespace senales::play {

AttemptPlay::AttemptPlay(const Scenario& scenario, const Catalog& catalog, const Lang& lang, ChoiceOrder order,
                         records::AttemptRecorder* recorder)
    : scenario_(scenario), catalog_(catalog), lang_(lang), runner_(scenario, catalog, order), recorder_(recorder) {
    start_recording();
}

AttemptPlay::AttemptPlay(const Scenario& scenario, const Catalog& catalog, const Lang& lang, Continuing saved,
                         records::AttemptRecorder* recorder)
    : scenario_(scenario), catalog_(catalog), lang_(lang), runner_(scenario, catalog, saved.order), recorder_(recorder) {
    runner_.replay(saved.steps);
    // The steps kept are in the records already; only what is taken from here on is saved.
    replayed_ = std::min(saved.steps.size(), runner_.state().steps.size());
    saved_ = replayed_;
    save_steps();
    finish_if_ended();
}

std::optional<std::string> AttemptPlay::apply(const Step& step, ChoiceFeedback* feedback) {
    if (auto error = runner_.apply(step, feedback)) return error;
    facts_.reset();
    save_steps();
    finish_if_ended();
    return std::nullopt;
}

std::optional<std::string> AttemptPlay::choose_offered(int number, ChoiceFeedback* feedback) {
    if (runner_.finished()) return std::string("the story has already ended");
    const std::vector<int> offered = runner_.available_choices();
    if (number < 1 || number > static_cast<int>(offered.size()))
        return "there is no choice " + std::to_string(number) + " in scene \"" + runner_.scene().id + "\" (choose 1 to " +
               std::to_string(offered.size()) + ")";
    return apply({Step::Kind::choose, offered[static_cast<std::size_t>(number - 1)], {}}, feedback);
}

std::optional<std::string> AttemptPlay::toggle_flag(const std::string& detail_id) {
    const bool flagged = runner_.state().is_flagged(detail_id);
    return apply({flagged ? Step::Kind::unflag : Step::Kind::flag, -1, detail_id});
}

void AttemptPlay::restart(ChoiceOrder order) {
    runner_.restore(Runner(scenario_, catalog_, order).state());
    facts_.reset();
    start_recording();
}

void AttemptPlay::rewind_to_decision(std::size_t index) {
    if (index >= runner_.state().decisions.size()) return;
    runner_.rewind_to_decision(index);
    facts_.reset();
    start_recording(true);  // the steps up to that decision belong to the new attempt
}

void AttemptPlay::abandon() {
    if (recorder_ && !recorded_end_) recorder_->abandon();
}

const DebriefFacts& AttemptPlay::facts() const {
    if (!facts_) facts_ = debrief_facts(scenario_, catalog_, runner_.state());
    return *facts_;
}

void AttemptPlay::start_recording(bool rewound) {
    recorded_end_ = false;
    saved_ = 0;
    if (!recorder_) return;
    recorder_->start(scenario_, lang_, runner_.state().order, rewound);  // abandons the one before, if open
    save_steps();
}

void AttemptPlay::save_steps() {
    const StoryState& state = runner_.state();
    if (!recorder_) {
        saved_ = state.steps.size();
        return;
    }
    // A step was taken in the scene of the first decision at or after it, or else in this one.
    std::size_t decision = 0;
    for (std::size_t k = saved_; k < state.steps.size(); ++k) {
        while (decision < state.decisions.size() && state.decisions[decision].step_index < k) ++decision;
        const int scene = decision < state.decisions.size() ? state.decisions[decision].scene : state.scene;
        recorder_->step(state.steps[k], scenario_.scenes[static_cast<std::size_t>(scene)]);
    }
    saved_ = state.steps.size();
}

void AttemptPlay::finish_if_ended() {
    if (!runner_.finished() || recorded_end_) return;
    recorded_end_ = true;
    if (recorder_ && recorder_->recording()) recorder_->finish(facts(), scenario_);
}

}  // namespace senales::play
