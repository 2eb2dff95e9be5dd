#pragma once
// What is kept of each playthrough: who, which scenario (and which version of it), when, every
// step, and what the debrief concluded. Plain data, shared by the store, the exports and screens.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/debrief.h"
#include "core/scenario.h"
#include "core/scoring.h"
#include "core/story_state.h"

namespace senales::records {

enum class AttemptStatus { in_progress, finished, abandoned };

struct RecordedStep {
    Step step;              // for a choice: its authored index, -1 when only its id was recorded
    std::string choice_id;  // the choice's stable id; empty in steps recorded before ids
    std::string scene;      // scene id where the step was taken
    std::string at;         // ISO 8601 UTC
};

struct AttemptResult {
    std::string ending;
    std::string outcome;                // good | mixed | bad
    std::array<int, 4> competencies{};  // recognition, do no harm, protection, outcome
    int overall = 0;
    bool passed = false;     // under `scoring_rule`
    bool grave_harm = false;
    int scoring_rule = rules::kScoringRule;  // the rule it was scored under (scoring.h)
    std::vector<std::string> found, missed, wrongly_flagged, harms, practices;

    // Scored under today's rule, so its pass or fail means what a pass means now.
    bool current_rule() const { return scoring_rule == rules::kScoringRule; }
    // A pass that can be reported as one: under an older, weaker rule it is not.
    bool counts_as_pass() const { return passed && current_rule(); }
};

struct Attempt {
    std::int64_t id = 0;     // this file's row: never leaves it
    std::string uuid;        // the attempt everywhere: exports, record stores, merged files
    std::string trainee;
    std::string pseudonym;  // random id of the trainee, for exports
    std::string scenario;
    std::string content_hash;
    std::string lang;
    std::string started;
    std::optional<std::uint32_t> seed;  // of the choice order; none for attempts recorded before seeds
    std::optional<std::string> ended;
    AttemptStatus status = AttemptStatus::in_progress;
    std::optional<AttemptResult> result;  // when finished
    std::vector<RecordedStep> steps;
    std::vector<std::string> resumed;  // when it was taken up again, oldest first
    std::string class_name;  // the class its trainee joined for it, as named; empty for none
    bool guest = false;    // a guest session's; `trainee` is then its key, not a name
    // Tried again from a decision after the debrief of the attempt it came from: its result says
    // what the trainee did after seeing the answers, so it is never a best score or in a pass rate.
    bool rewound = false;
};

std::string_view to_string(AttemptStatus status);

// How the attempt's choices were ordered: from its seed, or as written for an old attempt.
ChoiceOrder choice_order(const Attempt& attempt);

// The attempt's steps as `scenario` can replay them: choices found by their id in the scene they
// were taken in (or, for steps recorded before ids, by their position). Stops before the first
// step that no longer fits the scenario.
std::vector<Step> replayable_steps(const Attempt& attempt, const Scenario& scenario);

// What the store keeps of a debrief: ids and scores, in no language.
AttemptResult result_of(const DebriefFacts& facts, const Scenario& scenario);

// Now, as ISO 8601 UTC ("2026-11-25T14:03:09Z").
std::string iso8601_now();
// Seconds since 1970 of such a timestamp; nullopt when it is not of that form.
std::optional<long long> epoch_seconds(const std::string& iso);
// Seconds between two such timestamps; nullopt when either is not of that form.
std::optional<long long> seconds_between(const std::string& from, const std::string& to);
// Such a timestamp as this machine's local time, "2026-11-25 08:03", for people to read.
std::optional<std::string> local_time_text(const std::string& iso);
// 128 random bits as 32 hex digits.
std::string random_hex_id();

}  // namespace senales::records
