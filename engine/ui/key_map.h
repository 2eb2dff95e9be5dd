#pragma once
// One key map for the whole game: every key the game answers to, and the one action it does.
// The platform tells the screens the native code of each Key (ImGui 1.86 indexes its key state by
// the backend's own codes); the README's table of keys is this map in English, checked by a test,
// and a test checks that no key does two things.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "ui_text.h"

namespace senales {
class Wording;
}

namespace senales::ui {

enum class Key {
    digit_1, digit_2, digit_3, digit_4, digit_5, digit_6, digit_7, digit_8, digit_9,
    keypad_1, keypad_2, keypad_3, keypad_4, keypad_5, keypad_6, keypad_7, keypad_8, keypad_9,
    enter, keypad_enter, space, tab, escape, up, down, left, right, page_up, page_down, home, end,
    f11, d, n,
    count
};
inline constexpr std::size_t kKeyCount = static_cast<std::size_t>(Key::count);

// A key, with Shift held or not: Tab and Shift+Tab do different things.
struct Chord {
    Key key = Key::enter;
    bool shift = false;
    bool operator==(const Chord&) const = default;
};

enum class Action {
    choose_numbered, press_focused, next_widget, previous_widget, move_focus, scroll_page, scroll_to_end,
    pause_or_back, full_screen, discussion_prompt, reveal_next_choice
};

struct Binding {
    Action action;
    std::vector<Chord> chords;
    Str what;    // what the action does, in the interface's words
    Str where;   // where it works
};

const std::vector<Binding>& key_map();
const Binding& binding(Action action);
std::string_view key_name(Key key);  // as printed on the keyboard: "PgDn", "F11", "1"
// The keys of one binding for a person: "1–9 (or the keypad's)", "Shift+Tab".
std::string chords_text(const Binding& binding);
// The map as a Markdown table, for the README.
std::string key_map_markdown(const Wording& words);

// The native code of each key on this machine, from the platform.
struct KeyCodes {
    std::array<int, kKeyCount> native;
    KeyCodes() { native.fill(-1); }
    int operator[](Key key) const { return native[static_cast<std::size_t>(key)]; }
};

}  // namespace senales::ui
