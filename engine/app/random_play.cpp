#include "random_play.h"

#include <chrono>
#include <random>

#include <nlohmann/json.hpp>

#include "core/runner.h"

namespace senales {

RandomPlayReport play_randomly(const Scenario& scenario, const Catalog& catalog, int runs, std::uint32_t seed) {
    RandomPlayReport report;
    std::mt19937 random(seed);
    Runner runner(scenario, catalog, ChoiceOrder::shuffled(seed));
    auto start = std::chrono::steady_clock::now();
    for (int run = 0; run < runs; ++run) {
        runner.restart();
        while (!runner.finished()) {
            std::vector<int> offered = runner.available_choices();
            if (offered.empty()) {
                ++report.stuck;
                break;
            }
            runner.choose_authored(offered[random() % offered.size()]);
            ++report.steps;
        }
        ++report.playthroughs;
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

void print(const RandomPlayReport& report, bool json, std::ostream& out) {
    double seconds = report.seconds > 0 ? report.seconds : 1e-9;
    if (json) {
        out << nlohmann::json{{"playthroughs", report.playthroughs},
                              {"steps", report.steps},
                              {"stuck", report.stuck},
                              {"seconds", report.seconds},
                              {"playthroughs_per_second", report.playthroughs / seconds},
                              {"steps_per_second", report.steps / seconds}}
                   .dump(2)
            << "\n";
        return;
    }
    out << report.playthroughs << " random playthroughs, " << report.steps << " steps in " << report.seconds << " s: "
        << static_cast<std::uint64_t>(report.playthroughs / seconds) << " playthroughs/s, "
        << static_cast<std::uint64_t>(report.steps / seconds) << " steps/s";
    if (report.stuck) out << "; " << report.stuck << " got stuck in a scene with no choice";
    out << "\n";
}

}  // namespace senales
