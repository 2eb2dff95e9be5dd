#pragma once
// The only code that touches SDL: the window and its renderer (on screen, or headless with the
// dummy video driver and the software renderer), Dear ImGui's SDL backends, the event loop that
// sleeps while nothing happens, full screen, fonts, pictures and reading a frame back to a PNG.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <utility>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "window_place.h"
#include "ui/host.h"

struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;

namespace senales::platform {

struct WindowOptions {
    bool headless = false;  // no display needed: dummy video driver, software renderer
    int width = 1280;
    int height = 720;
    bool fullscreen = false;
    std::vector<std::filesystem::path> font_folders;  // searched before the system's font folders
    // Where the window was on each display last time (display_key), and the display it was on.
    std::map<std::string, Rect> places;
    std::string last_display;
};

class TextureCache;

class Platform {
public:
    // After input, a few frames are drawn so ImGui can settle (focus moves, a new screen lays
    // out); then nothing is drawn until the next event.
    static constexpr int kSettleFrames = 3;

    static std::unique_ptr<Platform> open(const WindowOptions& options, std::string* error);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    // Hands waiting events to ImGui. When no frame is due it first sleeps until an event comes,
    // or `max_wait_ms` passes. A key or button event ends the batch, so that ImGui sees a press
    // and its release in different frames. Returns false once the window was closed.
    bool handle_events(int max_wait_ms);
    bool frame_due() const { return frames_due_ > 0; }
    void request_frames(int count = kSettleFrames);

    void begin_frame();
    // Renders and presents; when `png` is given, also writes the frame there (false and a reason
    // in `error` if it could not).
    bool end_frame(const std::filesystem::path* png = nullptr, std::string* error = nullptr);

    // Between frames only. Fonts are rebuilt at their real size, so large text stays sharp.
    ui::Fonts rebuild_fonts(float scale);
    void set_fullscreen(bool on);

    ui::KeyCodes key_codes() const;
    // The display the window is on (display_key) and where it is on it; none when headless or
    // full screen, whose place is not the window's own.
    std::optional<std::pair<std::string, Rect>> place_now() const;
    std::pair<int, int> window_size() const;
    ui::Images& images();
    std::uint64_t frames_rendered() const { return frames_rendered_; }
    SDL_Window* window() const { return window_; }
    // Messages for the trainee or the terminal (a missing font, ...), each once.
    std::vector<std::string> take_messages();

private:
    Platform() = default;
    bool handle(const SDL_Event& event);  // true when the batch should end here
    Rect opening_place();
    void fit_with_borders();

    WindowOptions options_;
    SDL_Window* window_ = nullptr;
    int display_ = 0;  // the one the window opened on
    SDL_Renderer* renderer_ = nullptr;
    bool imgui_ready_ = false;
    std::unique_ptr<TextureCache> textures_;
    // The atlas reads the fonts from here: each file once, whatever the sizes made of it.
    std::map<std::filesystem::path, std::vector<unsigned char>> font_data_;
    std::vector<std::string> messages_;
    bool font_message_given_ = false;
    int frames_due_ = kSettleFrames;
    bool closed_ = false;
    bool pointer_known_ = false;
    float pointer_x_ = 0.0f, pointer_y_ = 0.0f;
    std::uint64_t frames_rendered_ = 0;
};

}  // namespace senales::platform
