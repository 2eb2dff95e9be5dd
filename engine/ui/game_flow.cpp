#include "game_flow.h"

#include <algorithm>
#include <system_error>

#include "screens.h"
#include "theme.h"

namespace senales::ui {

std::string_view to_string(Screen screen) {
    switch (screen) {
        case Screen::title: return "title";
        case Screen::who: return "who";
        case Screen::resume: return "resume";
        case Screen::list: return "list";
        case Screen::content_note: return "content_note";
        case Screen::scene: return "scene";
        case Screen::feedback: return "feedback";
        case Screen::discussion: return "discussion";
        case Screen::pause: return "pause";
        case Screen::ending: return "ending";
        case Screen::debrief: return "debrief";
        case Screen::settings: return "settings";
        case Screen::progress: return "progress";
        case Screen::class_summary: return "class_summary";
    }
    return "?";
}

GameFlow::GameFlow(GameData data, Settings settings, records::RecordStore& store, Images& images, KeyCodes keys)
    : data_(std::move(data)), settings_(settings), store_(store), images_(images),
      screens_(std::make_unique<Screens>()) {
    look_.keys = keys;
    static const TextTable kNoInterface;  // only when a caller gave none: every key shows as [key]
    if (!data_.interface) data_.interface = &kNoInterface;
    set_language(settings.lang);
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
        case Screen::resume: screens_->resume.draw(*this); break;
        case Screen::list: screens_->list.draw(*this); break;
        case Screen::content_note: screens_->content_note.draw(*this); break;
        case Screen::scene: screens_->scene.draw(*this); break;
        case Screen::feedback: screens_->feedback.draw(*this); break;
        case Screen::discussion: screens_->discussion.draw(*this); break;
        case Screen::pause: screens_->pause.draw(*this); break;
        case Screen::ending: screens_->ending.draw(*this); break;
        case Screen::debrief: screens_->debrief.draw(*this); break;
        case Screen::settings: screens_->settings.draw(*this); break;
        case Screen::progress: screens_->progress.draw(*this); break;
        case Screen::class_summary: screens_->class_summary.draw(*this); break;
    }
    if (screen_ != before || !(settings_ == settings_before)) changed();
}

bool GameFlow::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

// [SECTION] What the screens show ---------------------------------------------------------------

const char* GameFlow::t(Str key) const { return tr(key, *words_); }

std::string GameFlow::trainee_or_guest() const { return trainee_.empty() ? t(Str::guest) : trainee_; }

std::vector<std::size_t> GameFlow::scenarios_for_audience() const {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < data_.scenarios.size(); ++i)
        if (data_.scenarios[i].audience == audience_) found.push_back(i);
    return found;
}

std::optional<int> GameFlow::best_score(const Scenario& scenario) const {
    std::optional<int> best;
    for (const records::Attempt& attempt : history_)
        if (attempt.scenario == scenario.id && attempt.result && attempt.result->current_rule())
            best = std::max(best.value_or(0), attempt.result->overall);
    return best;
}

const Scenario* GameFlow::find_scenario(const std::string& id) const {
    for (const Scenario& scenario : data_.scenarios)
        if (scenario.id == id) return &scenario;
    return nullptr;
}

const Debrief* GameFlow::debrief() {
    if (!runner_ || !runner_->finished()) return nullptr;
    if (!debrief_ || !(debrief_->lang == lang()))
        debrief_ = build_debrief(*scenario_, *data_.catalog, runner_->state(), *words_);
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
    if (screen == Screen::list || screen == Screen::progress) refresh_history();
    changed();
}

void GameFlow::open_settings() {
    if (screen_ != Screen::settings) before_settings_ = screen_;
    show(Screen::settings);
}

void GameFlow::close_settings() { show(before_settings_); }

void GameFlow::set_language(const Lang& lang) {
    const bool installed = data_.languages && data_.languages->has(lang);
    settings_.lang = installed || lang == Lang::en ? lang : Lang::es;
    words_ = std::make_unique<Wording>(settings_.lang, *data_.interface,
                                       data_.languages ? data_.languages->pack(settings_.lang) : nullptr);
    debrief_.reset();
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
    runner_ = std::make_unique<Runner>(*scenario_, *data_.catalog, new_order());
    debrief_.reset();
    start_attempt();
    enter_scene();
}

ChoiceOrder GameFlow::new_order() const { return ChoiceOrder::shuffled(data_.fixed_seed.value_or(draw_seed())); }

void GameFlow::enter_scene() {
    if (runner_->finished()) {
        if (recorder().recording()) recorder().finish(debrief()->facts, *scenario_);
        show(Screen::ending);
    }
    else if (settings_.facilitator && !runner_->scene().prompt.empty()) show(Screen::discussion);
    else show(Screen::scene);
}

