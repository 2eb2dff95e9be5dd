#pragma once
// Pictures for the screens: PNG or JPEG files decoded with stb_image into SDL textures, kept for
// the session. A missing, corrupt or oversized file gives a placeholder and a message instead.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "ui/host.h"

struct SDL_Renderer;

namespace senales::platform {

class TextureCache : public ui::Images {
public:
    explicit TextureCache(SDL_Renderer* renderer) : renderer_(renderer) {}
    ~TextureCache() override;
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    const ui::Texture& get(const std::filesystem::path& file) override;
    // One line per picture that could not be shown, each once.
    std::vector<std::string> take_messages();

private:
    ui::Texture load(const std::filesystem::path& file);
    ui::Texture placeholder(std::string problem);

    SDL_Renderer* renderer_;
    std::map<std::string, ui::Texture> cache_;
    std::vector<std::string> messages_;
};

}  // namespace senales::platform
