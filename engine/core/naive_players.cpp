#include "naive_players.h"

#include "hash.h"
#include "path_facts.h"
#include "runner.h"
#include "scoring.h"
#include "utf8.h"

namespace senales {

namespace {

void flag_visible(Runner& runner, FlagStrategy flags) {
    if (flags == FlagStrategy::none) return;
    for (int index : runner.visible_details()) {
        const Detail& detail = runner.scene().details[static_cast<std::size_t>(index)];
        const bool wanted = flags == FlagStrategy::every_detail ||
                            (flags == FlagStrategy::neutral_only ? detail.neutral() : !detail.neutral());
        if (wanted && !runner.state().is_flagged(detail.id)) runner.flag(detail.id);
    }
}

// The choice a strategy takes among those shown (authored indices, in the order shown).
int pick(const Runner& runner, const std::vector<int>& shown, ChoiceStrategy strategy, Inline lang,
         RandomStream& random) {
    auto length = [&](int c) { return utf8_length(runner.scene().choices[static_cast<std::size_t>(c)].text.written(lang)); };
    switch (strategy) {
        case ChoiceStrategy::first: return shown.front();
        case ChoiceStrategy::last: return shown.back();
        case ChoiceStrategy::random: return shown[random.below(shown.size())];
        case ChoiceStrategy::longest:
        case ChoiceStrategy::shortest: {
            // Ties go to the one shown first, as a reader scanning down the list would take it.
            int chosen = shown.front();
            for (int c : shown) {
                const bool better = strategy == ChoiceStrategy::longest ? length(c) > length(chosen)
                                                                        : length(c) < length(chosen);
                if (better) chosen = c;
            }
            return chosen;
        }
    }
    return shown.front();
}

bool passes(const Runner& runner, const Scenario& scenario, const Catalog& catalog) {
    return score(collect_facts(scenario, catalog, runner.state()), catalog).passed;
}

bool play_one(const Scenario& scenario, const Catalog& catalog, std::uint32_t seed, ChoiceStrategy strategy,
              Inline lang, FlagStrategy flags, const NaiveLimits& limits) {
    Runner runner(scenario, catalog, ChoiceOrder::shuffled(seed));
    RandomStream random(mix64(seed) ^ 0x5EED);
    for (std::size_t decisions = 0; !runner.finished(); ++decisions) {
        if (decisions == limits.max_decisions) return false;  // going round in circles is not finishing
        flag_visible(runner, flags);
        const std::vector<int> shown = runner.available_choices();
        if (shown.empty()) return false;
        runner.choose_authored(pick(runner, shown, strategy, lang, random));
    }
    flag_visible(runner, flags);
    return passes(runner, scenario, catalog);
}

}  // namespace

bool NaiveReport::failed() const {
    for (const StrategyRow& row : rows)
        if (row.too_often) return true;
    return false;
}

NaiveReport play_naive_strategies(const Scenario& scenario, const Catalog& catalog, const NaiveLimits& limits) {
    NaiveReport report;
    for (ChoiceStrategy strategy : kAllChoiceStrategies) {
        const bool by_length = strategy == ChoiceStrategy::longest || strategy == ChoiceStrategy::shortest;
        const std::vector<Inline> langs = by_length ? std::vector<Inline>{Inline::es, Inline::en} : std::vector<Inline>{Inline::es};
        for (Inline lang : langs)
            for (FlagStrategy flags : kAllFlagStrategies) {
                StrategyRow row{strategy, lang, flags, 0, 0, false};
                const int runs = strategy == ChoiceStrategy::random ? limits.random_runs : limits.seeds;
                for (int run = 0; run < runs; ++run) {
                    // Seeds are spread over the whole range, and differ between strategies.
                    const auto seed = static_cast<std::uint32_t>(
                        mix64(static_cast<std::uint64_t>(run) * 8 + static_cast<std::uint64_t>(strategy)));
                    row.passed += play_one(scenario, catalog, seed, strategy, lang, flags, limits);
                    ++row.runs;
                }
                const double rate = row.pass_rate();
                row.too_often = by_length ? row.passed > 0
                                : strategy == ChoiceStrategy::random ? rate > limits.most_random_pass_rate
                                                                     : rate > limits.most_position_pass_rate;
                report.rows.push_back(row);
            }
    }
    return report;
}

bool passes_with_flags(const Scenario& scenario, const Catalog& catalog, const std::vector<int>& choices,
                       FlagStrategy flags) {
    Runner runner(scenario, catalog, ChoiceOrder::authored());
    for (int choice : choices) {
        flag_visible(runner, flags);
        if (runner.choose_authored(choice)) return false;
    }
    flag_visible(runner, flags);
    return passes(runner, scenario, catalog);
}

std::string_view to_string(ChoiceStrategy strategy) {
    switch (strategy) {
        case ChoiceStrategy::first: return "first";
        case ChoiceStrategy::last: return "last";
        case ChoiceStrategy::longest: return "longest";
        case ChoiceStrategy::shortest: return "shortest";
        case ChoiceStrategy::random: return "random";
    }
    return "first";
}

std::string_view to_string(FlagStrategy strategy) {
    switch (strategy) {
        case FlagStrategy::every_detail: return "every_detail";
        case FlagStrategy::none: return "none";
        case FlagStrategy::neutral_only: return "neutral_only";
        case FlagStrategy::signs: return "signs";
    }
    return "none";
}

}  // namespace senales
