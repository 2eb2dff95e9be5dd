#include "fonts.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <system_error>

namespace senales::platform {

std::vector<std::filesystem::path> system_font_folders() {
    std::vector<std::filesystem::path> folders = {
        "/usr/share/fonts/truetype/dejavu",  // Debian, Ubuntu (fonts-dejavu-core)
        "/usr/share/fonts/dejavu",           // Fedora, Arch
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
        "/usr/share/fonts/truetype",
    };
    if (const char* home = std::getenv("HOME")) {
        folders.push_back(std::filesystem::path(home) / ".local/share/fonts");
        folders.push_back(std::filesystem::path(home) / ".fonts");
    }
    if (const char* windows = std::getenv("WINDIR")) folders.push_back(std::filesystem::path(windows) / "Fonts");
    return folders;
}

std::optional<std::filesystem::path> find_font(const std::string& file_name,
                                               const std::vector<std::filesystem::path>& first_folders) {
    std::error_code error;
    for (const auto& folder : first_folders)
        if (std::filesystem::is_regular_file(folder / file_name, error)) return folder / file_name;
    for (const auto& folder : system_font_folders())
        if (std::filesystem::is_regular_file(folder / file_name, error)) return folder / file_name;
    return std::nullopt;
}

std::optional<std::vector<unsigned char>> read_font(const std::filesystem::path& file) {
    constexpr std::uintmax_t kMaxBytes = 32u * 1024 * 1024;
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error || size < 12 || size > kMaxBytes) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::vector<unsigned char> data(static_cast<std::size_t>(size));
    if (!in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size()))) return std::nullopt;
    const bool truetype = data[0] == 0x00 && data[1] == 0x01 && data[2] == 0x00 && data[3] == 0x00;
    const bool tagged = (data[0] == 't' && data[1] == 'r' && data[2] == 'u' && data[3] == 'e') ||
                        (data[0] == 'O' && data[1] == 'T' && data[2] == 'T' && data[3] == 'O');
    if (!truetype && !tagged) return std::nullopt;
    return data;
}

}  // namespace senales::platform
