#include "settings.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

namespace senales::ui {

namespace {

std::string trim(std::string_view text) {
    const char* space = " \t\r\n";
    std::size_t first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    std::size_t last = text.find_last_not_of(space);
    return std::string(text.substr(first, last - first + 1));
}

std::optional<bool> parse_bool(const std::string& value) {
    if (value == "true" || value == "yes" || value == "1") return true;
    if (value == "false" || value == "no" || value == "0") return false;
    return std::nullopt;
}

// The longest settings file worth reading: anything bigger is not ours.
constexpr std::uintmax_t kMaxFileBytes = 64 * 1024;
constexpr std::size_t kMaxWindowPlaces = 16;

}  // namespace

bool immediate_feedback(const Settings& settings, const Scenario& scenario) {
    switch (settings.feedback) {
        case FeedbackTiming::immediate: return true;
        case FeedbackTiming::deferred: return false;
        case FeedbackTiming::as_scenario: break;
    }
    return scenario.feedback == Feedback::immediate;
}

std::string_view to_string(Theme theme) {
    switch (theme) {
        case Theme::dark: return "dark";
        case Theme::light: return "light";
        case Theme::contrast: return "contrast";
    }
    return "dark";
}

std::string_view to_string(FeedbackTiming timing) {
    switch (timing) {
        case FeedbackTiming::as_scenario: return "scenario";
        case FeedbackTiming::immediate: return "immediate";
        case FeedbackTiming::deferred: return "deferred";
    }
    return "scenario";
}

std::string settings_text(const Settings& s) {
    std::ostringstream out;
    out << "# Señales settings. Delete this file to go back to the defaults.\n"
        << "language = " << lang_code(s.lang) << "\n"
        << "text_percent = " << s.text_percent << "\n"
        << "theme = " << to_string(s.theme) << "\n"
        << "feedback = " << to_string(s.feedback) << "\n"
        << "fullscreen = " << (s.fullscreen ? "true" : "false") << "\n"
        << "facilitator = " << (s.facilitator ? "true" : "false") << "\n";
    if (!s.window_display.empty()) out << "window_display = " << s.window_display << "\n";
    for (const auto& [display, place] : s.window_places) out << "window." << display << " = " << place << "\n";
    return out.str();
}

Settings parse_settings(const std::string& text, std::vector<std::string>* problems) {
    Settings s;
    auto problem = [&](int line, const std::string& what) {
        if (problems) problems->push_back("line " + std::to_string(line) + ": " + what);
    };
    std::istringstream in(text);
    std::string raw;
    int line = 0;
    while (std::getline(in, raw)) {
        ++line;
        std::string entry = trim(raw);
        if (entry.empty() || entry[0] == '#') continue;
        std::size_t equals = entry.find('=');
        if (equals == std::string::npos) {
            problem(line, "expected key = value");
            continue;
        }
        const std::string key = trim(std::string_view(entry).substr(0, equals));
        const std::string value = trim(std::string_view(entry).substr(equals + 1));
        if (key == "language") {
            if (auto lang = parse_lang(value)) s.lang = *lang;
            else problem(line, "language must be a language code, like es, en or quc");
        } else if (key == "text_percent") {
            int percent = 0;
            auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), percent);
            if (error != std::errc() || end != value.data() + value.size()) problem(line, "text_percent must be a number");
            else s.text_percent = std::clamp(percent, kMinTextPercent, kMaxTextPercent);
        } else if (key == "theme") {
            if (value == "dark") s.theme = Theme::dark;
            else if (value == "light") s.theme = Theme::light;
            else if (value == "contrast") s.theme = Theme::contrast;
            else problem(line, "theme must be dark, light or contrast");
        } else if (key == "feedback") {
            if (value == "scenario") s.feedback = FeedbackTiming::as_scenario;
            else if (value == "immediate") s.feedback = FeedbackTiming::immediate;
            else if (value == "deferred") s.feedback = FeedbackTiming::deferred;
            else problem(line, "feedback must be scenario, immediate or deferred");
        } else if (key == "window_display") {
            s.window_display = value;
        } else if (key.rfind("window.", 0) == 0 && key.size() > 7) {
            // A file edited by hand could hold thousands: a classroom has a few displays.
            if (s.window_places.size() < kMaxWindowPlaces) s.window_places[key.substr(7)] = value;
        } else if (key == "fullscreen" || key == "facilitator") {
            std::optional<bool> flag = parse_bool(value);
            if (!flag) problem(line, key + " must be true or false");
            else (key == "fullscreen" ? s.fullscreen : s.facilitator) = *flag;
        }
    }
    return s;
}

Settings load_settings(const std::filesystem::path& file, std::vector<std::string>* problems) {
    std::error_code error;
    if (!std::filesystem::exists(file, error)) return {};
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error || size > kMaxFileBytes) {
        if (problems) problems->push_back(file.string() + ": not a settings file (too big or unreadable)");
        return {};
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        if (problems) problems->push_back(file.string() + ": cannot be read");
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<std::string> found;
    Settings settings = parse_settings(text.str(), &found);
    if (problems)
        for (const std::string& p : found) problems->push_back(file.string() + ": " + p);
    return settings;
}

bool save_settings(const std::filesystem::path& file, const Settings& settings, std::string* error) {
    // Written beside and renamed into place, so a crash never leaves half a file.
    std::filesystem::path temporary = file;
    temporary += ".new";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << settings_text(settings);
        if (!out) {
            if (error) *error = "cannot write " + temporary.string();
            return false;
        }
    }
    std::error_code failure;
    std::filesystem::rename(temporary, file, failure);
    if (failure) {
        if (error) *error = "cannot replace " + file.string() + ": " + failure.message();
        return false;
    }
    return true;
}

}  // namespace senales::ui
