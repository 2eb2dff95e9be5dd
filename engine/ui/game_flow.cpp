#include "game_flow.h"

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
        case Screen::debrief_details: return "debrief_details";
        case Screen::sources: return "sources";
        case Screen::settings: return "settings";
        case Screen::progress: return "progress";
        case Screen::class_summary: return "class_summary";
        case Screen::facilitator_pin: return "facilitator_pin";
        case Screen::leave: return "leave";
    }
    return "?";
}

std::unique_ptr<ScreenBase> make_screen(Screen screen) {
    switch (screen) {
        case Screen::title: return std::make_unique<TitleScreen>();
        case Screen::who: return std::make_unique<WhoIsPlayingScreen>();
        case Screen::resume: return std::make_unique<ResumeScreen>();
        case Screen::list: return std::make_unique<ScenarioListScreen>();
        case Screen::content_note: return std::make_unique<ContentNoteScreen>();
        case Screen::scene: return std::make_unique<SceneScreen>();
        case Screen::feedback: return std::make_unique<FeedbackCard>();
        case Screen::discussion: return std::make_unique<DiscussionPromptCard>();
        case Screen::pause: return std::make_unique<PauseMenu>();
        case Screen::ending: return std::make_unique<EndingScreen>();
        case Screen::debrief: return std::make_unique<DebriefScreen>();
        case Screen::debrief_details: return std::make_unique<DebriefDetailsScreen>();
        case Screen::sources: return std::make_unique<SourcesScreen>();
        case Screen::settings: return std::make_unique<SettingsScreen>();
        case Screen::progress: return std::make_unique<ProgressScreen>();
        case Screen::class_summary: return std::make_unique<ClassSummaryScreen>();
        case Screen::facilitator_pin: return std::make_unique<FacilitatorPinScreen>();
        case Screen::leave: return std::make_unique<LeaveScreen>();
    }
    return std::make_unique<TitleScreen>();
}

GameFlow::GameFlow(GameData data, Settings settings, records::RecordStore& store, Images& images, KeyCodes keys)
    : game_(std::move(data), settings, store, images, keys) {
    go(Screen::title);
}

GameFlow::~GameFlow() = default;

Screen GameFlow::screen() const { return stack_.back()->id(); }

// [SECTION] Drawing -----------------------------------------------------------------------------

void GameFlow::draw() {
    Settings& settings = game_.settings();
    if (!styled_once_ || styled_.theme != settings.theme || styled_.text_percent != settings.text_percent) {
        apply_theme(settings.theme, settings.text_scale());
        styled_ = settings;
        styled_once_ = true;
    }
    Look& look = game_.look();
    look.colors = palette(settings.theme);
    look.scale = settings.text_scale();
    clear_probes();
    frame_begins(look, game_.t(Str::more_below));
    if (action_pressed(Action::full_screen)) {
        settings.fullscreen = !settings.fullscreen;
        changed();
    }
    const Settings settings_before = settings;
    drawing_ = true;
    stack_.back()->draw(*this);
    drawing_ = false;
    settle();
    game_.frame_drawn();
    if (!(game_.settings() == settings_before)) changed();
}

bool GameFlow::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

// [SECTION] Transitions -------------------------------------------------------------------------

void GameFlow::go(Screen screen) { request({Move::Kind::go, screen}); }
void GameFlow::open_over(Screen screen) { request({Move::Kind::over, screen}); }
void GameFlow::back() { request({Move::Kind::back, Screen::title}); }

void GameFlow::request(Move move) {
    pending_.push_back(move);
    // A screen asks during its own draw: it is replaced once that draw is over, not under it.
    if (!drawing_) settle();
}

void GameFlow::settle() {
    if (pending_.empty()) return;
    std::vector<Move> moves = std::move(pending_);
    pending_.clear();
    for (const Move& move : moves) {
        switch (move.kind) {
            case Move::Kind::go: stack_.clear(); [[fallthrough]];
            case Move::Kind::over:
                // The same overlay twice (Esc held on a pause menu) stays one.
                if (stack_.empty() || stack_.back()->id() != move.screen || move.kind == Move::Kind::go)
                    stack_.push_back(make_screen(move.screen));
                break;
            case Move::Kind::back:
                if (stack_.size() > 1) stack_.pop_back();
                break;
        }
    }
    stack_.back()->entered(*this);
    changed();
}

