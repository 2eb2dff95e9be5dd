#pragma once
// Which screen is shown, and the one Runner of the scenario being played. Screens draw and call
// the actions here; the actions call the core (Runner, build_debrief) and never score or judge
// anything themselves. Tests and `senales shots` drive the same actions, or the keyboard.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/debrief.h"
#include "core/runner.h"
#include "core/scenario.h"
#include "host.h"
#include "progress.h"
#include "settings.h"
#include "ui_text.h"
#include "widgets.h"

namespace senales::ui {

enum class Screen { title, who, list, content_note, scene, feedback, discussion, pause, ending, debrief, settings };
std::string_view to_string(Screen screen);

// The scenarios on offer, loaded by the app. `scenarios` must not change while a GameFlow lives.
struct GameData {
    const Catalog* catalog = nullptr;
    std::vector<Scenario> scenarios;      // every audience, in folder order
    std::filesystem::path assets;         // shared images (assets/), besides each scenario's folder
    int scenarios_not_loaded = 0;         // shown on the list, so a broken file is not silently missing
};

struct Screens;  // one struct per screen, in screens.h

class GameFlow {
public:
    GameFlow(GameData data, Settings settings, Progress& progress, Images& images, KeyCodes keys);
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
    Lang lang() const { return settings_.lang; }
    const char* t(Str key) const;
    const std::string& trainee() const { return trainee_; }
    std::string trainee_or_guest() const;
    Audience audience() const { return audience_; }
    std::vector<std::size_t> scenarios_for_audience() const;
    std::optional<int> best_score(const Scenario& scenario) const;
    const Scenario* scenario() const { return scenario_; }
    const Runner* runner() const { return runner_.get(); }
    const ChoiceFeedback& last_feedback() const { return feedback_; }
    const Debrief* debrief();  // built by the core, in the current language, once the story ended
    const Texture* scene_image();
    const std::vector<std::string>& notices() const { return notices_; }

    // [SECTION] Actions
    void show(Screen screen);
    void open_settings();
    void close_settings();
    void set_language(Lang lang);
    void set_trainee(std::string name) { trainee_ = std::move(name); }
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

    GameData data_;
    Settings settings_;
    Settings styled_;  // what the ImGui style was last built for
    bool styled_once_ = false;
    Progress& progress_;
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
    bool recorded_ = false;  // this run's score went to Progress
    std::vector<std::string> notices_;
    bool changed_ = true;
    bool quit_ = false;
};

}  // namespace senales::ui
