#include <gtest/gtest.h>

#include <algorithm>


#include "play/class_summary.h"
#include "records/exports.h"

using namespace senales;
using namespace senales::records;
using play::class_summary;
using play::ScenarioSummary;

namespace {

Attempt finished(std::int64_t id, const std::string& trainee, bool passed, int overall,
                 std::vector<std::string> missed = {}, std::vector<std::string> harms = {}) {
    Attempt a;
    a.id = id;
    a.trainee = trainee;
    a.pseudonym = "5f0c" + std::to_string(id * 7919);
    a.scenario = "bar_inspection";
    a.content_hash = "abc";
    a.lang = "es";
    a.started = "2026-11-25T10:00:00Z";
    a.ended = "2026-11-25T10:14:05Z";
    a.status = AttemptStatus::finished;
    AttemptResult r;
    r.ending = "referred";
    r.outcome = passed ? "good" : "bad";
    r.competencies = {overall, overall, overall, overall};
    r.overall = overall;
    r.passed = passed;
    r.missed = std::move(missed);
    r.harms = std::move(harms);
    a.result = r;
    // One step at a time: GCC 12 wrongly warns (maybe-uninitialized) on a nested initializer list.
    const auto step = [&a](Step::Kind kind, const char* choice, const char* detail, const char* scene, const char* at) {
        a.steps.push_back(RecordedStep{Step{kind, -1, detail}, choice, scene, at});
    };
    step(Step::Kind::flag, "", "d", "arrival", "2026-11-25T10:01:00Z");
    step(Step::Kind::choose, "talk_alone", "", "arrival", "2026-11-25T10:02:00Z");
    step(Step::Kind::choose, "call_the_pgn", "", "room", "2026-11-25T10:05:00Z");
    return a;
}

}  // namespace

TEST(Csv, OpensInSpreadsheetsWithAccentsIntact) {
    Attempt a = finished(1, "Ana Pérez, \"la jefa\"", true, 88, {"debt_bondage", "isolation"});
    Attempt b = finished(2, "=HYPERLINK(\"x\")", false, 20);
    b.status = AttemptStatus::in_progress;
    b.result.reset();
    b.ended.reset();
    std::string csv = attempts_csv({a, b});
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF" "attempt,trainee,", 0), 0u);  // UTF-8 BOM first
    EXPECT_NE(csv.find("\r\n1,\"Ana Pérez, \"\"la jefa\"\"\",bar_inspection,abc,es,"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",finished,14,,88,yes,2,88,88,88,88,referred,good,,debt_bondage; isolation,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\r\n2,\"'=HYPERLINK(\"\"x\"\")\",bar_inspection"), std::string::npos) << csv;  // never a formula
    std::size_t rows = 0;
    for (std::size_t at = 0; (at = csv.find("\r\n", at)) != std::string::npos; at += 2) ++rows;
    EXPECT_EQ(rows, 3u);
    std::size_t header_commas = std::count(csv.begin(), csv.begin() + static_cast<long>(csv.find("\r\n")), ',');
    std::string last_row = csv.substr(csv.find("\r\n2,"));
    EXPECT_EQ(static_cast<std::size_t>(std::count(last_row.begin(), last_row.end(), ',')), header_commas + 0u);
}

TEST(ClassSummary, CountsPassRatesMeansAndWhatTheClassMisses) {
    std::vector<Attempt> attempts = {finished(1, "a", true, 90, {"debt_bondage"}),
                                     finished(2, "b", false, 40, {"debt_bondage", "isolation"}, {"arrest_victim"}),
                                     finished(3, "c", true, 80, {"isolation", "debt_bondage"})};
    Attempt unfinished = finished(4, "d", false, 0, {"x"});
    unfinished.status = AttemptStatus::in_progress;
    attempts.push_back(unfinished);
    auto summaries = class_summary(attempts);
    ASSERT_EQ(summaries.size(), 1u);
    const ScenarioSummary& s = summaries[0];
    EXPECT_EQ(s.attempts, 3);
    EXPECT_EQ(s.passed, 2);
    EXPECT_NEAR(s.pass_rate(), 2.0 / 3, 1e-9);
    EXPECT_NEAR(s.mean_overall, 70.0, 1e-9);
    ASSERT_EQ(s.most_missed.size(), 2u);
    EXPECT_EQ(s.most_missed[0], (std::pair<std::string, int>{"debt_bondage", 3}));
    EXPECT_EQ(s.most_missed[1], (std::pair<std::string, int>{"isolation", 2}));
    EXPECT_EQ(s.most_harms[0], (std::pair<std::string, int>{"arrest_victim", 1}));
}

TEST(ClassSummary, AttemptsScoredUnderAnOlderRuleAreCountedApart) {
    Attempt today = finished(1, "a", true, 90, {});
    Attempt old = finished(2, "b", true, 70, {"debt_bondage"});
    old.result->scoring_rule = 1;  // "press 1, flag nothing" passed at 70 under it
    const auto summaries = class_summary({today, old});
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(summaries[0].attempts, 1);
    EXPECT_EQ(summaries[0].passed, 1);
    EXPECT_EQ(summaries[0].old_rule, 1);
    EXPECT_NEAR(summaries[0].mean_overall, 90.0, 1e-9);
    EXPECT_TRUE(summaries[0].most_missed.empty());
}

TEST(Csv, APassUnderAnOlderRuleOrTriedAgainIsNotExportedAsAPass) {
    Attempt old = finished(1, "a", true, 70, {});
    old.result->scoring_rule = 1;
    EXPECT_NE(attempts_csv({old}).find(",70,old rule,1,"), std::string::npos) << attempts_csv({old});
    Attempt again = finished(1, "a", true, 95, {});
    again.rewound = true;
    const std::string csv = attempts_csv({again});
    EXPECT_NE(csv.find(",95,tried again,"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",yes,\r\n"), std::string::npos) << "the tried_again column, then no class" << csv;
}

TEST(ClassSummary, AttemptsTriedAgainFromADecisionAreCountedApart) {
    Attempt fresh = finished(1, "a", false, 40, {"debt_bondage"});
    Attempt again = finished(2, "a", true, 95, {});
    again.rewound = true;
    const auto summaries = class_summary({fresh, again});
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(summaries[0].attempts, 1);
    EXPECT_EQ(summaries[0].passed, 0);
    EXPECT_EQ(summaries[0].rewound, 1);
}
