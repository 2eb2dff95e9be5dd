#pragma once
// The debrief's own sentences in both languages. Kept apart from the assembly so that wording can
// be reviewed by trainers without reading the logic.

#include <string>

#include "path_facts.h"
#include "scoring.h"
#include "text.h"

namespace senales::wording {

std::string competency_name(Competency competency, Lang lang);
std::string recognition_sentence(int found, int shown, int wrong_flags, int neutral_shown, Lang lang);
std::string do_no_harm_sentence(int harmful_decisions, int grave, Lang lang);
std::string protection_sentence(int taken, int opportunities, Lang lang);
std::string outcome_sentence(bool finished, Outcome outcome, Lang lang);
// Why the playthrough did not pass, for one of the rules it missed.
std::string shortfall_sentence(Shortfall shortfall, const ScoreCard& card, Lang lang);

}  // namespace senales::wording
