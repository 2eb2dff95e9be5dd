#include "progress.h"

#include <algorithm>

#include "records/attempt.h"

namespace senales::play {

namespace {

AttemptState state_of(records::AttemptStatus status) {
    switch (status) {
        case records::AttemptStatus::finished: return AttemptState::finished;
        case records::AttemptStatus::in_progress: return AttemptState::in_progress;
        case records::AttemptStatus::abandoned: return AttemptState::abandoned;
    }
    return AttemptState::in_progress;
}

Verdict verdict_of(const records::Attempt& attempt) {
    if (!attempt.result) return Verdict::none;
    if (!attempt.result->current_rule()) return attempt.result->passed ? Verdict::passed_old_rule : Verdict::not_passed_old_rule;
    return attempt.result->passed ? Verdict::passed : Verdict::not_passed;
}

std::size_t decisions_in(const records::Attempt& attempt) {
    std::size_t n = 0;
    for (const records::RecordedStep& recorded : attempt.steps) n += recorded.step.kind == Step::Kind::choose;
    return n;
}

}  // namespace

std::string local_time(const std::string& iso) { return records::local_time_text(iso).value_or(iso); }

std::optional<int> Progress::best_score(const std::string& scenario) const {
    for (const ScenarioBest& b : best)
        if (b.scenario == scenario) return b.best;
    return std::nullopt;
}

Progress progress_of(const std::vector<records::Attempt>& attempts) {
    Progress progress;
    for (const records::Attempt& attempt : attempts) {
        AttemptLine line;
        line.scenario = attempt.scenario;
        line.started = local_time(attempt.started);
        line.state = state_of(attempt.status);
        line.verdict = verdict_of(attempt);
        line.decisions = decisions_in(attempt);
        line.rewound = attempt.rewound;
        if (attempt.result) {
            line.overall = attempt.result->overall;
            progress.scores.push_back(attempt.result->overall);
            if (attempt.result->current_rule() && !attempt.rewound) {
                auto best = std::find_if(progress.best.begin(), progress.best.end(),
                                         [&](const ScenarioBest& b) { return b.scenario == attempt.scenario; });
                if (best == progress.best.end()) best = progress.best.insert(progress.best.end(), {attempt.scenario});
                best->best = std::max(best->best, attempt.result->overall);
                ++best->finished;
            }
        }
        progress.attempts.push_back(std::move(line));
    }
    return progress;
}

}  // namespace senales::play
