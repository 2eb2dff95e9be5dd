#pragma once
// Where the game's window opens: inside the part of the screen a window may use (no task bar,
// no dock), never larger than it, at least 800x600 when the screen has room, and where the trainee
// left it last time on that same display. Plain arithmetic, so it is tested without a screen.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace senales::platform {

struct Rect {
    int x = 0, y = 0, w = 0, h = 0;
    bool operator==(const Rect&) const = default;
};

inline constexpr int kMinWindowWidth = 800;
inline constexpr int kMinWindowHeight = 600;

// `usable` is the display's usable area; `last` where the window was on it when the game closed.
Rect fit_window(const Rect& usable, int wanted_width, int wanted_height, const std::optional<Rect>& last);

// A display as the settings file remembers it: its name and size ("HDMI-1 1920x1080"), reduced
// to letters, digits, '-' and '_' so that it is one word in "key = value".
std::string display_key(std::string_view name, int width, int height);

// The settings file's "window.<display key> = x y w h" lines.
std::string place_text(const Rect& place);
std::optional<Rect> parse_place(std::string_view text);

}  // namespace senales::platform
