#pragma once
// What the screens need from the machine they run on, without knowing it is SDL: pictures as
// textures, the fonts built for the current text size, and the native code of each key of the
// key map (key_map.h). The platform layer implements and fills these; tests can too.

#include <filesystem>
#include <string>

#include "key_map.h"

struct ImFont;

namespace senales::ui {

struct Texture {
    void* id = nullptr;  // ImTextureID for the renderer backend
    int width = 0;
    int height = 0;
    bool placeholder = false;  // the file was missing or could not be decoded
    std::string problem;       // why, for a caption under the placeholder
};

class Images {
public:
    virtual ~Images() = default;
    // Never fails: a file that cannot be shown gives a placeholder with the reason.
    virtual const Texture& get(const std::filesystem::path& file) = 0;
};

// Fonts in ImGui's atlas at the current text size; null means ImGui's default font.
struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* story = nullptr;    // a scene's narrative, about 1.15x body
    ImFont* heading = nullptr;  // section titles, about 1.3x body
    ImFont* title = nullptr;    // the game's name and screen titles, about 1.8x body
    bool fallback = false;      // DejaVu Sans was not found: accents may be missing
};

}  // namespace senales::ui
