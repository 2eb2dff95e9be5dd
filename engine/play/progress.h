#pragma once
// What "My progress" and the scenario list show of one trainee's records: every attempt with its
// verdict, the scores in order, and the best score per scenario. Only attempts played from the
// start and scored under today's rule give a best score: an older pass meant less than a pass
// means now, and an attempt tried again from a decision was played after seeing the answers.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace senales::records {
struct Attempt;
}

namespace senales::play {

enum class AttemptState { in_progress, finished, abandoned };
enum class Verdict { none, passed, not_passed, passed_old_rule, not_passed_old_rule };

struct AttemptLine {
    std::string scenario;
    std::string started;  // this machine's local time, "2026-11-25 08:03"
    AttemptState state = AttemptState::in_progress;
    std::optional<int> overall;  // once finished
    Verdict verdict = Verdict::none;
    std::size_t decisions = 0;
    bool rewound = false;  // tried again from a decision after its debrief: never a best score
    bool counts_as_pass() const { return verdict == Verdict::passed; }
    bool old_rule() const { return verdict == Verdict::passed_old_rule || verdict == Verdict::not_passed_old_rule; }
};

struct ScenarioBest {
    std::string scenario;
    int best = 0;
    int finished = 0;  // attempts scored under today's rule
};

struct Progress {
    std::vector<AttemptLine> attempts;  // oldest first
    std::vector<int> scores;            // of every finished attempt, oldest first
    std::vector<ScenarioBest> best;     // per scenario, in the order first finished under today's rule

    std::optional<int> best_score(const std::string& scenario) const;
};

Progress progress_of(const std::vector<records::Attempt>& attempts);

// When an attempt started, for people to read: local time, or the timestamp as it is.
std::string local_time(const std::string& iso);

}  // namespace senales::play
