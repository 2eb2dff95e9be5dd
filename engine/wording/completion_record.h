#pragma once
// A trainee's completion record: one printable HTML page, in the trainee's language, that opens
// offline in any browser (no script, no file beside it). It names the scenarios passed, when, and
// the competencies' scores; never an answer, a choice or a sign the trainee flagged or missed.

#include <array>
#include <string>
#include <vector>

#include "core/text.h"
#include "wording.h"

namespace senales {

struct CompletedScenario {
    std::string id;          // the scenario's
    Text title;
    std::string passed_on;   // the date, as people read it ("2026-11-25")
    int overall = 0;
    std::array<int, 4> competencies{};  // recognition, do no harm, protection, outcome
};

struct CompletionRecord {
    std::string trainee;     // the name, as typed
    std::string written_on;  // the date the record was made
    std::vector<CompletedScenario> passed;
    int scenarios_attempted = 0;
};

std::string completion_record_html(const CompletionRecord& record, const Wording& words);

}  // namespace senales
