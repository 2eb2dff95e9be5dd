#include "platform.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <utility>

#include "fonts.h"
#include "textures.h"
#include "ui/glyphs.h"

// [SECTION] Opening: SDL, the window, the renderer, ImGui
// [SECTION] Where the window opens
// [SECTION] Events: sleeping while idle
// [SECTION] Frames and screenshots
// [SECTION] Fonts, full screen, keys

namespace senales::platform {

// [SECTION] Opening: SDL, the window, the renderer, ImGui --------------------------------------

std::unique_ptr<Platform> Platform::open(const WindowOptions& options, std::string* error) {
    auto fail = [&](const std::string& what) {
        if (error) *error = what + ": " + SDL_GetError();
        return nullptr;
    };
    std::unique_ptr<Platform> p(new Platform());
    p->options_ = options;
    if (options.headless) SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_TIMER) != 0) return fail("cannot start SDL");
    // With no display SDL falls back to drivers that draw nowhere: a game nobody can see.
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (!options.headless && (driver == "offscreen" || driver == "dummy")) {
        if (error) *error = "no display to open the game window on (SDL video driver: " + driver + ")";
        return nullptr;
    }

    Uint32 flags = SDL_WINDOW_RESIZABLE;
    if (options.fullscreen && !options.headless) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    // Headless, the size asked for is the screen; on a real one, the window fits the display.
    const Rect place = options.headless ? Rect{0, 0, options.width, options.height} : p->opening_place();
    p->window_ = SDL_CreateWindow("Señales", options.headless ? SDL_WINDOWPOS_CENTERED : place.x,
                                  options.headless ? SDL_WINDOWPOS_CENTERED : place.y, place.w, place.h, flags);
    if (!p->window_) return fail("cannot open a window");
    SDL_SetWindowMinimumSize(p->window_, 640, 400);
    if (!options.headless) p->fit_with_borders();

    // A graphics card when there is one; otherwise, always headless, and when asked for with
    // SDL_RENDER_DRIVER=software (old laptops, benchmarks), the software renderer.
    const char* render_driver = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    const bool software = options.headless || (render_driver && SDL_strcasecmp(render_driver, "software") == 0);
    if (!software)
        p->renderer_ = SDL_CreateRenderer(p->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!p->renderer_) {
        // Drawn in software, shown in software too: SDL would otherwise present the picture through
        // OpenGL, which on a machine without a graphics card loads Mesa's software rasterizer
        // (about 90 MB) to copy one image to the screen.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        p->renderer_ = SDL_CreateRenderer(p->window_, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!p->renderer_) return fail("cannot draw in the window");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window places are fixed by the screens; nothing to save
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need a frame every half second
    ImGui_ImplSDL2_InitForSDLRenderer(p->window_);
    ImGui_ImplSDLRenderer_Init(p->renderer_);
    p->imgui_ready_ = true;
    p->textures_ = std::make_unique<TextureCache>(p->renderer_);
    return p;
}

Platform::~Platform() {
    textures_.reset();
    if (imgui_ready_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

// [SECTION] Where the window opens -----------------------------------------------------------

namespace {

Rect usable_bounds(int display) {
    SDL_Rect r{};
    if (SDL_GetDisplayUsableBounds(display, &r) != 0 || r.w <= 0 || r.h <= 0) SDL_GetDisplayBounds(display, &r);
    return {r.x, r.y, r.w, r.h};
}

std::string key_of_display(int display) {
    SDL_Rect r{};
    SDL_GetDisplayBounds(display, &r);
    const char* name = SDL_GetDisplayName(display);
    return display_key(name ? name : "", r.w, r.h);
}

}  // namespace

// On the display the window was on last, if it is still there, else the first.
Rect Platform::opening_place() {
    int display = 0;
    for (int i = 0; i < SDL_GetNumVideoDisplays(); ++i)
        if (key_of_display(i) == options_.last_display) display = i;
    display_ = display;
    const auto last = options_.places.find(key_of_display(display));
    return fit_window(usable_bounds(display), options_.width, options_.height,
                      last == options_.places.end() ? std::nullopt : std::optional<Rect>(last->second));
}

// A title bar and frame are outside the size SDL was given: once the window manager says how
// big they are, the whole window, frame included, is brought inside the usable area.
void Platform::fit_with_borders() {
    int top = 0, left = 0, bottom = 0, right = 0;
    if (SDL_GetWindowBordersSize(window_, &top, &left, &bottom, &right) != 0) return;
    const Rect usable = usable_bounds(display_);
    const Rect inner{usable.x + left, usable.y + top, usable.w - left - right, usable.h - top - bottom};
    int x = 0, y = 0, w = 0, h = 0;
    SDL_GetWindowPosition(window_, &x, &y);
    SDL_GetWindowSize(window_, &w, &h);
    const Rect fitted = fit_window(inner, w, h, Rect{x, y, w, h});
    if (fitted == Rect{x, y, w, h}) return;
    SDL_SetWindowSize(window_, fitted.w, fitted.h);
    SDL_SetWindowPosition(window_, fitted.x, fitted.y);
}

std::pair<int, int> Platform::window_size() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(window_, &w, &h);
    return {w, h};
}

std::optional<std::pair<std::string, Rect>> Platform::place_now() const {
    if (options_.headless || !window_ || (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP)) return std::nullopt;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display < 0) return std::nullopt;
    Rect r;
    SDL_GetWindowPosition(window_, &r.x, &r.y);
    SDL_GetWindowSize(window_, &r.w, &r.h);
    return std::make_pair(key_of_display(display), r);
}

