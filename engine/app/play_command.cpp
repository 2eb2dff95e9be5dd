#include <sstream>

#include "commands.h"
#include "core/explorer.h"
#include "json_report.h"
#include "play_recorder.h"
#include "protocol.h"
#include "random_play.h"
#include "transcript.h"

namespace senales {

namespace {

// Plays one scenario and reports it; the transcript goes to a sink when JSON or the machine
// protocol was asked for.
class Session {
public:
    // `play` is a new attempt, or the trainee's unfinished one with its steps replayed silently.
    Session(std::unique_ptr<play::AttemptPlay> play, const Catalog& catalog, const Wording& words,
            const PlayOptions& options, Console& console)
        : play_(std::move(play)), scenario_(play_->scenario()), catalog_(catalog), words_(words), options_(options),
          console_(console), transcript_(options.json || options.protocol ? sink_ : console.out, words),
          protocol_(console.out, words) {}

    int run() {
        transcript_.title(scenario_);
        transcript_.order(runner().state().order);
        transcript_.scene(runner());
        int status = 0;
        if (options_.protocol) return play_protocol();
        if (options_.best || options_.worst) status = play_explored();
        else if (options_.steps) status = play_steps(*options_.steps);
        else if (console_.interactive) status = play_interactively();
        else {
            console_.err << "senales play: nothing to play: give --steps, --best or --worst, or run it in a "
                            "terminal to play interactively\n";
            return 2;
        }
        if (status != 0) return status;
        report();
        return 0;
    }

private:
    bool immediate_feedback() const { return options_.feedback.value_or(scenario_.feedback) == Feedback::immediate; }

    std::optional<std::string> apply(const Step& step, ChoiceFeedback* shown = nullptr) {
        const Runner before = runner();
        ChoiceFeedback feedback;
        if (auto error = play_->apply(step, &feedback)) return error;
        if (step.kind == Step::Kind::choose) {
            transcript_.chose(before, step.choice);
            if (immediate_feedback()) transcript_.feedback(feedback);
            if (shown) *shown = feedback;
            transcript_.scene(runner());
        } else {
            transcript_.flagged(runner(), step.detail, step.kind == Step::Kind::flag);
        }
        return std::nullopt;
    }

    int play_explored() {
        ExplorationReport report = explore(scenario_, catalog_);
        const ScoredPath& path = options_.best ? report.best : report.worst;
        if (path.ending < 0) {
            console_.err << "senales play: no path of \"" << scenario_.id << "\" reaches an ending\n";
            return 1;
        }
        for (const Step& step : path.steps)
            if (auto error = apply(step)) {
                console_.err << "senales play: " << *error << "\n";
                return 1;
            }
        return 0;
    }

    int play_steps(const std::string& text) {
        std::string error;
        std::optional<std::vector<StepInput>> steps = parse_steps(text, &error);
        if (!steps) {
            console_.err << "senales play: --steps: " << error << "\n";
            return 2;
        }
        for (std::size_t i = 0; i < steps->size(); ++i)
            if (auto failure = apply_input((*steps)[i])) {
                console_.err << "senales play: --steps: step " << i + 1 << ": " << *failure << "\n";
                return 1;
            }
        return 0;
    }

    std::optional<std::string> apply_input(const StepInput& input, ChoiceFeedback* shown = nullptr) {
        switch (input.kind) {
            case StepInput::Kind::flag: return apply({Step::Kind::flag, -1, input.detail});
            case StepInput::Kind::unflag: return apply({Step::Kind::unflag, -1, input.detail});
            case StepInput::Kind::choose: {
                if (runner().finished()) return std::string("the story has already ended");
                std::vector<int> offered = runner().available_choices();
                if (input.number > static_cast<int>(offered.size()))
                    return "there is no choice " + std::to_string(input.number) + " in scene \"" + runner().scene().id +
                           "\" (choose 1 to " + std::to_string(offered.size()) + ")";
                return apply({Step::Kind::choose, offered[static_cast<std::size_t>(input.number - 1)], {}}, shown);
            }
        }
        return std::nullopt;
    }

    // The machine protocol (README, "Playing from a program"): one JSON object per line out, one
    // step per line in, until the story ends or the input is wrong.
    int play_protocol() {
        std::string line;
        while (!runner().finished()) {
            protocol_.decision(runner());
            for (;;) {
                if (!std::getline(console_.in, line)) return protocol_.error("the input ended before the story did");
                std::string error;
                std::optional<std::vector<StepInput>> steps = parse_steps(line, &error);
                if (!steps) return protocol_.error(error);
                if (steps->size() != 1)
                    return protocol_.error("one step per line: a choice number, flag:<detail id> or unflag:<detail id>");
                ChoiceFeedback feedback;
                if (auto failure = apply_input(steps->front(), &feedback)) return protocol_.error(*failure);
                if (steps->front().kind != StepInput::Kind::choose) continue;  // a flag writes nothing
                if (immediate_feedback()) protocol_.feedback(feedback);
                break;
            }
        }
        protocol_.result(build_debrief(scenario_, catalog_, runner().state(), words_), runner().state().order);
        return 0;
    }

    // Reads commands until the story ends or the trainee leaves: a choice number, f<N> / u<N> to
    // flag or unflag detail N, n for the notebook, q to leave.
    int play_interactively() {
        std::string line;
        while (!runner().finished()) {
            console_.out << "\n" << words_.ui("terminal_prompt") << " " << std::flush;
            if (!std::getline(console_.in, line) || line == "q") {
                console_.out << "\n" << words_.ui("terminal_left") << "\n";
                return 0;
            }
            if (auto error = interpret(line)) console_.out << "  " << *error << "\n";
        }
        return 0;
    }

