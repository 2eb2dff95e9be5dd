#pragma once
// One type per screen, each with the little state it keeps while open and a draw() that shows it,
// acts on the Game and asks the GameFlow for the next screen. Keyboard on every screen: Tab or
// arrows move, Enter or Space confirms, Esc goes back (or pauses a scenario); on a scene, 1-9 pick
// a choice.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game_flow.h"

namespace senales::ui {

template <Screen S>
struct ScreenOf : ScreenBase {
    static constexpr Screen kId = S;
    Screen id() const override { return S; }
};

struct TitleScreen : ScreenOf<Screen::title> {
    void entered(GameFlow& flow) override;  // the facilitator view locks again
    void draw(GameFlow& flow) override;
};

struct WhoIsPlayingScreen : ScreenOf<Screen::who> {
    std::string name;
    std::optional<Audience> audience;
    std::vector<std::string> recent;    // names to pick instead of typing
    std::optional<NameProblem> problem;  // why the name typed cannot be kept, once tried
    bool missing_audience = false;
    bool focus_name = false;  // back into the name field on the next frame
    void entered(GameFlow& flow) override;
    void draw(GameFlow& flow) override;
};

struct ResumeScreen : ScreenOf<Screen::resume> {
    void draw(GameFlow& flow) override;
};

struct ScenarioListScreen : ScreenOf<Screen::list> {
    std::string message;  // what leaving a scenario did, until the list is left
    void entered(GameFlow& flow) override;
    void draw(GameFlow& flow) override;
};

struct ContentNoteScreen : ScreenOf<Screen::content_note> {
    void draw(GameFlow& flow) override;
};

struct SceneScreen : ScreenOf<Screen::scene> {
    void draw(GameFlow& flow) override;
};

struct FeedbackCard : ScreenOf<Screen::feedback> {
    void draw(GameFlow& flow) override;
};

struct DiscussionPromptCard : ScreenOf<Screen::discussion> {
    void draw(GameFlow& flow) override;
};

struct PauseMenu : ScreenOf<Screen::pause> {
    void draw(GameFlow& flow) override;
};

// Leaving a scenario says what becomes of the attempt: kept to finish later (the default) or
// abandoned.
struct LeaveScreen : ScreenOf<Screen::leave> {
    void draw(GameFlow& flow) override;
};

struct EndingScreen : ScreenOf<Screen::ending> {
    void draw(GameFlow& flow) override;
};

// The debrief's first screen: pass or not and why, what became of the person, and the three
// things to remember; the rest is one key away.
struct DebriefScreen : ScreenOf<Screen::debrief> {
    void draw(GameFlow& flow) override;
};

// Scores, the law's elements, harms, signs, practices and the timeline (to try again from a decision).
struct DebriefDetailsScreen : ScreenOf<Screen::debrief_details> {
    float scroll_to = -1.0f;  // a fraction of the height, for a few frames (see scroll_debrief_to)
    int scroll_frames = 0;
    void draw(GameFlow& flow) override;
};

// Every source the debrief cites, sorted, each with what it supports.
struct SourcesScreen : ScreenOf<Screen::sources> {
    void draw(GameFlow& flow) override;
};

struct SettingsScreen : ScreenOf<Screen::settings> {
    void draw(GameFlow& flow) override;
};

struct ProgressScreen : ScreenOf<Screen::progress> {
    bool confirming_delete = false;
    std::string deleted;  // what the last deletion did, shown until the screen is left
    void entered(GameFlow& flow) override;
    void draw(GameFlow& flow) override;
};

struct ClassSummaryScreen : ScreenOf<Screen::class_summary> {
    std::string confirming;  // the trainee whose records are about to be deleted
    std::string deleted;     // what the last deletion did
    void entered(GameFlow& flow) override;
    void draw(GameFlow& flow) override;
};

// Before the class summary: the facilitator's PIN, set on first use (typed twice) or asked for.
struct FacilitatorPinScreen : ScreenOf<Screen::facilitator_pin> {
    bool setting = false;
    std::string pin, again;
    std::optional<Str> problem;
    bool focus_pin = true;
    void entered(GameFlow& flow) override;
    void draw(GameFlow& flow) override;
};

// A new screen of that kind, with nothing kept from any earlier visit.
std::unique_ptr<ScreenBase> make_screen(Screen screen);

// What the game has to tell the trainee (a damaged settings file, a records problem), in warning colour.
void notices(const Game& game);

}  // namespace senales::ui
