#include "data_dir.h"

#include <SDL.h>

#include <system_error>

namespace senales {

std::optional<std::filesystem::path> records_file(const std::string& data_dir_option, std::string* error) {
    std::filesystem::path folder;
    if (!data_dir_option.empty()) {
        folder = data_dir_option;
    } else {
        char* pref = SDL_GetPrefPath("Senales", "senales");
        if (!pref) {
            if (error) *error = std::string("cannot find a folder for records: ") + SDL_GetError() + " (use --data-dir)";
            return std::nullopt;
        }
        folder = pref;
        SDL_free(pref);
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
