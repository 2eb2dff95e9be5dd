#pragma once
// The few widgets every screen shares, on top of Dear ImGui: a full-window screen with a centred
// column, wrapped text in the screen's fonts, large buttons whose label wraps and that Enter
// activates (ImGui 1.86 only lets Space do it), and a score bar with the pass mark.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "host.h"
#include "theme.h"

namespace senales::ui {

// Everything a screen draws with: fonts, colours, text scale and key codes for this frame.
struct Look {
    Fonts fonts;
    Palette colors;
    float scale = 1.0f;
    KeyCodes keys;
};

// One screen fills the window. `id` must differ between screens (and between scenes), so that
// each new one takes the keyboard focus. The content is a centred column at most `column_em`
// font heights wide; the window scrolls when the column is taller than the window.
void begin_screen(const char* id, float column_em = 44.0f);
// Also: PgUp/PgDn/Home/End scroll the screen, and while more is below, a cue says so.
void end_screen();
// Once a frame, before any screen: the keys and words every screen's frame uses.
void frame_begins(const Look& look, std::string more_below_cue);
float column_width();  // the width of the current content column
// The width of each of `count` buttons side by side in what is left of the current line.
float share_width(int count);

void text(const std::string& s);
void text(const std::string& s, const ImVec4& color);
void bold(const std::string& s, const Look& look);
void bold(const std::string& s, const Look& look, const ImVec4& color);
void heading(const std::string& s, const Look& look);
void title(const std::string& s, const Look& look);
void gap(float lines = 0.5f);
void rule(const Look& look);  // a thin line across the column

// A button as wide as `width` (the column when 0) whose label wraps. Enter or Space on it, or a
// click, presses it. `probe` names it for tests that click with the mouse.
bool button(const std::string& probe, const std::string& label, const Look& look, float width = 0.0f);
// A larger button: a bold title line, then wrapped text.
bool card(const std::string& probe, const std::string& heading_text, const std::string& body, const Look& look);
// An option among several: drawn as selected or not; pressing it selects it.
bool option(const std::string& probe, const std::string& label, bool selected, const Look& look, float width = 0.0f);
// Adds the last item to the Tab order (our buttons add themselves).
void tab_stop();
// Makes the last item the one that takes the keyboard focus when the screen appears.
void default_focus();
// The widget drawn under `probe` takes the keyboard focus when it is next drawn.
void request_focus(const std::string& probe);
// A one-line text field as wide as the column, in the Tab order like every widget: Tab arriving
// at it starts editing, Tab again leaves it. True when Enter was pressed in it. `edit_now` puts
// the cursor in it this frame; `filter` sees each typed character.
bool text_field(const char* id, std::string& value, ImGuiInputTextFlags flags = 0, bool edit_now = false,
                ImGuiInputTextCallback filter = nullptr, void* filter_data = nullptr);

bool key_pressed(int native_key);
bool escape_pressed();  // not while a text field is being edited
// The number key (1-9, top row or keypad) pressed this frame, or 0.
int digit_pressed(const KeyCodes& keys);
// One of the action's keys (key_map.h) was pressed this frame, with Shift as the map says, and no
// text field is being edited.
bool action_pressed(Action action);

// A bar from 0 to 100 with a mark at `pass_mark`, coloured by whether `score` reaches it.
void score_bar(const std::string& label, int score, int pass_mark, const Look& look);
// Scores from 0 to 100 in order, as points joined by a line, with the pass mark across.
void score_chart(const std::vector<int>& scores, int pass_mark, const Look& look);
// Labelled horizontal bars, one per row, their lengths in proportion to the largest count.
void count_bars(const std::vector<std::pair<std::string, int>>& rows, const ImVec4& color, const Look& look);
// A picture fitted in max_width x max_height, keeping its shape; a placeholder shows its reason.
void picture(const Texture& texture, float max_width, float max_height, const std::string& caption, const Look& look);

// Screen rectangles of the widgets drawn last frame, by probe name, for tests driving the mouse.
const std::map<std::string, ImVec4>& probes();
void clear_probes();

}  // namespace senales::ui
