#include "platform/user_folder.h"

#include <SDL.h>

#include <cstdlib>
#include <system_error>

#include "core/utf8_path.h"

namespace senales {

namespace {

// Set once, at start, by the command line (portable mode); empty otherwise.
std::filesystem::path& chosen_folder() {
    static std::filesystem::path folder;
    return folder;
}

}  // namespace

void use_user_data_folder(std::filesystem::path folder) { chosen_folder() = std::move(folder); }

std::optional<std::filesystem::path> portable_folder(const std::optional<std::filesystem::path>& program, bool asked) {
    if (!program || program->empty()) return std::nullopt;
    std::error_code error;
    if (!asked && !std::filesystem::is_regular_file(*program / kPortableMarker, error)) return std::nullopt;
    return (*program / "data").lexically_normal();
}

std::optional<std::filesystem::path> user_data_folder(std::string* error) {
    if (!chosen_folder().empty()) {
        std::error_code failure;
        std::filesystem::create_directories(chosen_folder(), failure);
        if (failure) {
            if (error) *error = "cannot create the folder " + path_utf8(chosen_folder()) + ": " + failure.message();
            return std::nullopt;
        }
        return chosen_folder();
    }
    char* pref = SDL_GetPrefPath("Senales", "senales");
    if (!pref) {
        if (error) *error = std::string("cannot find the user's data folder: ") + SDL_GetError();
        return std::nullopt;
    }
    std::filesystem::path folder = pref;
    SDL_free(pref);
    return folder;
}

std::filesystem::path user_data_folder_if_any() {
    if (!chosen_folder().empty()) return chosen_folder();
    auto env = [](const char* name) -> std::filesystem::path {
        const char* value = std::getenv(name);
        return value && *value ? std::filesystem::path(value) : std::filesystem::path();
    };
#if defined(_WIN32)
    const std::filesystem::path base = env("APPDATA");
#elif defined(__APPLE__)
    const std::filesystem::path home = env("HOME");
    const std::filesystem::path base = home.empty() ? home : home / "Library" / "Application Support";
#else
    std::filesystem::path base = env("XDG_DATA_HOME");
    if (base.empty() && !env("HOME").empty()) base = env("HOME") / ".local" / "share";
#endif
    return base.empty() ? base : base / "Senales" / "senales";
}

std::filesystem::path user_scenarios_folder(const std::string& data_dir_option) {
    const std::filesystem::path base = data_dir_option.empty() ? user_data_folder_if_any() : utf8_path(data_dir_option);
    return base.empty() ? base : base / "scenarios";
}

std::optional<std::filesystem::path> program_folder() {
    char* base = SDL_GetBasePath();
    if (!base) return std::nullopt;
    std::filesystem::path folder = base;
    SDL_free(base);
    return folder;
}

std::optional<std::filesystem::path> records_file(const std::string& data_dir_option, std::string* error) {
    std::filesystem::path folder;
    if (!data_dir_option.empty()) {
        folder = utf8_path(data_dir_option);
    } else {
        std::optional<std::filesystem::path> user = user_data_folder(error);
        if (!user) {
            if (error) *error += " (use --data-dir)";
            return std::nullopt;
        }
        folder = *user;
    }
    std::error_code failure;
    std::filesystem::create_directories(folder, failure);
    if (failure) {
        if (error) *error = "cannot create the records folder " + folder.string() + ": " + failure.message();
        return std::nullopt;
    }
    return folder / "records.sqlite";
}

}  // namespace senales