std::optional<std::string> GameFlow::toggle_flag(const std::string& detail_id) {
    if (!runner_) return std::string("no scenario is being played");
    changed();
    auto error = runner_->state().is_flagged(detail_id) ? runner_->unflag(detail_id) : runner_->flag(detail_id);
    save_steps();
    return error;
}

std::optional<std::string> GameFlow::choose(int number) {
    if (!runner_ || runner_->finished()) return std::string("no choice is on offer");
    ChoiceFeedback feedback;
    if (auto error = runner_->choose_offered(number, &feedback)) return error;
    save_steps();
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
    // A new attempt from the start, in a new order: starting over must not be a way to learn
    // which position the good choices take.
    runner_ = std::make_unique<Runner>(*scenario_, *data_.catalog, new_order());
    debrief_.reset();
    start_attempt();
    enter_scene();
}

void GameFlow::leave() {
    if (runner_) recorder().abandon();
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
    start_attempt();
    enter_scene();
}

// [SECTION] Records -----------------------------------------------------------------------------

std::string GameFlow::trainee_key() const {
    // Guests share one record under a fixed key, whatever the language they played in.
    return trainee_.empty() ? std::string("guest") : trainee_;
}

records::AttemptRecorder& GameFlow::recorder() {
    if (!recorder_ || recorder_->trainee() != trainee_key())
        recorder_ = std::make_unique<records::AttemptRecorder>(store_, trainee_key(), [this](const std::string& problem) {
            add_notice(trf(Str::records_problem, words(), {problem}));
        });
    return *recorder_;
}

void GameFlow::start_attempt() {
    recorder().start(*scenario_, lang(), runner_->state().order);
    saved_steps_ = 0;
    save_steps();  // after a rewind, the steps up to that decision belong to the new attempt
}

void GameFlow::save_steps() {
    const StoryState& state = runner_->state();
    // A step was taken in the scene of the first decision at or after it, or else in this one.
    std::size_t decision = 0;
    for (std::size_t k = saved_steps_; k < state.steps.size(); ++k) {
        while (decision < state.decisions.size() && state.decisions[decision].step_index < k) ++decision;
        const int scene = decision < state.decisions.size() ? state.decisions[decision].scene : state.scene;
        recorder().step(state.steps[k], scenario_->scenes[static_cast<std::size_t>(scene)]);
    }
    saved_steps_ = state.steps.size();
}

// A records file that fails to read leaves the lists empty and says why; the game goes on.
template <typename Read>
void GameFlow::reading_records(Read read) {
    try {
        read();
    } catch (const records::RecordsError& failure) {
        add_notice(trf(Str::records_problem, words(), {failure.what()}));
    }
}

void GameFlow::refresh_history() {
    history_.clear();
    reading_records([&] { history_ = store_.attempts(trainee_key()); });
}

void GameFlow::confirm_trainee(std::string name) {
    trainee_ = std::move(name);
    unfinished_ = recorder().unfinished();
    if (unfinished_) {
        const Scenario* scenario = find_scenario(unfinished_->scenario);
        if (scenario && records::AttemptRecorder::fits(*unfinished_, *scenario)) {
            show(Screen::resume);
            return;
        }
        add_notice(trf(Str::resume_changed, words(), {scenario ? words().of(scenario->title) : unfinished_->scenario}));
        recorder().abandon(*unfinished_);
        unfinished_.reset();
    }
    show(Screen::list);
}

void GameFlow::resume_unfinished() {
    if (!unfinished_) return;
    const Scenario* scenario = find_scenario(unfinished_->scenario);
    if (!scenario) return discard_unfinished();
    const std::vector<Step> steps = records::replayable_steps(*unfinished_, *scenario);
    scenario_ = scenario;
    audience_ = scenario->audience;
    runner_ = std::make_unique<Runner>(*scenario_, *data_.catalog, records::choice_order(*unfinished_));
    debrief_.reset();
    // The file is the one the steps were saved against, so they replay; if one no longer did,
    // the story goes on from the last step that does, and only the steps kept are saved from here.
    runner_->replay(steps);
    recorder().resume(*unfinished_);
    saved_steps_ = std::min(steps.size(), runner_->state().steps.size());
    unfinished_.reset();
    enter_scene();
}

void GameFlow::discard_unfinished() {
    if (unfinished_) recorder().abandon(*unfinished_);
    unfinished_.reset();
    show(Screen::list);
}

void GameFlow::open_progress() { show(Screen::progress); }

void GameFlow::open_class_summary() {
    class_summary_.clear();
    reading_records([&] { class_summary_ = records::class_summary(store_.attempts()); });
    show(Screen::class_summary);
}

int GameFlow::delete_trainee_records() {
    int deleted = 0;
    reading_records([&] { deleted = store_.delete_trainee(trainee_key()); });
    refresh_history();
    changed();
    return deleted;
}

void GameFlow::scroll_debrief_to(float fraction) {
    screens_->debrief.scroll_to = fraction;
    screens_->debrief.scroll_frames = 4;
    changed();
}

}  // namespace senales::ui
