#pragma once
// Which screen is shown, and the one Runner of the scenario being played. Screens draw and call
// the actions here; the actions call the core (Runner, build_debrief) and never score or judge
// anything themselves. Every step is saved to the records as it is taken, so a game closed or
// crashed mid-scenario can go on from there. Tests and `senales shots` drive the same actions,
// or the keyboard.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "wording/debrief.h"
#include "wording/translations.h"
#include "wording/wording.h"
#include "core/runner.h"
#include "core/scenario.h"
#include "host.h"
#include "records/attempt_recorder.h"
#include "records/class_summary.h"
#include "records/record_store.h"
#include "settings.h"
#include "ui_text.h"
#include "widgets.h"

namespace senales::ui {

enum class Screen {
    title, who, resume, list, content_note, scene, feedback, discussion, pause, ending, debrief, settings,
    progress, class_summary
};
std::string_view to_string(Screen screen);

// The scenarios on offer, loaded by the app. `scenarios` must not change while a GameFlow lives.
struct GameData {
    const Catalog* catalog = nullptr;
    std::vector<Scenario> scenarios;      // every audience, in folder order
    std::filesystem::path assets;         // shared images (assets/), besides each scenario's folder
    int scenarios_not_loaded = 0;         // shown on the list, so a broken file is not silently missing
    // Every new attempt draws the seed of its choice order; tests and `senales shots` fix it, so
    // that what they see is the same on every run.
    std::optional<std::uint32_t> fixed_seed;
    const TextTable* interface = nullptr;  // the interface's words (interface.lua)
    const Languages* languages = nullptr;  // what can be chosen in Settings
};

struct Screens;  // one struct per screen, in screens.h

class GameFlow {
public:
    // `store` is the records file of this machine (or one in memory when it cannot be opened).
    GameFlow(GameData data, Settings settings, records::RecordStore& store, Images& images, KeyCodes keys);
    ~GameFlow();
    GameFlow(const GameFlow&) = delete;
    GameFlow& operator=(const GameFlow&) = delete;

    // Draws the current screen; call between ImGui::NewFrame() and ImGui::Render().
    void draw();

    // [SECTION] What the host reads between frames
    Screen screen() const { return screen_; }
    const Settings& settings() const { return settings_; }
    Settings& settings() { return settings_; }  // the Settings screen edits it; the host applies it
    bool quit_requested() const { return quit_; }
    // True once after anything changed, so the host draws a few more frames.
    bool take_changed();
    void set_fonts(const Fonts& fonts) { look_.fonts = fonts; }
    void add_notice(std::string notice) { notices_.push_back(std::move(notice)); }

    // [SECTION] What the screens show
    const GameData& data() const { return data_; }
    const Look& look() const { return look_; }
    const Lang& lang() const { return words_->lang(); }
    const Wording& words() const { return *words_; }
    const char* t(Str key) const;
    const std::string& trainee() const { return trainee_; }
    std::string trainee_or_guest() const;
    Audience audience() const { return audience_; }
    std::vector<std::size_t> scenarios_for_audience() const;
    std::optional<int> best_score(const Scenario& scenario) const;
    const Scenario* find_scenario(const std::string& id) const;
    const Scenario* scenario() const { return scenario_; }
    const Runner* runner() const { return runner_.get(); }
    const ChoiceFeedback& last_feedback() const { return feedback_; }
    const Debrief* debrief();  // built by the core, in the current language, once the story ended
    const Texture* scene_image();
    const std::vector<std::string>& notices() const { return notices_; }
    // This trainee's attempts, oldest first, as of entering the list or My progress.
    const std::vector<records::Attempt>& history() const { return history_; }
    // Every trainee's finished attempts per scenario, as of opening the class summary.
    const std::vector<records::ScenarioSummary>& class_summary() const { return class_summary_; }
    // The attempt the Resume screen offers to go on with.
    const std::optional<records::Attempt>& unfinished() const { return unfinished_; }

    // [SECTION] Actions
    void show(Screen screen);
    void open_settings();
    void close_settings();
    void set_language(const Lang& lang);  // one of data().languages; Spanish when it is not installed
    void set_trainee(std::string name) { trainee_ = std::move(name); }
    // From "who is playing": to the Resume screen when this trainee left a scenario unfinished,
    // else to the scenario list.
    void confirm_trainee(std::string name);
    void resume_unfinished();   // replays its saved steps and goes on where it was
    void discard_unfinished();  // keeps it as abandoned; to the list
    void open_progress();
    void open_class_summary();
    // Deletes every record of this trainee; returns how many attempts went.
    int delete_trainee_records();
    void set_audience(Audience audience) { audience_ = audience; }
    void open_scenario(std::size_t index);  // into data().scenarios; shows its content note
    void begin();                           // from the content note into the first scene
    std::optional<std::string> toggle_flag(const std::string& detail_id);
    std::optional<std::string> choose(int number);  // 1-based among the choices on offer
    void continue_story();                          // after a feedback or discussion card
    void pause();
    void resume();
    void restart();
    void leave();  // back to the scenario list
    void show_debrief();
    void try_again_from(std::size_t decision);
    void quit() { quit_ = true; }
    // For `senales shots`: scroll the debrief to a fraction of its height on the next frames.
    void scroll_debrief_to(float fraction);

private:
    void changed() { changed_ = true; }
    void enter_scene();  // after a choice, a restart or a rewind: discussion card, scene or ending
    std::string trainee_key() const;  // the name the records know this trainee by
    records::AttemptRecorder& recorder();
    void start_attempt();  // a new attempt, with the steps (and choice order) the runner holds already
    ChoiceOrder new_order() const;  // for an attempt that starts from the beginning
    void save_steps();     // the steps taken since the last save
    void refresh_history();
    template <typename Read> void reading_records(Read read);

    GameData data_;
    Settings settings_;
    Settings styled_;  // what the ImGui style was last built for
    bool styled_once_ = false;
    records::RecordStore& store_;
    std::unique_ptr<records::AttemptRecorder> recorder_;
    std::size_t saved_steps_ = 0;  // of the runner's steps, those in the records
    std::vector<records::Attempt> history_;
    std::vector<records::ScenarioSummary> class_summary_;
    std::optional<records::Attempt> unfinished_;
    Images& images_;
    Look look_;
    std::unique_ptr<Screens> screens_;

    Screen screen_ = Screen::title;
    Screen before_settings_ = Screen::title;
    Screen before_pause_ = Screen::scene;
    std::string trainee_;
    Audience audience_ = Audience::police;
    const Scenario* scenario_ = nullptr;
    std::unique_ptr<Runner> runner_;
    ChoiceFeedback feedback_;
    std::optional<Debrief> debrief_;
    std::unique_ptr<Wording> words_;
    std::vector<std::string> notices_;
    bool changed_ = true;
    bool quit_ = false;
};

}  // namespace senales::ui
