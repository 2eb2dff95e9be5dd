#pragma once
// The terminal's view of a playthrough: each scene as the trainee meets it, what they did, the
// ending and the debrief. Also the text that golden transcripts compare.

#include <ostream>

#include "core/debrief.h"
#include "core/runner.h"

namespace senales {

class Transcript {
public:
    Transcript(std::ostream& out, Lang lang) : out_(out), lang_(lang) {}

    void title(const Scenario& scenario);
    void order(const ChoiceOrder& order);  // how the choices are ordered, so the run can be replayed
    void scene(const Runner& runner);  // the scene, its details and the choices on offer
    void flagged(const Runner& runner, const std::string& detail, bool now_flagged);
    void chose(const Runner& before, int authored_choice);
    void feedback(const ChoiceFeedback& feedback);
    void notebook(const Runner& runner);
    void debrief(const Debrief& debrief);

private:
    const std::string& pick(const std::string& es, const std::string& en) const { return lang_ == Lang::es ? es : en; }

    std::ostream& out_;
    Lang lang_;
};

}  // namespace senales
