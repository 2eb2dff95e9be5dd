#include "platform.h"

#include <SDL.h>
#include <imgui.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <utility>

#include "fonts.h"
#include "imgui_backend.h"
#include "platform/user_folder.h"
#include "textures.h"
#include "ui/glyphs.h"

// [SECTION] Opening: SDL, the window, the renderer, ImGui
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
    p->window_ = SDL_CreateWindow("Señales", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                  options.height, flags);
    if (!p->window_) return fail("cannot open a window");
    SDL_SetWindowMinimumSize(p->window_, 640, 400);

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
    renderer_backend_init(p->renderer_);
    p->imgui_ready_ = true;
    p->textures_ = std::make_unique<TextureCache>(p->renderer_);
    return p;
}

Platform::~Platform() {
    textures_.reset();
    if (imgui_ready_) {
        renderer_backend_shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

// One home for the user's folder (user_folder.cpp), which portable mode moves beside the program.
std::optional<std::filesystem::path> user_data_folder() { return senales::user_data_folder(nullptr); }

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
    renderer_backend_new_frame();
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
    renderer_backend_render(ImGui::GetDrawData(), renderer_);
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
    renderer_backend_destroy_fonts();
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
    renderer_backend_create_fonts();
    request_frames();
    return fonts;
}

void Platform::set_fullscreen(bool on) {
    if (options_.headless) return;
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    request_frames();
}

ui::KeyCodes Platform::key_codes() const {
    ui::KeyCodes keys;
    for (int n = 1; n <= 9; ++n) {
        keys.digit[n] = SDL_SCANCODE_1 + (n - 1);
        keys.keypad_digit[n] = SDL_SCANCODE_KP_1 + (n - 1);
    }
    keys.digit[0] = SDL_SCANCODE_0;
    keys.keypad_digit[0] = SDL_SCANCODE_KP_0;
    keys.f11 = SDL_SCANCODE_F11;
    return keys;
}

ui::Images& Platform::images() { return *textures_; }

std::vector<std::string> Platform::take_messages() {
    for (std::string& message : textures_->take_messages()) messages_.push_back(std::move(message));
    return std::exchange(messages_, {});
}

}  // namespace senales::platform
