#pragma once
// Plays a scenario the way someone gaming the test would: always the first choice shown, always
// the last, always the longest or shortest text, or at random, each flagging every detail,
// nothing, only the harmless details, or exactly the warning signs. A trainee who does not
// understand the situation must fail whatever the shortcut, so `senales check` fails a scenario
// where one of these passes too often. Every run is replayed from a seed.

#include <cstdint>
#include <string_view>
#include <vector>

#include "catalog.h"
#include "scenario.h"
#include "text.h"

namespace senales {

enum class ChoiceStrategy { first, last, longest, shortest, random };
// Flagging strategies. `signs` flags exactly the warning signs: a trainee who notices well but
// picks choices without understanding them, the hardest case for the choices to catch.
enum class FlagStrategy { every_detail, none, neutral_only, signs };
inline constexpr ChoiceStrategy kAllChoiceStrategies[] = {ChoiceStrategy::first, ChoiceStrategy::last,
                                                          ChoiceStrategy::longest, ChoiceStrategy::shortest,
                                                          ChoiceStrategy::random};
inline constexpr FlagStrategy kAllFlagStrategies[] = {FlagStrategy::every_detail, FlagStrategy::none,
                                                      FlagStrategy::neutral_only, FlagStrategy::signs};

struct NaiveLimits {
    int seeds = 200;          // attempts (choice orders) per position or length strategy
    int random_runs = 1000;   // per flagging strategy
    std::size_t max_decisions = 200;  // a run that loops longer than this has not finished
    // What check tolerates: a length strategy never passes; first or last in at most 10 % of
    // seeds; random choices in at most 2 % of runs.
    double most_position_pass_rate = 0.10;
    double most_random_pass_rate = 0.02;
};

struct StrategyRow {
    ChoiceStrategy choices = ChoiceStrategy::first;
    Inline lang = Inline::es;  // of the texts measured, for longest and shortest
    FlagStrategy flags = FlagStrategy::none;
    int runs = 0;
    int passed = 0;
    double pass_rate() const { return runs ? static_cast<double>(passed) / runs : 0.0; }
    bool too_often = false;  // above what check tolerates for this strategy
};

struct NaiveReport {
    std::vector<StrategyRow> rows;  // by choice strategy (longest and shortest once per language), then flags
    bool failed() const;
};

NaiveReport play_naive_strategies(const Scenario& scenario, const Catalog& catalog, const NaiveLimits& limits = {});

// Plays `choices` (authored indices, as the explorer names a path) flagging as `flags` says:
// "the best choices, with every detail flagged", for instance. True when it passes.
bool passes_with_flags(const Scenario& scenario, const Catalog& catalog, const std::vector<int>& choices,
                       FlagStrategy flags);

std::string_view to_string(ChoiceStrategy strategy);
std::string_view to_string(FlagStrategy strategy);

}  // namespace senales
