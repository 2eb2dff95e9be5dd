#pragma once
// The debrief's own sentences in both languages. Kept apart from the assembly so that wording can
// be reviewed by trainers without reading the logic.

#include <string>

#include "path_facts.h"
#include "scoring.h"
#include "text.h"

namespace senales::wording {

std::string competency_name(Competency competency, Lang lang);
std::string recognition_sentence(int found, int shown, int wrong_flags, Lang lang);
std::string do_no_harm_sentence(int harms, int grave, Lang lang);
std::string protection_sentence(int taken, int opportunities, Lang lang);
std::string outcome_sentence(bool finished, Outcome outcome, Lang lang);

}  // namespace senales::wording