void GameFlow::into_story() {
    const Runner* runner = game_.runner();
    facilitation_ = {};
    if (!runner) go(Screen::list);
    else if (runner->finished()) go(Screen::ending);
    else go(Screen::scene);
}

// [SECTION] Facilitation ------------------------------------------------------------------------

bool GameFlow::facilitating() const {
    const Runner* runner = game_.runner();
    return game_.settings().facilitator && runner && !runner->finished();
}

bool GameFlow::prompt_comes_first() const {
    return facilitating() && !game_.runner()->scene().prompt.empty() && !facilitation_.prompt_seen;
}

std::size_t GameFlow::choices_shown() const {
    const Runner* runner = game_.runner();
    if (!runner || runner->finished()) return 0;
    const std::size_t offered = runner->available_choices().size();
    if (!facilitating()) return offered;
    return prompt_comes_first() ? 0 : std::min(offered, facilitation_.choices_shown);
}

void GameFlow::show_prompt() {
    if (!facilitating() || game_.runner()->scene().prompt.empty()) return;
    facilitation_.prompt_seen = true;
    open_over(Screen::discussion);
}

void GameFlow::reveal_next_choice() {
    if (!facilitating() || prompt_comes_first()) return;
    facilitation_.choices_shown = std::min(facilitation_.choices_shown + 1, game_.runner()->available_choices().size());
    changed();
}

void GameFlow::reveal_all_choices() {
    if (!facilitating() || prompt_comes_first()) return;
    facilitation_.choices_shown = game_.runner()->available_choices().size();
    changed();
}

// [SECTION] The trainee's moves -----------------------------------------------------------------

NameProblem GameFlow::confirm_trainee(std::string_view name) {
    bool offered = false;
    const NameProblem problem = game_.sign_in(name, &offered);
    if (problem == NameProblem::none) go(offered ? Screen::resume : Screen::list);
    return problem;
}

void GameFlow::continue_as_guest() {
    game_.sign_in_as_guest();
    go(Screen::list);
}

void GameFlow::open_scenario(std::size_t index) {
    game_.select_scenario(index);
    if (game_.scenario()) go(Screen::content_note);
}

void GameFlow::begin() {
    game_.begin();
    into_story();
}

std::optional<std::string> GameFlow::toggle_flag(const std::string& detail_id) {
    changed();
    return game_.toggle_flag(detail_id);
}

std::optional<std::string> GameFlow::choose(int number) {
    if (number < 1 || static_cast<std::size_t>(number) > choices_shown()) return std::string("that choice is not shown");
    if (auto error = game_.choose(number)) return error;
    if (game_.feedback_now()) go(Screen::feedback);
    else into_story();
    return std::nullopt;
}

void GameFlow::continue_story() {
    if (screen() == Screen::feedback) into_story();
    else if (screen() == Screen::discussion) back();  // to the scene it was opened over
}

void GameFlow::restart() {
    game_.restart();
    into_story();
}

void GameFlow::try_again_from(std::size_t decision) {
    game_.try_again_from(decision);
    into_story();
}

void GameFlow::leave() {
    game_.leave();
    go(Screen::list);
}

void GameFlow::keep_for_later() {
    game_.keep_for_later();
    go(Screen::list);
}

void GameFlow::resume_unfinished() {
    game_.resume_unfinished();
    into_story();
}

void GameFlow::show_debrief() {
    if (game_.runner() && game_.runner()->finished()) go(Screen::debrief);
}

void GameFlow::scroll_debrief_to(float fraction) {
    settle();
    if (auto* debrief = dynamic_cast<DebriefDetailsScreen*>(stack_.back().get())) {
        debrief->scroll_to = fraction;
        debrief->scroll_frames = 4;
    }
    changed();
}

}  // namespace senales::ui
