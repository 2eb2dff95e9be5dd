#include "game_flow.h"

#include <system_error>

#include "screens.h"
#include "theme.h"

namespace senales::ui {

std::string_view to_string(Screen screen) {
    switch (screen) {
        case Screen::title: return "title";
        case Screen::who: return "who";
        case Screen::list: return "list";
        case Screen::content_note: return "content_note";
        case Screen::scene: return "scene";
        case Screen::feedback: return "feedback";
        case Screen::discussion: return "discussion";
        case Screen::pause: return "pause";
        case Screen::ending: return "ending";
        case Screen::debrief: return "debrief";
        case Screen::settings: return "settings";
    }
    return "?";
}

GameFlow::GameFlow(GameData data, Settings settings, Progress& progress, Images& images, KeyCodes keys)
    : data_(std::move(data)), settings_(settings), progress_(progress), images_(images),
      screens_(std::make_unique<Screens>()) {
    look_.keys = keys;
}

GameFlow::~GameFlow() = default;

// [SECTION] Drawing -----------------------------------------------------------------------------

void GameFlow::draw() {
    if (!styled_once_ || styled_.theme != settings_.theme || styled_.text_percent != settings_.text_percent) {
        apply_theme(settings_.theme, settings_.text_scale());
        styled_ = settings_;
        styled_once_ = true;
    }
    look_.colors = palette(settings_.theme);
    look_.scale = settings_.text_scale();
    clear_probes();
    if (key_pressed(look_.keys.f11)) {
        settings_.fullscreen = !settings_.fullscreen;
        changed();
    }
    const Screen before = screen_;
    const Settings settings_before = settings_;
    switch (screen_) {
        case Screen::title: screens_->title.draw(*this); break;
        case Screen::who: screens_->who.draw(*this); break;
        case Screen::list: screens_->list.draw(*this); break;
        case Screen::content_note: screens_->content_note.draw(*this); break;
        case Screen::scene: screens_->scene.draw(*this); break;
        case Screen::feedback: screens_->feedback.draw(*this); break;
        case Screen::discussion: screens_->discussion.draw(*this); break;
        case Screen::pause: screens_->pause.draw(*this); break;
        case Screen::ending: screens_->ending.draw(*this); break;
        case Screen::debrief: screens_->debrief.draw(*this); break;
        case Screen::settings: screens_->settings.draw(*this); break;
    }
    if (screen_ != before || !(settings_ == settings_before)) changed();
}

bool GameFlow::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

// [SECTION] What the screens show ---------------------------------------------------------------

const char* GameFlow::t(Str key) const { return tr(key, settings_.lang); }

std::string GameFlow::trainee_or_guest() const { return trainee_.empty() ? t(Str::guest) : trainee_; }

std::vector<std::size_t> GameFlow::scenarios_for_audience() const {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < data_.scenarios.size(); ++i)
        if (data_.scenarios[i].audience == audience_) found.push_back(i);
    return found;
}

std::optional<int> GameFlow::best_score(const Scenario& scenario) const {
    // Guests share one record under a fixed key, whatever the language they played in.
    return progress_.best(trainee_.empty() ? std::string("guest") : trainee_, scenario.id);
}

const Debrief* GameFlow::debrief() {
    if (!runner_ || !runner_->finished()) return nullptr;
    if (!debrief_ || debrief_->lang != settings_.lang)
        debrief_ = build_debrief(*scenario_, *data_.catalog, runner_->state(), settings_.lang);
    if (!recorded_) {
        progress_.record(trainee_.empty() ? std::string("guest") : trainee_, scenario_->id, debrief_->score);
        recorded_ = true;
    }
    return &*debrief_;
}

const Texture* GameFlow::scene_image() {
    if (!runner_ || runner_->scene().image.empty()) return nullptr;
    const std::string& name = runner_->scene().image;
    std::filesystem::path file = std::filesystem::path(scenario_->folder) / name;
    std::error_code error;
    if (!std::filesystem::exists(file, error) && std::filesystem::exists(data_.assets / name, error))
        file = data_.assets / name;
    return &images_.get(file);
}

// [SECTION] Actions -----------------------------------------------------------------------------

void GameFlow::show(Screen screen) {
    screen_ = screen;
    changed();
}

void GameFlow::open_settings() {
    if (screen_ != Screen::settings) before_settings_ = screen_;
    show(Screen::settings);
}

void GameFlow::close_settings() { show(before_settings_); }

void GameFlow::set_language(Lang lang) {
    settings_.lang = lang;
    changed();
}

void GameFlow::open_scenario(std::size_t index) {
    if (index >= data_.scenarios.size()) return;
    scenario_ = &data_.scenarios[index];
    runner_.reset();
    debrief_.reset();
    show(Screen::content_note);
}

void GameFlow::begin() {
    if (!scenario_) return;
    runner_ = std::make_unique<Runner>(*scenario_, *data_.catalog);
    debrief_.reset();
    recorded_ = false;
    enter_scene();
}

void GameFlow::enter_scene() {
    if (runner_->finished()) show(Screen::ending);
    else if (settings_.facilitator && !runner_->scene().prompt.empty()) show(Screen::discussion);
    else show(Screen::scene);
}

std::optional<std::string> GameFlow::toggle_flag(const std::string& detail_id) {
    if (!runner_) return std::string("no scenario is being played");
    changed();
    return runner_->state().is_flagged(detail_id) ? runner_->unflag(detail_id) : runner_->flag(detail_id);
}

std::optional<std::string> GameFlow::choose(int number) {
    if (!runner_ || runner_->finished()) return std::string("no choice is on offer");
    ChoiceFeedback feedback;
    if (auto error = runner_->choose_offered(number, &feedback)) return error;
    feedback_ = feedback;
    debrief_.reset();
    if (immediate_feedback(settings_, *scenario_) && !feedback.empty() && !feedback.note.empty()) show(Screen::feedback);
    else enter_scene();
    return std::nullopt;
}

void GameFlow::continue_story() {
    if (!runner_) return;
    if (screen_ == Screen::feedback) enter_scene();
    else if (screen_ == Screen::discussion) show(Screen::scene);
}

void GameFlow::pause() {
    if (screen_ == Screen::pause) return;
    before_pause_ = screen_;
    show(Screen::pause);
}

void GameFlow::resume() { show(before_pause_); }

void GameFlow::restart() {
    if (!runner_) return;
    runner_->restart();
    debrief_.reset();
    recorded_ = false;
    enter_scene();
}

void GameFlow::leave() {
    runner_.reset();
    debrief_.reset();
    show(Screen::list);
}

void GameFlow::show_debrief() {
    if (runner_ && runner_->finished()) show(Screen::debrief);
}

void GameFlow::try_again_from(std::size_t decision) {
    if (!runner_ || decision >= runner_->state().decisions.size()) return;
    runner_->rewind_to_decision(decision);
    debrief_.reset();
    recorded_ = false;
    enter_scene();
}

void GameFlow::scroll_debrief_to(float fraction) {
    screens_->debrief.scroll_to = fraction;
    screens_->debrief.scroll_frames = 4;
    changed();
}

}  // namespace senales::ui
