// senales shots: a tour of every screen, rendered headless to PNG files. It plays the first
// scenario (by folder name) on its best path, with feedback cards and discussion prompts on, so
// that each kind of screen appears at least once. Its records are kept in memory, never on disk.

#include <algorithm>
#include <cstdio>
#include <system_error>

#include "commands.h"
#include "core/explorer.h"
#include "platform/user_folder.h"
#include "game_session.h"
#include "ui/widgets.h"

namespace senales {

namespace {

class Tour {
public:
    Tour(GameSession& session, std::filesystem::path out, Console& console)
        : session_(session), flow_(session.flow()), out_(std::move(out)), console_(console) {}

    // Lets the new screen settle (focus, layout), then saves it.
    bool shot(const std::string& name) {
        for (int i = 0; i < 3; ++i) session_.frame();
        char prefix[16];
        std::snprintf(prefix, sizeof prefix, "%02d-", ++count_);
        const std::filesystem::path file = out_ / (prefix + name + ".png");
        if (!session_.frame(&file)) return false;
        // Everything must be reachable at this size: nothing past the window's sides (what is
        // below its bottom scrolls into view).
        const auto [width, height] = session_.platform().window_size();
        for (const auto& [probe, r] : ui::probes())
            if (r.x < -0.5f || r.z > static_cast<float>(width) + 0.5f) {
                console_.err << "senales shots: on " << name << ", \"" << probe << "\" is cut off at the side of a "
                             << width << "x" << height << " window\n";
                return false;
            }
        console_.out << file.string() << "\n";
        return true;
    }

    // Cards come after a choice or on entering a scene: each is shown, then passed.
    bool cards() {
        while (flow_.screen() == ui::Screen::feedback || flow_.screen() == ui::Screen::discussion) {
            if (!shot(flow_.screen() == ui::Screen::feedback ? "feedback" : "discussion")) return false;
            flow_.continue_story();
        }
        return true;
    }

    // Plays `steps` from the first scene through the flow's actions, passing every card.
    bool play(const std::vector<Step>& steps) {
        for (const Step& step : steps) {
            if (step.kind != Step::Kind::choose) {
                flow_.toggle_flag(step.detail);
                continue;
            }
            if (!choose_authored(step.choice)) return false;
            while (flow_.screen() == ui::Screen::feedback || flow_.screen() == ui::Screen::discussion) flow_.continue_story();
        }
        return flow_.screen() == ui::Screen::ending;
    }

    bool play_first_decision(const std::vector<Step>& steps) {
        for (const Step& step : steps)
            if (step.kind == Step::Kind::choose) return choose_authored(step.choice);
        return true;
    }

    // Picks the choice whose authored index is `authored`, by its number as the trainee sees it.
    bool choose_authored(int authored) {
        // In facilitator mode the prompt comes before the choices, and they show one at a time.
        if (flow_.prompt_comes_first()) {
            flow_.show_prompt();
            flow_.continue_story();
        }
        flow_.reveal_all_choices();
        const std::vector<int> offered = flow_.game().runner()->available_choices();
        const auto at = std::find(offered.begin(), offered.end(), authored);
        if (at == offered.end()) {
            console_.err << "senales shots: the explored path no longer fits the scenario\n";
            return false;
        }
        flow_.choose(static_cast<int>(at - offered.begin()) + 1);
        return true;
    }

