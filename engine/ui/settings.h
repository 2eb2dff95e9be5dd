#pragma once
// What a trainee or facilitator can change in the Settings screen, and the small text file that
// keeps it between sessions. The file is read defensively: anything it cannot use is reported and
// replaced by the default, never fatal.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "core/text.h"

namespace senales::ui {

enum class Theme { dark, light, contrast };
enum class FeedbackTiming { as_scenario, immediate, deferred };

inline constexpr int kMinTextPercent = 100;
inline constexpr int kMaxTextPercent = 250;
inline constexpr int kTextPercentStep = 25;
// Facilitator mode never shows text smaller than this: it is meant for a projector.
inline constexpr int kFacilitatorTextPercent = 175;

struct Settings {
    Lang lang = Lang::es;
    int text_percent = kMinTextPercent;
    Theme theme = Theme::dark;
    FeedbackTiming feedback = FeedbackTiming::as_scenario;
    bool fullscreen = false;
    bool facilitator = false;
    // Where the window was on each display when the game closed ("x y w h", read by the
    // platform), and the display it was on last.
    std::map<std::string, std::string> window_places;
    std::string window_display;

    float text_scale() const { return static_cast<float>(text_percent) / 100.0f; }
    bool operator==(const Settings&) const = default;
};

// Whether a choice's feedback card shows right away, for this scenario under these settings.
bool immediate_feedback(const Settings& settings, const Scenario& scenario);

// "key = value" lines; unknown keys are ignored so an older game reads a newer file.
std::string settings_text(const Settings& settings);
// Problems (one line each) go to `problems`; what could not be read keeps its default.
Settings parse_settings(const std::string& text, std::vector<std::string>* problems);

// A missing file is not a problem (first run). Returns the defaults on any failure.
Settings load_settings(const std::filesystem::path& file, std::vector<std::string>* problems);
bool save_settings(const std::filesystem::path& file, const Settings& settings, std::string* error);

std::string_view to_string(Theme theme);
std::string_view to_string(FeedbackTiming timing);

}  // namespace senales::ui
