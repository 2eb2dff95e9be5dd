// senales_ui_bench: the game window's figures, headless (dummy video driver, software renderer).
//
//   senales_ui_bench SOURCE_DIR first-frame        open the game, draw the title screen once, exit
//   senales_ui_bench SOURCE_DIR idle SECONDS       sit on a scene with no input; print CPU use and
//                                                   peak memory (in a real window if $DISPLAY is set)
//   senales_ui_bench SOURCE_DIR frames [gbench flags]   CPU time per frame, scene and debrief
// scripts/bench runs each and puts the figures in one table.

#include <SDL.h>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <sstream>

#ifndef _WIN32
#include <sys/resource.h>
#endif

#include "app/game_session.h"
#include "app/library.h"
#include "core/explorer.h"

using namespace senales;

namespace {

std::unique_ptr<GameSession> open_session(Library& library, bool window = false) {
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SessionOptions options;
    options.headless = !window;
    options.settings = ui::Settings{};
    std::ostringstream err;
    auto session = GameSession::open(library, options, err);
    if (!session) {
        std::cerr << "senales_ui_bench: " << err.str();
        std::exit(1);
    }
    return session;
}

// Opens the first scenario and plays it to its first scene that shows details.
void go_to_scene(GameSession& session) {
    ui::GameFlow& flow = session.flow();
    flow.game().sign_in("bench");
    flow.game().set_audience(flow.game().data().scenarios.front().audience);
    flow.open_scenario(0);
    flow.begin();
    while (flow.game().runner() && flow.game().runner()->visible_details().empty() && !flow.game().runner()->finished()) {
        flow.choose(1);
        flow.continue_story();
    }
    session.frame();
}

void go_to_debrief(GameSession& session) {
    ui::GameFlow& flow = session.flow();
    go_to_scene(session);
    const Scenario& scenario = *flow.game().scenario();
    ExplorationReport report = explore(scenario, *flow.game().data().catalog);
    flow.restart();
    for (const Step& step : report.best.steps) {
        if (step.kind == Step::Kind::flag) {
            flow.toggle_flag(step.detail);
            continue;
        }
        std::vector<int> offered = flow.game().runner()->available_choices();
        int number = static_cast<int>(std::find(offered.begin(), offered.end(), step.choice) - offered.begin()) + 1;
        flow.choose(number);
        flow.continue_story();
    }
    flow.show_debrief();
    session.frame();
}

long peak_memory_kb() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

// In a real window when there is a display (xvfb-run gives one): SDL's dummy driver polls where
// a real one blocks, so only a real window says what a classroom laptop spends while idle.
int idle(Library& library, double seconds, bool window) {
    auto session = open_session(library, window);
    go_to_scene(*session);
    for (int i = 0; i < 10; ++i) session->step(16);  // let the frames after the last change settle
    std::uint64_t frames_before = session->platform().frames_rendered();
    std::clock_t cpu_start = std::clock();
    auto start = std::chrono::steady_clock::now();
    while (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < seconds)
        session->step(250);
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::cout << "idle_driver " << SDL_GetCurrentVideoDriver() << "\n"
              << "idle_cpu_percent " << 100.0 * cpu / wall << "\n"
              << "idle_frames " << session->platform().frames_rendered() - frames_before << "\n"
              << "peak_memory_kb " << peak_memory_kb() << "\n";
    return 0;
}

Library* g_library = nullptr;

void BM_Frame(benchmark::State& state, bool debrief) {
    auto session = open_session(*g_library);
    debrief ? go_to_debrief(*session) : go_to_scene(*session);
    for (auto _ : state) session->frame();
}

double minimum(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }
double maximum(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: senales_ui_bench SOURCE_DIR first-frame|idle SECONDS|frames [flags]\n";
        return 2;
    }
    std::string mode = argv[2];
    const char* display = SDL_getenv("DISPLAY");
    const bool window = mode == "idle" && display && *display;
    if (!window) SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    Library library(argv[1]);
    g_library = &library;
    if (mode == "first-frame") {
        auto session = open_session(library);
        return session->frame() ? 0 : 1;
    }
    if (mode == "idle") return idle(library, argc > 3 ? std::atof(argv[3]) : 5.0, window);
    if (mode != "frames") {
        std::cerr << "senales_ui_bench: unknown mode " << mode << "\n";
        return 2;
    }
    for (bool debrief : {false, true})
        benchmark::RegisterBenchmark(debrief ? "frame_debrief_1280x720" : "frame_scene_1280x720", BM_Frame, debrief)
            ->Unit(benchmark::kMillisecond)
            ->MeasureProcessCPUTime()
            ->Repetitions(7)
            ->ReportAggregatesOnly(true)
            ->ComputeStatistics("min", minimum)
            ->ComputeStatistics("max", maximum);
    int count = argc - 2;
    argv[2] = argv[0];
    benchmark::Initialize(&count, argv + 2);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
