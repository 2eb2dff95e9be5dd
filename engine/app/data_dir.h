#pragma once
// Where this machine keeps a trainee's records: --data-dir when given, else the user's data folder
// as SDL reports it for this platform (on Linux ~/.local/share/Senales/senales/).

#include <filesystem>
#include <optional>
#include <string>

namespace senales {

std::optional<std::filesystem::path> records_file(const std::string& data_dir_option, std::string* error);

// The user's data folder as SDL reports it (created if needed); nullopt, with why, when there is none.
std::optional<std::filesystem::path> user_data_folder(std::string* error);
// The same folder, worked out the way SDL does but without creating anything: for reading what
// may be there (translations) without leaving a trace on a machine that has none.
std::filesystem::path user_data_folder_if_any();

}  // namespace senales
