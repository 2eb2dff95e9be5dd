#include "key_map.h"

#include <stdexcept>

#include "ui_text.h"
#include "wording/wording.h"

namespace senales::ui {

namespace {

std::vector<Chord> keys(std::initializer_list<Key> list) {
    std::vector<Chord> chords;
    for (Key key : list) chords.push_back({key, false});
    return chords;
}

std::vector<Chord> digits_and_keypad() {
    std::vector<Chord> chords;
    for (int n = 0; n < 9; ++n) chords.push_back({static_cast<Key>(static_cast<int>(Key::digit_1) + n), false});
    for (int n = 0; n < 9; ++n) chords.push_back({static_cast<Key>(static_cast<int>(Key::keypad_1) + n), false});
    return chords;
}

}  // namespace

const std::vector<Binding>& key_map() {
    static const std::vector<Binding> map = {
        {Action::choose_numbered, digits_and_keypad(), Str::keys_choose, Str::keys_in_scene},
        {Action::press_focused, keys({Key::enter, Key::keypad_enter, Key::space}), Str::keys_press, Str::keys_anywhere},
        {Action::next_widget, {{Key::tab, false}}, Str::keys_next, Str::keys_anywhere},
        {Action::previous_widget, {{Key::tab, true}}, Str::keys_previous, Str::keys_anywhere},
        {Action::move_focus, keys({Key::up, Key::down, Key::left, Key::right}), Str::keys_move, Str::keys_anywhere},
        {Action::scroll_page, keys({Key::page_up, Key::page_down}), Str::keys_page, Str::keys_text_field},
        {Action::scroll_to_end, keys({Key::home, Key::end}), Str::keys_ends, Str::keys_text_field},
        {Action::pause_or_back, keys({Key::escape}), Str::keys_back, Str::keys_anywhere},
        {Action::full_screen, keys({Key::f11}), Str::keys_full, Str::keys_anywhere},
        {Action::discussion_prompt, keys({Key::d}), Str::keys_prompt, Str::keys_facilitator},
        {Action::reveal_next_choice, keys({Key::n}), Str::keys_reveal, Str::keys_facilitator},
    };
    return map;
}

const Binding& binding(Action action) {
    for (const Binding& b : key_map())
        if (b.action == action) return b;
    throw std::logic_error("an action without keys in the key map");
}

std::string_view key_name(Key key) {
    static constexpr std::string_view digits[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    const int k = static_cast<int>(key);
    if (key >= Key::digit_1 && key <= Key::digit_9) return digits[k - static_cast<int>(Key::digit_1)];
    if (key >= Key::keypad_1 && key <= Key::keypad_9) return digits[k - static_cast<int>(Key::keypad_1)];
    switch (key) {
        case Key::enter: return "Enter";
        case Key::keypad_enter: return "Enter";
        case Key::space: return "Space";
        case Key::tab: return "Tab";
        case Key::escape: return "Esc";
        case Key::up: return "↑";
        case Key::down: return "↓";
        case Key::left: return "←";
        case Key::right: return "→";
        case Key::page_up: return "PgUp";
        case Key::page_down: return "PgDn";
        case Key::home: return "Home";
        case Key::end: return "End";
        case Key::f11: return "F11";
        case Key::d: return "D";
        case Key::n: return "N";
        default: return "?";
    }
}

std::string chords_text(const Binding& binding) {
    if (binding.action == Action::choose_numbered) return "1–9";
    std::string out;
    std::string_view last;
    for (const Chord& chord : binding.chords) {
        const std::string name = std::string(chord.shift ? "Shift+" : "") + std::string(key_name(chord.key));
        if (name == last) continue;  // Enter and the keypad's Enter read alike
        out += (out.empty() ? "" : ", ") + name;
        last = key_name(chord.key);
    }
    return out;
}

std::string key_map_markdown(const Wording& words) {
    std::string out = "| " + std::string(tr(Str::keys_title, words)) + " | " + tr(Str::keys_what, words) + " | " +
                      tr(Str::keys_where, words) + " |\n|---|---|---|\n";
    for (const Binding& b : key_map()) {
        std::string keys_text = chords_text(b);
        if (b.action == Action::choose_numbered) keys_text += " (" + std::string(tr(Str::keys_with_keypad, words)) + ")";
        out += "| " + keys_text + " | " + tr(b.what, words) + " | " + tr(b.where, words) + " |\n";
    }
    return out;
}

}  // namespace senales::ui
