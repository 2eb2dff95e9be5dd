// senales_bench: the figures behind the README's Performance table, on whatever machine runs it.
// In-process parts use Google Benchmark (each figure the median of repeated runs, with min-max);
// scripts/bench adds the whole-process figures.
//
//   senales_bench SOURCE_DIR [--smoke] [google benchmark flags]
// --smoke runs tiny sizes once, so the test suite can prove the benchmarks still work.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "core/explorer.h"
#include "core/runner.h"
#include "core/validate.h"
#include "scenario_generator.h"
#include "script/catalog_loader.h"
#include "script/scenario_loader.h"

namespace fs = std::filesystem;
using namespace senales;

namespace {

fs::path g_source;
fs::path g_work;
Catalog g_catalog;

fs::path lua_root() { return g_source / "scripts" / "lua"; }

// Synthetic scenarios go beyond what an author may write by default; the benchmark measures how
// the work grows, so it lifts the size limits (and only those).
Limits bench_limits() {
    Limits limits;
    limits.file_bytes = 64u * 1024 * 1024;
    limits.memory_bytes = 1024u * 1024 * 1024;
    limits.block_bytes = 64u * 1024 * 1024;
    limits.instructions = 4'000'000'000;
    limits.seconds = 60;
    limits.scenes = 1'000'000;
    limits.entries = 10'000'000;
    return limits;
}

// Written afresh each run: a file left by an older generator would measure an older format.
fs::path generated(int scenes) {
    fs::path folder = g_work / ("synthetic_" + std::to_string(scenes));
    fs::create_directories(folder);
    std::ofstream(folder / "scenario.lua", std::ios::binary | std::ios::trunc) << bench::generate_scenario(scenes, 42);
    return folder;
}

Scenario load(const fs::path& folder) {
    Diagnostics diagnostics;
    std::optional<Scenario> scenario = load_scenario(folder, lua_root(), g_catalog, diagnostics, bench_limits());
    if (!scenario) {
        std::cerr << diagnostics.format();
        std::exit(1);
    }
    return std::move(*scenario);
}

void BM_LoadAndValidate(benchmark::State& state) {
    fs::path folder = generated(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(load(folder));
    state.SetComplexityN(state.range(0));
}

void BM_RandomPlaythroughSteps(benchmark::State& state) {
    Scenario scenario = load(generated(static_cast<int>(state.range(0))));
    Runner runner(scenario, g_catalog, ChoiceOrder::shuffled(7));
    std::mt19937 random(7);
    std::int64_t steps = 0;
    for (auto _ : state) {
        runner.restart();
        while (!runner.finished()) {
            std::vector<int> offered = runner.available_choices();
            runner.choose_authored(offered[random() % offered.size()]);
            ++steps;
        }
    }
    state.counters["steps_per_second"] = benchmark::Counter(static_cast<double>(steps), benchmark::Counter::kIsRate);
}

void BM_ExploreShippedScenario(benchmark::State& state, std::string id) {
    Scenario scenario = load(g_source / "scenarios" / id);
    for (auto _ : state) benchmark::DoNotOptimize(explore(scenario, g_catalog));
}

double minimum(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }
double maximum(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }

void register_all(bool smoke) {
    const std::vector<int> sizes = smoke ? std::vector<int>{20, 40} : std::vector<int>{100, 1000, 10000};
    const int repetitions = smoke ? 1 : 7;
    auto configure = [&](benchmark::internal::Benchmark* b) {
        b->Unit(benchmark::kMillisecond)->Repetitions(repetitions);
        if (!smoke)
            b->ReportAggregatesOnly(true)->ComputeStatistics("min", minimum)->ComputeStatistics("max", maximum);
        if (smoke) b->Iterations(1);
    };
    auto* load_bench = benchmark::RegisterBenchmark("load_and_validate", BM_LoadAndValidate);
    for (int n : sizes) load_bench->Arg(n);
    if (!smoke) load_bench->Complexity(benchmark::oNLogN);
    configure(load_bench);
    auto* random_bench = benchmark::RegisterBenchmark("random_playthrough_steps", BM_RandomPlaythroughSteps);
    random_bench->Arg(smoke ? 40 : 1000);
    if (!smoke) random_bench->MinTime(0.5);
    configure(random_bench);
    configure(benchmark::RegisterBenchmark("explore_bar_inspection", BM_ExploreShippedScenario, "bar_inspection"));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: senales_bench SOURCE_DIR [--smoke] [google benchmark flags]\n";
        return 2;
    }
    g_source = argv[1];
    bool smoke = false;
    std::vector<char*> rest = {argv[0]};
    for (int i = 2; i < argc; ++i) {
        if (std::string(argv[i]) == "--smoke") smoke = true;
        else rest.push_back(argv[i]);
    }
    g_work = fs::temp_directory_path() / "senales_bench";
    fs::create_directories(g_work);
    Diagnostics diagnostics;
    std::optional<Catalog> catalog = load_catalog(lua_root(), diagnostics);
    if (!catalog) {
        std::cerr << diagnostics.format();
        return 1;
    }
    g_catalog = std::move(*catalog);
    register_all(smoke);
    int count = static_cast<int>(rest.size());
    benchmark::Initialize(&count, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
