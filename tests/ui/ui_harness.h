#pragma once
// Drives the real game headless: dummy video driver, software renderer, and input pushed into
// SDL's queue so it reaches ImGui through the real backend. Shared by the UI tests.

#include <SDL.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>

#include "app/game_session.h"
#include "app/library.h"
#include "platform/synthetic_input.h"
#include "ui/game_flow.h"
#include "ui/widgets.h"

namespace senales::test {

class Harness {
public:
    // Without `records_file`, the records of this session are kept in memory.
    // Every attempt's choices are ordered from this seed, so a test sees the same screens each run.
    static constexpr std::uint32_t kSeed = 2026;

    explicit Harness(ui::Settings settings = {}, int width = 1280, int height = 720,
                     std::optional<std::filesystem::path> records_file = std::nullopt, std::uint32_t seed = kSeed)
        : library_(SENALES_SOURCE_DIR) {
        SessionOptions options;
        options.headless = true;
        options.width = width;
        options.height = height;
        options.settings = settings;
        options.records_file = std::move(records_file);
        options.fixed_seed = seed;
        session_ = GameSession::open(library_, options, err_);
    }

    bool ok() const { return session_ != nullptr; }
    std::string errors() const { return err_.str(); }
    GameSession& session() { return *session_; }
    ui::GameFlow& flow() { return session_->flow(); }
    platform::Platform& platform() { return session_->platform(); }
    Library& library() { return library_; }

    // Frames as the game loop draws them: input waiting in SDL's queue is handled first.
    void tick(int frames = 1) {
        for (int i = 0; i < frames; ++i) {
            session_->platform().handle_events(0);
            session_->frame();
        }
    }

    void press(SDL_Scancode key) {
        platform::push_key(key, true);
        platform::push_key(key, false);
        tick(4);
    }

    void type(const std::string& text) {
        platform::push_text(text);
        tick(2);
    }

    bool has_probe(const std::string& probe) const { return ui::probes().count(probe) > 0; }

    // Clicks the middle of a widget drawn last frame, scrolling the wheel first if it is below
    // or above the window.
    bool click(const std::string& probe) {
        int width = 0, height = 0;
        SDL_GetWindowSize(session_->platform().window(), &width, &height);
        platform::move_mouse(session_->platform(), width / 2, height / 2);  // the wheel scrolls what is under it
        tick(1);
        for (int tries = 0; tries < 60; ++tries) {
            auto found = ui::probes().find(probe);
            if (found == ui::probes().end()) return false;
            const ImVec4 r = found->second;
            if (r.y >= 0.0f && r.w <= static_cast<float>(height)) break;
            SDL_Event wheel{};
            wheel.type = SDL_MOUSEWHEEL;
            wheel.wheel.y = r.y < 0.0f ? 1 : -1;
            SDL_PushEvent(&wheel);
            tick(2);
        }
        const ImVec4 r = ui::probes().at(probe);
        const int x = static_cast<int>((r.x + r.z) * 0.5f), y = static_cast<int>((r.y + r.w) * 0.5f);
        platform::move_mouse(session_->platform(), x, y);
        tick(2);
        platform::push_mouse_button(session_->platform(), true, x, y);
        platform::push_mouse_button(session_->platform(), false, x, y);
        tick(4);
        return true;
    }

private:
    Library library_;
    std::ostringstream err_;
    std::unique_ptr<GameSession> session_;
};

// A records folder of its own for each test, removed afterwards.
class RecordsFolder {
public:
    RecordsFolder() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() / ("senales-ui-records-" + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~RecordsFolder() {
        std::error_code error;
        std::filesystem::remove_all(path_, error);
    }
    std::filesystem::path file() const { return path_ / "records.sqlite"; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

inline SDL_Scancode digit_key(int n) { return static_cast<SDL_Scancode>(SDL_SCANCODE_1 + (n - 1)); }

// The number a trainee presses for the choice authored at `authored`.
inline int offered_number(const Runner& runner, int authored) {
    const std::vector<int> offered = runner.available_choices();
    return static_cast<int>(std::find(offered.begin(), offered.end(), authored) - offered.begin()) + 1;
}

// Title -> who is playing (a name, or a guest when empty; the police audience) -> list, by
// keyboard alone except the guest button.
inline void sign_in_by_keyboard(Harness& h, const std::string& name) {
    h.tick(3);
    ASSERT_EQ(h.flow().screen(), ui::Screen::title);
    h.press(SDL_SCANCODE_RETURN);  // "Start" has the focus
    ASSERT_EQ(h.flow().screen(), ui::Screen::who);
    h.type(name);                  // the name field takes the keyboard at once
    h.press(SDL_SCANCODE_RETURN);  // Enter in the field: no audience yet, so the focus goes to it
    ASSERT_EQ(h.flow().screen(), ui::Screen::who);
    if (name.empty()) {
        ASSERT_TRUE(h.click("audience:police"));
        ASSERT_TRUE(h.click("guest"));
    } else {
        h.press(SDL_SCANCODE_RETURN);  // "Police": chosen, and the focus moves to "Continue"
        h.press(SDL_SCANCODE_RETURN);
    }
    ASSERT_EQ(h.flow().screen(), ui::Screen::list);
    EXPECT_EQ(h.flow().game().trainee(), name);
}

// ... -> content note -> first scene.
inline void start_by_keyboard(Harness& h, const std::string& name) {
    sign_in_by_keyboard(h, name);
    h.press(SDL_SCANCODE_RETURN);  // the first scenario has the focus
    ASSERT_EQ(h.flow().screen(), ui::Screen::content_note);
    h.press(SDL_SCANCODE_RETURN);  // "Begin"
    ASSERT_EQ(h.flow().screen(), ui::Screen::scene);
}

}  // namespace senales::test
