#include "window_place.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace senales::platform {

Rect fit_window(const Rect& usable, int wanted_width, int wanted_height, const std::optional<Rect>& last) {
    // A floor of 800x600 only where it fits: on a 640x480 screen the whole screen is the limit.
    const int min_w = std::min(kMinWindowWidth, usable.w), min_h = std::min(kMinWindowHeight, usable.h);
    auto clamp_size = [&](int w, int h) {
        return std::pair{std::clamp(w, min_w, usable.w), std::clamp(h, min_h, usable.h)};
    };
    if (last && last->w > 0 && last->h > 0) {
        const auto [w, h] = clamp_size(last->w, last->h);
        // Moved back inside when the display's usable area shrank (a task bar added, a new mode).
        const int x = std::clamp(last->x, usable.x, usable.x + usable.w - w);
        const int y = std::clamp(last->y, usable.y, usable.y + usable.h - h);
        return {x, y, w, h};
    }
    const auto [w, h] = clamp_size(wanted_width, wanted_height);
    return {usable.x + (usable.w - w) / 2, usable.y + (usable.h - h) / 2, w, h};
}

std::string display_key(std::string_view name, int width, int height) {
    std::string key;
    for (char c : name) key += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
    if (key.empty()) key = "display";
    return key + "_" + std::to_string(width) + "x" + std::to_string(height);
}

std::string place_text(const Rect& place) {
    return std::to_string(place.x) + " " + std::to_string(place.y) + " " + std::to_string(place.w) + " " +
           std::to_string(place.h);
}

std::optional<Rect> parse_place(std::string_view text) {
    std::istringstream in{std::string(text)};
    Rect r;
    std::string rest;
    if (!(in >> r.x >> r.y >> r.w >> r.h) || (in >> rest)) return std::nullopt;
    if (r.w <= 0 || r.h <= 0 || r.w > 100000 || r.h > 100000) return std::nullopt;
    return r;
}

}  // namespace senales::platform
