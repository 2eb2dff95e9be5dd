// The assessment's promises, held against every shipped scenario under many choice orders:
// understanding passes whatever the order, and neither a shortcut nor a bad ending ever does.

#include <gtest/gtest.h>

#include <random>

#include "cli_run.h"
#include "core/explorer.h"
#include "core/path_facts.h"
#include "core/runner.h"
#include "core/scoring.h"
#include "app/library.h"

namespace senales {
namespace {

class ShippedLibrary : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        library_ = std::make_unique<Library>(SENALES_SOURCE_DIR);
        Diagnostics diagnostics;
        ASSERT_TRUE(library_->load_catalog(diagnostics)) << diagnostics.format();
        for (const auto& folder : Library::scenario_folders(library_->scenarios_folder())) {
            LoadedScenario loaded = library_->load(folder);
            ASSERT_TRUE(loaded.scenario) << loaded.diagnostics.format();
            scenarios_.push_back(std::move(*loaded.scenario));
        }
        ASSERT_GE(scenarios_.size(), 7u);
    }
    static void TearDownTestSuite() {
        scenarios_.clear();
        library_.reset();
    }

    static const Catalog& catalog() { return library_->catalog(); }
    static ScoreCard score_of(const Runner& runner) {
        return score(collect_facts(runner.scenario(), catalog(), runner.state()), catalog());
    }

    static inline std::unique_ptr<Library> library_;
    static inline std::vector<Scenario> scenarios_;
};

// Played as a trainee plays it: each choice by the key it is shown under in this attempt's order.
TEST_F(ShippedLibrary, TheBestPathPassesUnderEveryOrder) {
    for (const Scenario& scenario : scenarios_) {
        const ExplorationReport report = explore(scenario, catalog());
        for (std::uint32_t seed = 0; seed < 100; ++seed) {
            Runner runner(scenario, catalog(), ChoiceOrder::shuffled(seed * 2654435761u));
            for (const Step& step : report.best.steps) {
                if (step.kind != Step::Kind::choose) {
                    ASSERT_FALSE(runner.apply(step));
                    continue;
                }
                const std::vector<int> shown = runner.available_choices();
                const auto key = std::find(shown.begin(), shown.end(), step.choice) - shown.begin() + 1;
                ASSERT_FALSE(runner.choose_offered(static_cast<int>(key))) << scenario.id;
            }
            ASSERT_TRUE(runner.finished()) << scenario.id;
            EXPECT_TRUE(score_of(runner).passed) << scenario.id << " seed " << seed;
        }
    }
}

TEST_F(ShippedLibrary, PressingOneAndFlaggingNothingNeverPasses) {
    for (const Scenario& scenario : scenarios_)
        for (std::uint32_t seed = 0; seed < 200; ++seed) {
            Runner runner(scenario, catalog(), ChoiceOrder::shuffled(seed));
            for (int turn = 0; turn < 200 && !runner.finished(); ++turn) runner.choose_offered(1);
            EXPECT_FALSE(score_of(runner).passed) << scenario.id << " seed " << seed;
        }
}

// Whatever was flagged and chosen, an ending that leaves her in danger, returns her to her
// exploiters or punishes her does not pass; and a pass is always a pass of every rule.
TEST_F(ShippedLibrary, ABadEndingNeverPasses) {
    std::mt19937 random(20261204);
    for (const Scenario& scenario : scenarios_) {
        int bad_endings = 0;
        for (int run = 0; run < 2000; ++run) {
            Runner runner(scenario, catalog(), ChoiceOrder::shuffled(static_cast<std::uint32_t>(random())));
            const bool flag_signs = random() % 4 != 0;
            for (int turn = 0; turn < 200 && !runner.finished(); ++turn) {
                for (int index : runner.visible_details()) {
                    const Detail& detail = runner.scene().details[static_cast<std::size_t>(index)];
                    if ((flag_signs ? !detail.neutral() : random() % 2 == 0) && !runner.state().is_flagged(detail.id))
                        runner.flag(detail.id);
                }
                const auto shown = runner.available_choices();
                runner.choose_offered(1 + static_cast<int>(random() % shown.size()));
            }
            const ScoreCard card = score_of(runner);
            if (runner.finished() && runner.scene().outcome == Outcome::bad) {
                ++bad_endings;
                EXPECT_FALSE(card.passed) << scenario.id << " ending " << runner.scene().id;
                EXPECT_TRUE(card.has(Shortfall::bad_ending));
            }
            if (card.passed) {
                for (Competency c : kAllCompetencies) EXPECT_GE(card[c], rules::kCompetencyFloor) << scenario.id;
            }
        }
        EXPECT_GT(bad_endings, 0) << scenario.id << ": random play never met a bad ending";
    }
}

}  // namespace
}  // namespace senales
