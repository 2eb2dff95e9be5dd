#pragma once
// The user's own folders on this machine: where records, settings and installed translations are
// kept (on Linux ~/.local/share/Senales/senales/, on Windows %APPDATA%\\Senales\\senales\\), as SDL
// reports them. The only place outside the window code that asks SDL anything.

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
