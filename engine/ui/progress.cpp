#include "progress.h"

#include <algorithm>

namespace senales::ui {

void MemoryProgress::record(const std::string& trainee, const std::string& scenario, const ScoreCard& score) {
    auto [at, inserted] = best_.try_emplace({trainee, scenario}, score.overall);
    if (!inserted) at->second = std::max(at->second, score.overall);
}

std::optional<int> MemoryProgress::best(const std::string& trainee, const std::string& scenario) const {
    auto at = best_.find({trainee, scenario});
    if (at == best_.end()) return std::nullopt;
    return at->second;
}

}  // namespace senales::ui