    int run(std::size_t scenario_index, const std::vector<Step>& best, const std::vector<Step>& worst) {
        const Scenario& scenario = flow_.game().data().scenarios[scenario_index];
        bool ok = shot("title");
        flow_.game().sign_in("Ana López");
        flow_.game().set_audience(scenario.audience);
        flow_.go(ui::Screen::who);
        ok = ok && shot("who-is-playing");
        flow_.go(ui::Screen::list);
        ok = ok && shot("scenario-list");
        flow_.open_scenario(scenario_index);
        ok = ok && shot("content-note");
        flow_.begin();
        ok = ok && cards();
        bool paused_once = false, revealed_once = false;
        for (const Step& step : best) {
            if (!ok) break;
            if (step.kind != Step::Kind::choose) {
                flow_.toggle_flag(step.detail);
                continue;
            }
            ok = shot("scene-" + flow_.game().runner()->scene().id);
            if (ok && flow_.prompt_comes_first()) {
                flow_.show_prompt();
                ok = cards();
                if (ok && !revealed_once) {
                    flow_.reveal_next_choice();
                    ok = shot("scene-" + flow_.game().runner()->scene().id + "-one-choice");
                    revealed_once = true;
                }
            }
            if (ok && !paused_once) {
                flow_.open_over(ui::Screen::pause);
                ok = shot("pause");
                flow_.open_over(ui::Screen::leave);
                ok = ok && shot("leave");
                flow_.back();
                flow_.back();
                paused_once = true;
            }
            if (!choose_authored(step.choice)) return 1;
            ok = ok && cards();
        }
        ok = ok && shot("ending");
        flow_.show_debrief();
        ok = ok && shot("debrief");
        flow_.go(ui::Screen::debrief_details);
        ok = ok && shot("debrief-details");
        flow_.scroll_debrief_to(0.5f);
        ok = ok && shot("debrief-details-middle");
        flow_.scroll_debrief_to(1.0f);
        ok = ok && shot("debrief-details-end");
        flow_.go(ui::Screen::sources);
        ok = ok && shot("debrief-sources");
        // The records screens, with this tour's attempt and one more on the worst path, so that
        // the charts show a spread (records of a tour stay in memory).
        flow_.restart();
        if (!play(worst)) return 1;
        flow_.show_debrief();
        ok = ok && shot("debrief-worst");
        // A third attempt left after one decision, as if the window had closed: the trainee
        // giving their name again is offered to go on.
        flow_.restart();
        if (!worst.empty() && !play_first_decision(worst)) return 1;
        flow_.confirm_trainee(flow_.game().trainee());
        ok = ok && flow_.screen() == ui::Screen::resume && shot("resume");
        flow_.game().discard_unfinished();
        flow_.go(ui::Screen::progress);
        ok = ok && shot("my-progress");
        flow_.go(ui::Screen::class_summary);  // asks for the facilitator's PIN, set on first use
        ok = ok && flow_.screen() == ui::Screen::facilitator_pin && shot("facilitator-pin");
        ok = ok && flow_.game().facilitator().set_pin("2468");
        flow_.go(ui::Screen::class_summary);
        ok = ok && shot("class-summary");
        flow_.open_over(ui::Screen::settings);
        ok = ok && shot("settings");
        return ok ? 0 : 1;
    }

private:
    GameSession& session_;
    ui::GameFlow& flow_;
    std::filesystem::path out_;
    Console& console_;
    int count_ = 0;
};

}  // namespace

int shots_command(Library& library, const ShotsOptions& options, Console& console) {
    std::error_code error;
    std::filesystem::create_directories(options.out, error);
    if (error) {
        console.err << "senales shots: cannot create " << options.out << ": " << error.message() << "\n";
        return 1;
    }
    SessionOptions session_options;
    session_options.headless = true;
    session_options.width = options.width;
    session_options.height = options.height;
    ui::Settings settings;
    settings.lang = options.lang;
    settings.theme = options.theme;
    settings.text_percent = std::clamp(static_cast<int>(options.scale * 100.0f + 0.5f), ui::kMinTextPercent,
                                       ui::kMaxTextPercent);
    // Every kind of screen should appear once: feedback cards and the class's discussion prompts.
    settings.feedback = ui::FeedbackTiming::immediate;
    settings.facilitator = true;
    session_options.settings = settings;
    session_options.fixed_seed = 1;  // the same pictures on every run
    std::unique_ptr<GameSession> session = GameSession::open(library, session_options, console.err);
    if (!session) return 1;
    if (!language_installed(library, options.lang, console)) return 2;
    if (session->flow().game().data().scenarios.empty()) {
        console.err << "senales shots: no scenario loads from " << library.scenarios_folder().string() << "\n";
        return 1;
    }
    const auto& scenarios = session->flow().game().data().scenarios;
    std::size_t index = 0;
    while (!options.scenario.empty() && index < scenarios.size() && scenarios[index].id != options.scenario) ++index;
    if (index == scenarios.size()) {
        console.err << "senales shots: no scenario \"" << options.scenario << "\" in "
                    << library.scenarios_folder().string() << "\n";
        return 1;
    }
    const Scenario& toured = scenarios[index];
    ExplorationReport report = explore(toured, library.catalog());
    if (report.best.ending < 0) {
        console.err << "senales shots: no path of \"" << toured.id << "\" reaches an ending\n";
        return 1;
    }
    return Tour(*session, options.out, console).run(index, report.best.steps, report.worst.steps);
}

int game_command(Library& library, const std::string& data_dir, Console& console) {
    SessionOptions options = game_session_options(library, data_dir);
    std::unique_ptr<GameSession> session = GameSession::open(library, options, console.err);
    if (!session) return 1;
    return session->run();
}

}  // namespace senales
