#pragma once
// What the scenario list shows beside each scenario: whether this trainee has finished it and
// their best score. Kept in memory for now; the records store will implement the same interface.

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "core/scoring.h"

namespace senales::ui {

class Progress {
public:
    virtual ~Progress() = default;
    // An attempt that reached its debrief.
    virtual void record(const std::string& trainee, const std::string& scenario, const ScoreCard& score) = 0;
    // The best overall score, or nullopt when this trainee has not finished the scenario.
    virtual std::optional<int> best(const std::string& trainee, const std::string& scenario) const = 0;
};

class MemoryProgress : public Progress {
public:
    void record(const std::string& trainee, const std::string& scenario, const ScoreCard& score) override;
    std::optional<int> best(const std::string& trainee, const std::string& scenario) const override;

private:
    std::map<std::pair<std::string, std::string>, int> best_;
};

}  // namespace senales::ui
