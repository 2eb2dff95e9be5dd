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

// A trainer's own and received scenarios: scenarios/ in the records folder given (--data-dir), or
// in the user's data folder. Not created here: listing must leave no trace.
std::filesystem::path user_scenarios_folder(const std::string& data_dir_option);

// The folder of the running program (SDL_GetBasePath: /proc/self/exe on Linux, the .exe's folder on
// Windows), whatever the working folder or argv[0]; nullopt when the system cannot say.
std::optional<std::filesystem::path> program_folder();

// Portable mode, for a copy on a USB stick that travels between classroom laptops: with a
// portable.txt beside the program, or when asked (--portable), the records, the settings, the
// translations and the user's own scenarios are kept in data/ beside the program instead of the
// user's data folder. That folder, or nullopt when not portable.
std::optional<std::filesystem::path> portable_folder(const std::optional<std::filesystem::path>& program, bool asked);
inline constexpr const char* kPortableMarker = "portable.txt";
// The user's data folder from now on (empty: the system's again), for portable mode.
void use_user_data_folder(std::filesystem::path folder);

}  // namespace senales