// [SECTION] Events: sleeping while idle --------------------------------------------------------

bool Platform::handle_events(int max_wait_ms) {
    SDL_Event event;
    // Nothing to draw: sleep in SDL until something happens. This is what keeps an open scene
    // at (almost) no CPU.
    bool got = frames_due_ > 0 ? SDL_PollEvent(&event) != 0 : SDL_WaitEventTimeout(&event, max_wait_ms) != 0;
    while (got) {
        if (handle(event)) break;
        got = SDL_PollEvent(&event) != 0;
    }
    return !closed_;
}

bool Platform::handle(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    switch (event.type) {
        case SDL_QUIT: closed_ = true; return true;
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_CLOSE) closed_ = true;
            request_frames();
            return false;
        case SDL_KEYDOWN:
        case SDL_KEYUP:
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            // ImGui 1.86 reads key and button state, not events: a press and its release in one
            // frame would be lost, so the rest of the queue waits for the next frame.
            request_frames();
            return true;
        case SDL_MOUSEMOTION:
            pointer_known_ = true;
            pointer_x_ = static_cast<float>(event.motion.x);
            pointer_y_ = static_cast<float>(event.motion.y);
            request_frames();
            return false;
        case SDL_MOUSEWHEEL:
        case SDL_TEXTINPUT:
            request_frames();
            return false;
        default: return false;
    }
}

void Platform::request_frames(int count) { frames_due_ = std::max(frames_due_, count); }

// [SECTION] Frames and screenshots -------------------------------------------------------------

void Platform::begin_frame() {
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // The dummy video driver never gives a window the mouse focus, so the backend would see no
    // pointer at all: headless, the pointer is where the last motion event put it.
    if (options_.headless && pointer_known_) ImGui::GetIO().MousePos = ImVec2(pointer_x_, pointer_y_);
    ImGui::NewFrame();
}

bool Platform::end_frame(const std::filesystem::path* png, std::string* error) {
    ImGui::Render();
    const ImVec4 back = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(back.x * 255.0f), static_cast<Uint8>(back.y * 255.0f),
                           static_cast<Uint8>(back.z * 255.0f), 255);
    SDL_RenderClear(renderer_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    bool written = true;
    if (png) {
        // Read back before presenting: after it the back buffer's content is undefined.
        int width = 0, height = 0;
        SDL_GetRendererOutputSize(renderer_, &width, &height);
        std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
        written = SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGB24, pixels.data(), width * 3) == 0 &&
                  stbi_write_png(png->string().c_str(), width, height, 3, pixels.data(), width * 3) != 0;
        if (!written && error) *error = "cannot write " + png->string() + ": " + SDL_GetError();
    }
    SDL_RenderPresent(renderer_);
    ++frames_rendered_;
    if (frames_due_ > 0) --frames_due_;
    return written;
}

// [SECTION] Fonts, full screen, keys -----------------------------------------------------------

