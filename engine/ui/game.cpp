#include "game.h"

#include <system_error>

#include "wording/drawable.h"

namespace senales::ui {

Game::Game(GameData data, Settings settings, records::RecordStore& store, Images& images, KeyCodes keys)
    : data_(std::move(data)), settings_(settings), images_(images),
      records_(store, [this](const std::string& problem) { add_notice(trf(Str::records_problem, words(), {problem})); }),
      facilitator_(store, [this](const std::string& problem) { add_notice(trf(Str::records_problem, words(), {problem})); }) {
    look_.keys = keys;
    static const TextTable kNoInterface;  // only when a caller gave none: every key shows as [key]
    if (!data_.interface) data_.interface = &kNoInterface;
    set_language(settings.lang);
}

Game::~Game() = default;

// [SECTION] The machine and the words -----------------------------------------------------------

const char* Game::t(Str key) const { return tr(key, *words_); }

void Game::set_language(const Lang& lang) {
    const bool installed = data_.languages && data_.languages->has(lang);
    settings_.lang = installed || lang == Lang::en ? lang : Lang::es;
    if (words_) retired_words_.push_back(std::move(words_));
    words_ = std::make_unique<Wording>(settings_.lang, *data_.interface,
                                       data_.languages ? data_.languages->pack(settings_.lang) : nullptr);
    debrief_.reset();
}

// [SECTION] Who is playing, and what ------------------------------------------------------------

std::string Game::trainee_or_guest() const { return trainee_.empty() ? t(Str::guest) : drawable_text(trainee_); }

NameProblem Game::sign_in(std::string_view typed, bool* offered) {
    std::string name = tidy_name(typed);
    const NameProblem problem = name_problem(name);
    if (problem != NameProblem::none) return problem;
    trainee_ = std::move(name);
    records_.sign_in(trainee_);
    signed_in();
    if (offered) *offered = unfinished_.has_value();
    return NameProblem::none;
}

void Game::sign_in_as_guest() {
    trainee_.clear();
    records_.sign_in_as_guest();
    signed_in();
}

void Game::signed_in() {
    // An attempt still open stays in progress, as when the window closes: it is offered again.
    play_.reset();
    feedback_ = {};
    debrief_.reset();
    find_unfinished();
}

void Game::find_unfinished() {
    play::FoundUnfinished found = records_.find_unfinished(data_.scenarios);
    if (found.set_aside) {
        const Scenario* gone = find_scenario(*found.set_aside);
        add_notice(trf(Str::resume_changed, words(), {gone ? words().of(gone->title) : *found.set_aside}));
    }
    unfinished_ = found.offer;
}

std::vector<std::string> Game::recent_names() {
    std::vector<std::string> names = records_.recent_names(5);
    for (std::string& name : names) name = drawable_text(name);
    return names;
}

std::vector<std::size_t> Game::scenarios_for_audience() const {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < data_.scenarios.size(); ++i)
        if (audience_ && data_.scenarios[i].audience == *audience_) found.push_back(i);
    return found;
}

const Scenario* Game::find_scenario(const std::string& id) const {
    for (const Scenario& scenario : data_.scenarios)
        if (scenario.id == id) return &scenario;
    return nullptr;
}

void Game::select_scenario(std::size_t index) {
    if (index >= data_.scenarios.size()) return;
    leave();
    scenario_ = &data_.scenarios[index];
}

// [SECTION] The attempt being played ------------------------------------------------------------

ChoiceOrder Game::new_order() const { return ChoiceOrder::shuffled(data_.fixed_seed.value_or(draw_seed())); }

void Game::begin() {
    if (!scenario_) return;
    leave();
    play_ = records_.start(*scenario_, *data_.catalog, lang(), new_order());
}

std::optional<std::string> Game::toggle_flag(const std::string& detail_id) {
    if (!play_) return std::string("no scenario is being played");
    return play_->toggle_flag(detail_id);
}

std::optional<std::string> Game::choose(int number) {
    if (!play_) return std::string("no choice is on offer");
    ChoiceFeedback feedback;
    if (auto error = play_->choose_offered(number, &feedback)) return error;
    feedback_ = feedback;
    debrief_.reset();
    return std::nullopt;
}

bool Game::feedback_now() const {
    return scenario_ && immediate_feedback(settings_, *scenario_) && !feedback_.empty() && !feedback_.note.empty();
}

void Game::restart() {
    if (!play_) return;
    play_->restart(new_order());
    feedback_ = {};
    debrief_.reset();
}

void Game::try_again_from(std::size_t decision) {
    if (!play_) return;
    play_->rewind_to_decision(decision);
    feedback_ = {};
    debrief_.reset();
}

void Game::leave() {
    if (play_ && !play_->finished()) message_ = trf(Str::leave_abandoned, words(), {words().of(scenario_->title)});
    if (play_) play_->abandon();
    play_.reset();
    feedback_ = {};
    debrief_.reset();
}

void Game::keep_for_later() {
    if (!play_) return;
    message_ = trf(Str::leave_kept, words(), {words().of(scenario_->title)});
    play_.reset();  // nothing is abandoned: its steps are saved already
    feedback_ = {};
    debrief_.reset();
    find_unfinished();
}

const Debrief* Game::debrief() {
    if (!play_ || !play_->finished()) return nullptr;
    if (!debrief_ || !(debrief_->lang == lang()))
        debrief_ = build_debrief(*scenario_, *data_.catalog, play_->runner().state(), *words_);
    return &*debrief_;
}

const Texture* Game::scene_image() {
    if (!play_ || play_->runner().scene().image.empty()) return nullptr;
    const std::string& name = play_->runner().scene().image;
    std::filesystem::path file = std::filesystem::path(scenario_->folder) / name;
    std::error_code error;
    if (!std::filesystem::exists(file, error) && std::filesystem::exists(data_.assets / name, error))
        file = data_.assets / name;
    return &images_.get(file);
}

// [SECTION] The records -------------------------------------------------------------------------

void Game::resume_unfinished() {
    if (!unfinished_) return;
    leave();
    scenario_ = unfinished_->scenario;
    audience_ = scenario_->audience;
    play_ = records_.resume(*data_.catalog, lang());
    unfinished_.reset();
}

void Game::discard_unfinished() {
    records_.discard_unfinished();
    unfinished_.reset();
}

void Game::refresh_progress() { progress_ = records_.progress(); }

void Game::refresh_class_summary() {
    class_summary_ = facilitator_.class_summary();
    roster_ = facilitator_.trainees();
    statements_waiting_ = facilitator_.statements_waiting();
}

int Game::delete_trainee_records() {
    const int deleted = records_.delete_trainee();
    refresh_progress();
    return deleted;
}

}  // namespace senales::ui
