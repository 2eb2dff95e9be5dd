#include "textures.h"

#include <SDL.h>
#include <stb/stb_image.h>

#include <cstdint>
#include <system_error>
#include <utility>

namespace senales::platform {

namespace {

constexpr std::uintmax_t kMaxFileBytes = 32u * 1024 * 1024;
constexpr int kMaxSide = 8192;

SDL_Texture* texture_from_rgba(SDL_Renderer* renderer, const unsigned char* pixels, int width, int height) {
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
    if (!texture) return nullptr;
    SDL_UpdateTexture(texture, nullptr, pixels, width * 4);
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    return texture;
}

}  // namespace

TextureCache::~TextureCache() {
    for (auto& [name, texture] : cache_)
        if (texture.id) SDL_DestroyTexture(static_cast<SDL_Texture*>(texture.id));
}

const ui::Texture& TextureCache::get(const std::filesystem::path& file) {
    const std::string key = file.string();
    auto found = cache_.find(key);
    if (found != cache_.end()) return found->second;
    return cache_.emplace(key, load(file)).first->second;
}

std::vector<std::string> TextureCache::take_messages() { return std::exchange(messages_, {}); }

ui::Texture TextureCache::load(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return placeholder(file.string() + ": no such file");
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error || size > kMaxFileBytes) return placeholder(file.string() + ": too big for a picture (over 32 MiB)");
    int width = 0, height = 0, channels = 0;
    if (!stbi_info(file.string().c_str(), &width, &height, &channels))
        return placeholder(file.string() + ": not a picture Señales can read (" + stbi_failure_reason() + ")");
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide)
        return placeholder(file.string() + ": too large (" + std::to_string(width) + "x" + std::to_string(height) + ")");
    unsigned char* pixels = stbi_load(file.string().c_str(), &width, &height, &channels, 4);
    if (!pixels) return placeholder(file.string() + ": cannot be decoded (" + stbi_failure_reason() + ")");
    ui::Texture texture;
    texture.id = texture_from_rgba(renderer_, pixels, width, height);
    stbi_image_free(pixels);
    if (!texture.id) return placeholder(file.string() + ": " + SDL_GetError());
    texture.width = width;
    texture.height = height;
    return texture;
}

// A grey card with a cross, 16:9, so the layout stays the same as with the real picture.
ui::Texture TextureCache::placeholder(std::string problem) {
    messages_.push_back("Señales: picture " + problem + "; showing a placeholder");
    constexpr int kWidth = 160, kHeight = 90;
    std::vector<unsigned char> pixels(kWidth * kHeight * 4);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const bool edge = x < 2 || y < 2 || x >= kWidth - 2 || y >= kHeight - 2;
            const int dx = x * kHeight - y * kWidth, dy = x * kHeight - (kHeight - 1 - y) * kWidth;
            const bool cross = (dx > -2 * kWidth && dx < 2 * kWidth) || (dy > -2 * kWidth && dy < 2 * kWidth);
            const unsigned char value = edge || cross ? 150 : 90;
            unsigned char* p = &pixels[static_cast<std::size_t>((y * kWidth + x) * 4)];
            p[0] = p[1] = p[2] = value;
            p[3] = 255;
        }
    ui::Texture texture;
    texture.id = texture_from_rgba(renderer_, pixels.data(), kWidth, kHeight);
    texture.width = kWidth;
    texture.height = kHeight;
    texture.placeholder = true;
    texture.problem = std::move(problem);
    return texture;
}

}  // namespace senales::platform
