// What My progress and the scenario list show: a best score only from attempts scored under
// today's rule, and each attempt's verdict.

#include <gtest/gtest.h>

#include "play/progress.h"
#include "records/attempt.h"

namespace senales::play {
namespace {

records::Attempt attempt(const std::string& scenario, std::optional<int> overall, bool passed, int rule = rules::kScoringRule) {
    records::Attempt a;
    a.scenario = scenario;
    a.started = "2026-11-25T10:00:00Z";
    a.status = overall ? records::AttemptStatus::finished : records::AttemptStatus::abandoned;
    if (overall) {
        records::AttemptResult r;
        r.overall = *overall;
        r.passed = passed;
        r.scoring_rule = rule;
        a.result = r;
    }
    records::RecordedStep choice;
    choice.step.kind = Step::Kind::choose;
    records::RecordedStep flag;
    flag.step.kind = Step::Kind::flag;
    a.steps = {flag, choice, choice};
    return a;
}

TEST(Progress, TheBestScoreComesOnlyFromAttemptsUnderTodaysRule) {
    const Progress p = progress_of({attempt("bar", 95, true, 1), attempt("bar", 72, true), attempt("bar", 40, false),
                                    attempt("job", std::nullopt, false), attempt("old_only", 80, true, 1)});
    EXPECT_EQ(p.best_score("bar"), 72) << "95 was a pass under the old, weaker rule";
    EXPECT_EQ(p.best_score("old_only"), std::nullopt);
    EXPECT_EQ(p.best_score("job"), std::nullopt) << "abandoned";
    ASSERT_EQ(p.best.size(), 1u);
    EXPECT_EQ(p.best[0].finished, 2);
    EXPECT_EQ(p.scores, (std::vector<int>{95, 72, 40, 80}));
}

TEST(Progress, EachAttemptSaysHowItEnded) {
    const Progress p = progress_of({attempt("bar", 95, true, 1), attempt("bar", 72, true), attempt("bar", 40, false),
                                    attempt("job", std::nullopt, false)});
    ASSERT_EQ(p.attempts.size(), 4u);
    EXPECT_EQ(p.attempts[0].verdict, Verdict::passed_old_rule);
    EXPECT_FALSE(p.attempts[0].counts_as_pass());
    EXPECT_EQ(p.attempts[1].verdict, Verdict::passed);
    EXPECT_TRUE(p.attempts[1].counts_as_pass());
    EXPECT_EQ(p.attempts[2].verdict, Verdict::not_passed);
    EXPECT_EQ(p.attempts[3].state, AttemptState::abandoned);
    EXPECT_EQ(p.attempts[3].verdict, Verdict::none);
    EXPECT_EQ(p.attempts[3].decisions, 2u) << "flags are not decisions";
    EXPECT_NE(p.attempts[0].started.find("2026-11-25"), std::string::npos);
}

TEST(Progress, AnAttemptTriedAgainFromADecisionIsNeverTheBestScore) {
    records::Attempt again = attempt("bar", 100, true);
    again.rewound = true;
    const Progress p = progress_of({attempt("bar", 55, false), again});
    EXPECT_EQ(p.best_score("bar"), 55);
    EXPECT_TRUE(p.attempts[1].rewound);
}

}  // namespace
}  // namespace senales::play
