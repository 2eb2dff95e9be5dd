#pragma once
// What a facilitator needs to see about a class: per scenario, how many finished, how many passed,
// the mean of each competency, and what the class keeps missing or doing wrong.

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace senales::records {
struct Attempt;
}

namespace senales::play {

struct ScenarioSummary {
    std::string scenario;
    int attempts = 0;  // finished ones played from the start under today's rule: the rest is of these
    int passed = 0;
    int old_rule = 0;  // finished ones scored under an earlier, weaker rule: not counted above
    int rewound = 0;   // finished after trying a decision again, answers seen: not counted above
    std::array<double, 4> mean_competencies{};
    double mean_overall = 0;
    std::vector<std::pair<std::string, int>> most_missed;  // indicator id, times missed; most first
    std::vector<std::pair<std::string, int>> most_harms;   // harm id, times committed; most first

    double pass_rate() const { return attempts ? static_cast<double>(passed) / attempts : 0.0; }
};

// One entry per scenario with at least one finished attempt (under any rule), by scenario id; lists keep the top `top`.
std::vector<ScenarioSummary> class_summary(const std::vector<records::Attempt>& attempts, std::size_t top = 5);

}  // namespace senales::play
