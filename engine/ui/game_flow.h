#pragma once
// Which screen is open and what comes next: a small state machine over the screens of screens.h,
// one type per screen. A screen draws from the Game (game.h), acts on it, and asks the flow for
// the next screen; the flow never scores or judges anything. Tests and `senales shots` drive the
// same transitions, or the keyboard.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "game.h"

namespace senales::ui {

enum class Screen {
    title, who, resume, list, content_note, scene, feedback, discussion, pause, ending, debrief, settings,
    progress, class_summary, facilitator_pin, leave, debrief_details, sources
};
std::string_view to_string(Screen screen);

class GameFlow;

// One screen: the little state it keeps while open, and how it draws. A new one is made each time
// the screen opens, so nothing of a previous visit lingers.
struct ScreenBase {
    virtual ~ScreenBase() = default;
    virtual Screen id() const = 0;
    virtual void draw(GameFlow& flow) = 0;
    // When it becomes the open screen (again): to read what it shows from the records.
    virtual void entered(GameFlow&) {}
};

class GameFlow {
public:
    GameFlow(GameData data, Settings settings, records::RecordStore& store, Images& images, KeyCodes keys);
    ~GameFlow();
    GameFlow(const GameFlow&) = delete;
    GameFlow& operator=(const GameFlow&) = delete;

    // Draws the open screen; call between ImGui::NewFrame() and ImGui::Render().
    void draw();

    // [SECTION] What the host reads between frames
    Screen screen() const;
    Game& game() { return game_; }
    const Game& game() const { return game_; }
    bool quit_requested() const { return quit_; }
    // True once after anything changed, so the host draws a few more frames.
    bool take_changed();
    void set_fonts(const Fonts& fonts) { game_.look().fonts = fonts; }

    // [SECTION] Transitions. During a frame they take effect once it is drawn.
    void go(Screen screen);       // closes whatever is open
    void open_over(Screen screen);  // pause, settings: over the open one, which back() returns to
    void back();
    // Into the story after a step: the discussion prompt, the scene or the ending.
    void into_story();
    void changed() { changed_ = true; }
    void quit() { quit_ = true; }

    // [SECTION] The trainee's moves, with the screen each leads to
    // To Resume when an attempt is unfinished, else the list; a name that cannot be kept stays
    // on the name screen with its reason.
    NameProblem confirm_trainee(std::string_view name);
    void continue_as_guest();
    void open_scenario(std::size_t index);   // its content note
    void begin();
    std::optional<std::string> toggle_flag(const std::string& detail_id);
    std::optional<std::string> choose(int number);  // to its feedback card, or on with the story
    void continue_story();                          // after a feedback or discussion card
    void restart();
    void try_again_from(std::size_t decision);
    void leave();  // abandons the attempt; back to the scenario list
    void keep_for_later();  // keeps the attempt in progress; back to the scenario list
    void resume_unfinished();
    void show_debrief();

    // [SECTION] Facilitation, in facilitator mode: the class reads the scene first, then the
    // discussion prompt comes over it (and again whenever asked), then the choices, one at a time
    // if the facilitator wants to weigh each.
    struct Facilitation {
        bool prompt_seen = false;
        std::size_t choices_shown = 0;
    };
    bool facilitating() const;  // facilitator mode, in a scene
    const Facilitation& facilitation() const { return facilitation_; }
    void show_prompt();  // over the scene; it has one
    void reveal_next_choice();
    void reveal_all_choices();
    // How many of the offered choices the scene shows now, and whether its prompt comes first.
    std::size_t choices_shown() const;
    bool prompt_comes_first() const;
    // For `senales shots`: scroll the debrief's details to a fraction of their height on the next frames.
    void scroll_debrief_to(float fraction);

private:
    struct Move {
        enum class Kind { go, over, back } kind = Kind::go;
        Screen screen = Screen::title;
    };
    void request(Move move);
    void settle();  // makes the moves asked for during the frame

    Game game_;
    std::vector<std::unique_ptr<ScreenBase>> stack_;  // the open screen last
    std::vector<Move> pending_;
    Facilitation facilitation_;
    Settings styled_;  // what the ImGui style was last built for
    bool styled_once_ = false;
    bool drawing_ = false;
    bool changed_ = true;
    bool quit_ = false;
};

}  // namespace senales::ui
