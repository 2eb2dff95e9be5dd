#include "class_summary.h"

#include <algorithm>
#include <map>

#include "records/attempt.h"

namespace senales::play {

namespace {

std::vector<std::pair<std::string, int>> ranked(const std::map<std::string, int>& counts, std::size_t top) {
    std::vector<std::pair<std::string, int>> list(counts.begin(), counts.end());
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (list.size() > top) list.resize(top);
    return list;
}

}  // namespace

std::vector<ScenarioSummary> class_summary(const std::vector<records::Attempt>& attempts, std::size_t top) {
    struct Tally {
        ScenarioSummary summary;
        std::map<std::string, int> missed, harms;
    };
    std::map<std::string, Tally> by_scenario;
    for (const records::Attempt& attempt : attempts) {
        if (attempt.status != records::AttemptStatus::finished || !attempt.result) continue;
        Tally& tally = by_scenario[attempt.scenario];
        ScenarioSummary& s = tally.summary;
        s.scenario = attempt.scenario;
        // Its pass meant less than a pass means now, and its scores were computed otherwise.
        if (!attempt.result->current_rule()) {
            ++s.old_rule;
            continue;
        }
        if (attempt.rewound) {
            ++s.rewound;
            continue;
        }
        ++s.attempts;
        s.passed += attempt.result->counts_as_pass();
        for (std::size_t i = 0; i < 4; ++i) s.mean_competencies[i] += attempt.result->competencies[i];
        s.mean_overall += attempt.result->overall;
        for (const std::string& id : attempt.result->missed) ++tally.missed[id];
        for (const std::string& id : attempt.result->harms) ++tally.harms[id];
    }
    std::vector<ScenarioSummary> out;
    for (auto& [id, tally] : by_scenario) {
        ScenarioSummary& s = tally.summary;
        for (double& mean : s.mean_competencies) mean /= std::max(s.attempts, 1);
        s.mean_overall /= std::max(s.attempts, 1);
        s.most_missed = ranked(tally.missed, top);
        s.most_harms = ranked(tally.harms, top);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace senales::play
