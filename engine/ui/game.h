#pragma once
// What the screens show and act on, with no screen in it: the scenarios on offer, who is playing
// for which audience, the attempt being played (play/attempt_play.h) and the records as they are
// shown (play/trainee_records.h), the settings and the words of the chosen language. Which screen
// is open, and what comes next, is the GameFlow's (game_flow.h).

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog.h"
#include "core/names.h"
#include "core/runner.h"
#include "core/scenario.h"
#include "host.h"
#include "play/attempt_play.h"
#include "play/facilitator.h"
#include "play/trainee_records.h"
#include "settings.h"
#include "ui_text.h"
#include "widgets.h"
#include "wording/debrief.h"
#include "wording/translations.h"
#include "wording/wording.h"

namespace senales::records {
class RecordStore;
}

namespace senales::ui {

// The scenarios on offer, loaded by the app. `scenarios` must not change while a Game lives.
struct GameData {
    const Catalog* catalog = nullptr;
    std::vector<Scenario> scenarios;      // every audience, in folder order
    std::filesystem::path assets;         // shared images (assets/), besides each scenario's folder
    std::filesystem::path user_scenarios; // a trainer's own and received ones; shown on the list
    int scenarios_not_loaded = 0;         // shown on the list, so a broken file is not silently missing
    // Every new attempt draws the seed of its choice order; tests and `senales shots` fix it, so
    // that what they see is the same on every run.
    std::optional<std::uint32_t> fixed_seed;
    const TextTable* interface = nullptr;  // the interface's words (interface.lua)
    const Languages* languages = nullptr;  // what can be chosen in Settings
};

class Game {
public:
    // `store` is the records file of this machine (or one in memory when it cannot be opened).
    Game(GameData data, Settings settings, records::RecordStore& store, Images& images, KeyCodes keys);
    ~Game();
    Game(const Game&) = delete;
    Game& operator=(const Game&) = delete;

    // [SECTION] The machine and the words
    const GameData& data() const { return data_; }
    const Settings& settings() const { return settings_; }
    Settings& settings() { return settings_; }  // the Settings screen edits it; the host applies it
    const Look& look() const { return look_; }
    Look& look() { return look_; }
    const Lang& lang() const { return words_->lang(); }
    const Wording& words() const { return *words_; }
    const char* t(Str key) const;
    void set_language(const Lang& lang);  // one of data().languages; Spanish when it is not installed
    // The frame is drawn: the wording of a language left during it can go (see retired_words_).
    void frame_drawn() { retired_words_.clear(); }
    const std::vector<std::string>& notices() const { return notices_; }
    void add_notice(std::string notice) { notices_.push_back(std::move(notice)); }

    // [SECTION] Who is playing, and what
    const std::string& trainee() const { return trainee_; }  // empty for a guest
    // The trainee's name as the fonts can draw it, or "Guest".
    std::string trainee_or_guest() const;
    // Signs in as `typed` (tidied; found again however it is typed). A name that cannot be kept
    // changes nothing and says why. `offered` tells whether an unfinished attempt is offered.
    NameProblem sign_in(std::string_view typed, bool* offered = nullptr);
    // A new guest session: its own records, shared with no other guest.
    void sign_in_as_guest();
    // Who played here lately, to offer on the name screen.
    std::vector<std::string> recent_names();
    // What the trainee trains for; none until chosen (it decides which scenarios are offered).
    std::optional<Audience> audience() const { return audience_; }
    void set_audience(Audience audience) { audience_ = audience; }
    std::vector<std::size_t> scenarios_for_audience() const;
    const Scenario* find_scenario(const std::string& id) const;
    void select_scenario(std::size_t index);  // into data().scenarios
    const Scenario* scenario() const { return scenario_; }

    // [SECTION] The attempt being played
    const Runner* runner() const { return play_ ? &play_->runner() : nullptr; }
    void begin();  // a new attempt at the selected scenario
    std::optional<std::string> toggle_flag(const std::string& detail_id);
    std::optional<std::string> choose(int number);  // 1-based among the choices on offer
    const ChoiceFeedback& last_feedback() const { return feedback_; }
    // Whether the last choice's feedback card shows now, under the settings.
    bool feedback_now() const;
    void restart();
    void try_again_from(std::size_t decision);
    void leave();  // the attempt stays in the records as abandoned
    // The attempt stays in progress, to go on with from the scenario list or after signing in again.
    void keep_for_later();
    // A line to show once on the next screen that can (what leaving did); empty when none.
    std::string take_message() { return std::exchange(message_, {}); }
    const Debrief* debrief();  // in the current language, once the story ended
    const Texture* scene_image();

    // [SECTION] The records
    const std::optional<play::Unfinished>& unfinished() const { return unfinished_; }
    void resume_unfinished();   // replays its saved steps and goes on where it was
    void discard_unfinished();  // keeps it as abandoned
    // This trainee's attempts, as of the last refresh (entering the list or My progress).
    const play::Progress& progress() const { return progress_; }
    void refresh_progress();
    std::optional<int> best_score(const Scenario& scenario) const { return progress_.best_score(scenario.id); }
    // What only the facilitator may see and do, behind the PIN.
    play::Facilitator& facilitator() { return facilitator_; }
    // Every trainee's finished attempts per scenario, and who has records here, as of the last
    // refresh; empty while the facilitator view is locked.
    const std::vector<play::ScenarioSummary>& class_summary() const { return class_summary_; }
    // xAPI statements a learning record store has not accepted yet (records push sends them).
    std::size_t statements_waiting() const { return statements_waiting_; }
    const std::vector<std::string>& roster() const { return roster_; }
    void refresh_class_summary();
    int delete_trainee_records();  // returns how many attempts went

private:
    ChoiceOrder new_order() const;
    void signed_in();  // offers an unfinished attempt of the trainee just signed in
    void find_unfinished();    // for an attempt that starts from the beginning

    GameData data_;
    Settings settings_;
    Look look_;
    std::unique_ptr<Wording> words_;
    // A screen that switches the language mid-frame still holds the old words and texts from
    // them until its draw ends: they live until then.
    std::vector<std::unique_ptr<Wording>> retired_words_;
    Images& images_;
    std::vector<std::string> notices_;
    std::string message_;
    play::TraineeRecords records_;

    std::string trainee_;
    std::optional<Audience> audience_;
    const Scenario* scenario_ = nullptr;
    std::unique_ptr<play::AttemptPlay> play_;
    ChoiceFeedback feedback_;
    std::optional<Debrief> debrief_;
    std::optional<play::Unfinished> unfinished_;
    play::Progress progress_;
    play::Facilitator facilitator_;
    std::vector<play::ScenarioSummary> class_summary_;
    std::size_t statements_waiting_ = 0;
    std::vector<std::string> roster_;
};

}  // namespace senales::ui
