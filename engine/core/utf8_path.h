#pragma once
// File names from and to the UTF-8 texts the game keeps everywhere else (options, records, the
// words). std::filesystem::path(std::string) reads the bytes in the system's narrow encoding: on
// Linux that is UTF-8, on Windows the ANSI code page, where a records folder or a trainee's name
// with "ñ" would turn into other characters. Through char8_t it is UTF-8 on every system.

#include <filesystem>
#include <string>
#include <string_view>

namespace senales {

std::filesystem::path utf8_path(std::string_view utf8);
std::string path_utf8(const std::filesystem::path& path);

}  // namespace senales
