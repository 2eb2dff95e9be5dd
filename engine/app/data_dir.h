#pragma once
// Where this machine keeps a trainee's records: --data-dir when given, else the user's data folder
// as SDL reports it for this platform (on Linux ~/.local/share/Senales/senales/).

#include <filesystem>
#include <optional>
#include <string>

namespace senales {

std::optional<std::filesystem::path> records_file(const std::string& data_dir_option, std::string* error);

}  // namespace senales
