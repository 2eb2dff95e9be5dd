#pragma once
// One struct per screen, each with the little state it keeps between frames and a draw() that
// shows it and calls the GameFlow's actions. Keyboard on every screen: Tab or arrows move, Enter
// or Space confirms, Esc goes back (or pauses a scenario); on a scene, 1-9 pick a choice.

#include <string>

#include "game_flow.h"

namespace senales::ui {

struct TitleScreen {
    void draw(GameFlow& flow);
};

struct WhoIsPlayingScreen {
    std::string name;
    void draw(GameFlow& flow);
};

struct ResumeScreen {
    void draw(GameFlow& flow);
};

struct ScenarioListScreen {
    void draw(GameFlow& flow);
};

struct ContentNoteScreen {
    void draw(GameFlow& flow);
};

struct SceneScreen {
    void draw(GameFlow& flow);
};

struct FeedbackCard {
    void draw(GameFlow& flow);
};

struct DiscussionPromptCard {
    void draw(GameFlow& flow);
};

struct PauseMenu {
    void draw(GameFlow& flow);
};

struct EndingScreen {
    void draw(GameFlow& flow);
};

struct DebriefScreen {
    float scroll_to = -1.0f;  // a fraction of the height, for a few frames (see scroll_debrief_to)
    int scroll_frames = 0;
    void draw(GameFlow& flow);
};

struct SettingsScreen {
    void draw(GameFlow& flow);
};

struct ProgressScreen {
    bool confirming_delete = false;
    std::string deleted;  // what the last deletion did, shown until the screen is left
    void draw(GameFlow& flow);
};

struct ClassSummaryScreen {
    void draw(GameFlow& flow);
};

// What the game has to tell the trainee (a damaged settings file, a records problem), in warning colour.
void notices(const GameFlow& flow);

struct Screens {
    TitleScreen title;
    WhoIsPlayingScreen who;
    ResumeScreen resume;
    ScenarioListScreen list;
    ContentNoteScreen content_note;
    SceneScreen scene;
    FeedbackCard feedback;
    DiscussionPromptCard discussion;
    PauseMenu pause;
    EndingScreen ending;
    DebriefScreen debrief;
    SettingsScreen settings;
    ProgressScreen progress;
    ClassSummaryScreen class_summary;
};

}  // namespace senales::ui