    std::optional<std::string> interpret(const std::string& line) {
        if (line == "n") {
            transcript_.notebook(runner());
            return std::nullopt;
        }
        if (!line.empty() && (line[0] == 'f' || line[0] == 'u')) {
            int n = std::atoi(line.c_str() + 1);
            const auto& visible = runner().visible_details();
            std::string detail;
            if (line[0] == 'f' && n >= 1 && n <= static_cast<int>(visible.size()))
                detail = runner().scene().details[static_cast<std::size_t>(visible[static_cast<std::size_t>(n - 1)])].id;
            if (line[0] == 'u' && n >= 1 && n <= static_cast<int>(runner().state().flagged.size()))
                detail = runner().state().flagged[static_cast<std::size_t>(n - 1)];
            if (detail.empty()) return std::string(line[0] == 'f' ? "f1, f2, ...: a detail shown above" : "u1, u2, ...: an entry of the notebook (n)");
            return apply({line[0] == 'f' ? Step::Kind::flag : Step::Kind::unflag, -1, detail});
        }
        int number = std::atoi(line.c_str());
        if (number < 1) return std::string("?");
        return apply_input({StepInput::Kind::choose, number, {}});
    }

    void report() {
        const Debrief debrief = build_debrief(scenario_, catalog_, runner().state(), words_);
        if (options_.json) {
            console_.out << playthrough_json(scenario_, runner().state(), debrief)
                                .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                         << "\n";
            return;
        }
        if (!runner().finished()) {
            console_.out << "\n" << words_.ui("terminal_not_ended") << "\n";
            return;
        }
        transcript_.debrief(debrief);
    }

    const Runner& runner() const { return play_->runner(); }

    std::unique_ptr<play::AttemptPlay> play_;
    const Scenario& scenario_;
    const Catalog& catalog_;
    const Wording& words_;
    const PlayOptions& options_;
    Console& console_;
    std::ostringstream sink_;
    Transcript transcript_;
    Protocol protocol_;
};

// How this playthrough orders its choices: as the resumed attempt did, as written when an author
// asks, from --seed, or from a seed drawn now (and printed, so the run can be replayed).
ChoiceOrder order_for(const PlayOptions& options) {
    if (options.authored_order) return ChoiceOrder::authored();
    return ChoiceOrder::shuffled(options.seed.value_or(draw_seed()));
}

}  // namespace

bool language_installed(const Library& library, const Lang& lang, Console& console) {
    if (library.languages().has(lang)) return true;
    std::string installed;
    for (const Lang& l : library.languages().installed()) installed += (installed.empty() ? "" : ", ") + l.code();
    console.err << "senales: the language \"" << lang.code() << "\" is not installed (installed: " << installed
                << "); senales strings import FILE installs one\n";
    return false;
}

std::optional<Scenario> load_one(Library& library, const std::string& path, Console& console) {
    Diagnostics diagnostics;
    if (!library.load_catalog(diagnostics)) {
        console.err << diagnostics.format();
        return std::nullopt;
    }
    if (!diagnostics.items().empty()) console.err << diagnostics.format();  // a translation file's problems
    const std::filesystem::path named = library.find_scenario(path);
    std::error_code error;
    if (!std::filesystem::exists(named, error) && !named.has_parent_path()) {
        // A bare name that is no folder here: the user meant an id.
        console.err << "senales: no scenario \"" << path << "\" in " << library.scenarios_folder().string();
        if (!library.user_scenarios_folder().empty()) console.err << " or " << library.user_scenarios_folder().string();
        console.err << "\n  hint: senales list shows the scenarios' ids\n";
        return std::nullopt;
    }
    std::filesystem::path folder = Library::scenario_folders(named).front();
    LoadedScenario loaded = library.load(folder);
    if (!loaded.diagnostics.items().empty()) console.err << loaded.diagnostics.format();
    return std::move(loaded.scenario);
}

int play_command(Library& library, const PlayOptions& options, Console& console) {
    std::optional<Scenario> scenario = load_one(library, options.path, console);
    if (!scenario) return 1;
    if (!language_installed(library, options.lang, console)) return 2;
    if (options.random_runs > 0) {
        RandomPlayReport report =
            play_randomly(*scenario, library.catalog(), options.random_runs, options.seed.value_or(1));
        print(report, options.json, console.out);
        return report.stuck ? 1 : 0;
    }
    // Without a trainee nothing is saved; with one, every step goes to the records as it is taken.
    std::unique_ptr<PlayRecorder> recorder;
    std::unique_ptr<play::AttemptPlay> attempt;
    if (!options.trainee.empty()) {
        recorder = PlayRecorder::open(options.trainee, options.data_dir, console.err);
        if (!recorder) return 1;
        if (!options.class_name.empty() && !recorder->records().join_class(options.class_name)) {
            console.err << "senales: play: --class: there is no class named " << options.class_name
                        << " in these records (a facilitator names one with: senales records classes --add NAME)\n";
            return 2;
        }
        if (options.resume) attempt = recorder->resume(*scenario, library.catalog(), options.lang);
        if (!attempt) attempt = recorder->records().start(*scenario, library.catalog(), options.lang, order_for(options));
    } else {
        attempt = std::make_unique<play::AttemptPlay>(*scenario, library.catalog(), options.lang, order_for(options),
                                                      nullptr);
    }
    const Wording words = library.wording(options.lang);
    return Session(std::move(attempt), library.catalog(), words, options, console).run();
}

}  // namespace senales
