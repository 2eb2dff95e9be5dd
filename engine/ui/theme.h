#pragma once
// Three ImGui styles (dark, light, high contrast), sized for the current text scale, and the few
// colours the screens use for meaning (good, harm, warning) in each of them.

#include <imgui.h>

#include "settings.h"

namespace senales::ui {

struct Palette {
    ImVec4 text;
    ImVec4 muted;    // secondary text, still readable
    ImVec4 accent;   // headings, the selected option
    ImVec4 good;     // found, passed, good practice
    ImVec4 harm;     // harm, failed
    ImVec4 warn;     // missed, wrongly flagged
    ImVec4 bar_back; // the empty part of a score bar
    ImVec4 focus;    // keyboard focus frame
    ImVec4 card;     // background of a card
};

// Replaces ImGui's style with the theme's, every size scaled by `scale`.
void apply_theme(Theme theme, float scale);
const Palette& palette(Theme theme);

}  // namespace senales::ui
