#pragma once
// The terminal's view of a playthrough: each scene as the trainee meets it, what they did, the
// ending and the debrief. Also the text that golden transcripts compare.

#include <ostream>

#include "wording/debrief.h"
#include "core/runner.h"

namespace senales {

class Transcript {
public:
    Transcript(std::ostream& out, const Wording& words) : out_(out), w_(words) {}

    void title(const Scenario& scenario);
    void order(const ChoiceOrder& order);  // how the choices are ordered, so the run can be replayed
    void scene(const Runner& runner);  // the scene, its details and the choices on offer
    void flagged(const Runner& runner, const std::string& detail, bool now_flagged);
    void chose(const Runner& before, int authored_choice);
    void feedback(const ChoiceFeedback& feedback);
    void notebook(const Runner& runner);
    void debrief(const Debrief& debrief);

private:
    const std::string& ui(const std::string& key) const { return w_.ui(key); }

    std::ostream& out_;
    const Wording& w_;
};

}  // namespace senales
