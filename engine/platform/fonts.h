#pragma once
// Finds DejaVu Sans at run time: in the folders the game was given (its own assets/fonts/ first),
// then in the usual system font folders of Debian and other Linux systems.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace senales::platform {

inline constexpr const char* kRegularFont = "DejaVuSans.ttf";
inline constexpr const char* kBoldFont = "DejaVuSans-Bold.ttf";
inline constexpr float kBaseFontPixels = 20.0f;  // at 100 % text size, legible at 1280x720

std::vector<std::filesystem::path> system_font_folders();
std::optional<std::filesystem::path> find_font(const std::string& file_name,
                                               const std::vector<std::filesystem::path>& first_folders);
// The whole file if it looks like a TrueType or OpenType font, else nullopt (ImGui would stop the
// program on a file it cannot read).
std::optional<std::vector<unsigned char>> read_font(const std::filesystem::path& file);

}  // namespace senales::platform