ui::Fonts Platform::rebuild_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    io.Fonts->Clear();
    font_data_.clear();
    ui::Fonts fonts;

    auto add = [&](const std::optional<std::filesystem::path>& file, float pixels) -> ImFont* {
        if (!file) return nullptr;
        auto known = font_data_.find(*file);
        if (known == font_data_.end()) {
            std::optional<std::vector<unsigned char>> data = read_font(*file);
            if (!data) return nullptr;
            known = font_data_.emplace(*file, std::move(*data)).first;
        }
        std::vector<unsigned char>& bytes = known->second;
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        config.OversampleH = scale >= 1.5f ? 1 : 2;  // big glyphs need no oversampling; it keeps the atlas small
        config.OversampleV = 1;
        return io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), pixels, &config,
                                              ui::glyph_ranges());
    };
    const float base = kBaseFontPixels * scale;
    const std::optional<std::filesystem::path> regular = find_font(kRegularFont, options_.font_folders);
    std::optional<std::filesystem::path> bold = find_font(kBoldFont, options_.font_folders);
    if (!bold) bold = regular;
    fonts.body = add(regular, base);
    if (fonts.body) {
        fonts.bold = add(bold, base);
        fonts.story = add(regular, base * 1.15f);
        fonts.heading = add(bold, base * 1.3f);
        fonts.title = add(bold, base * 1.8f);
    } else {
        // ImGui's own font has no curly quotes and looks small, but the game still works.
        ImFontConfig config;
        config.SizePixels = std::max(13.0f, 13.0f * scale);
        fonts.body = fonts.bold = fonts.story = fonts.heading = fonts.title = io.Fonts->AddFontDefault(&config);
        fonts.fallback = true;
        if (!font_message_given_)
            messages_.push_back(std::string("Señales: cannot find ") + kRegularFont +
                                " (install fonts-dejavu-core, or put it in assets/fonts/); using ImGui's built-in "
                                "font, which lacks some characters");
        font_message_given_ = true;
    }
    io.FontDefault = fonts.body;
    io.Fonts->TexDesiredWidth = scale > 1.5f ? 4096 : 2048;
    io.Fonts->Build();
    ImGui_ImplSDLRenderer_CreateFontsTexture();
    request_frames();
    return fonts;
}

void Platform::set_fullscreen(bool on) {
    if (options_.headless) return;
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    request_frames();
}

// ImGui's SDL2 backend (1.86) indexes its key state by scancode: where the key is, whatever the
// layout prints on it, so the digits and letters work alike on Spanish and English keyboards.
static SDL_Scancode scancode(ui::Key key) {
    using ui::Key;
    const int k = static_cast<int>(key);
    if (key >= Key::digit_1 && key <= Key::digit_9) return static_cast<SDL_Scancode>(SDL_SCANCODE_1 + (k - static_cast<int>(Key::digit_1)));
    if (key >= Key::keypad_1 && key <= Key::keypad_9)
        return static_cast<SDL_Scancode>(SDL_SCANCODE_KP_1 + (k - static_cast<int>(Key::keypad_1)));
    switch (key) {
        case Key::enter: return SDL_SCANCODE_RETURN;
        case Key::keypad_enter: return SDL_SCANCODE_KP_ENTER;
        case Key::space: return SDL_SCANCODE_SPACE;
        case Key::tab: return SDL_SCANCODE_TAB;
        case Key::escape: return SDL_SCANCODE_ESCAPE;
        case Key::up: return SDL_SCANCODE_UP;
        case Key::down: return SDL_SCANCODE_DOWN;
        case Key::left: return SDL_SCANCODE_LEFT;
        case Key::right: return SDL_SCANCODE_RIGHT;
        case Key::page_up: return SDL_SCANCODE_PAGEUP;
        case Key::page_down: return SDL_SCANCODE_PAGEDOWN;
        case Key::home: return SDL_SCANCODE_HOME;
        case Key::end: return SDL_SCANCODE_END;
        case Key::f11: return SDL_SCANCODE_F11;
        case Key::d: return SDL_SCANCODE_D;
        case Key::n: return SDL_SCANCODE_N;
        default: return SDL_SCANCODE_UNKNOWN;
    }
}

ui::KeyCodes Platform::key_codes() const {
    ui::KeyCodes keys;
    for (std::size_t k = 0; k < ui::kKeyCount; ++k) keys.native[k] = scancode(static_cast<ui::Key>(k));
    return keys;
}

ui::Images& Platform::images() { return *textures_; }

std::vector<std::string> Platform::take_messages() {
    for (std::string& message : textures_->take_messages()) messages_.push_back(std::move(message));
    return std::exchange(messages_, {});
}

}  // namespace senales::platform
