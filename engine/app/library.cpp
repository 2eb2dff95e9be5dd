#include "library.h"

#include <algorithm>

#include "platform/user_folder.h"
#include "script/catalog_loader.h"
#include "script/interface_loader.h"
#include "script/scenario_loader.h"

namespace senales {

bool Library::load_catalog(Diagnostics& diagnostics) {
    std::optional<Catalog> loaded = senales::load_catalog(lua_root(), diagnostics);
    std::optional<TextTable> interface = load_interface_texts(lua_root(), diagnostics);
    if (!loaded || !interface) return false;
    catalog_ = std::move(*loaded);
    interface_ = std::move(*interface);
    languages_ = Languages::load(lang_folders(), diagnostics);
    return !diagnostics.has_errors();
}

std::filesystem::path Library::user_lang_folder() const {
    return senales::user_lang_folder(data_folder_.empty() ? user_data_folder_if_any() : data_folder_);
}

std::vector<std::filesystem::path> Library::lang_folders() const { return {user_lang_folder(), root_ / "lang"}; }

LoadedScenario Library::load(const std::filesystem::path& folder) const {
    LoadedScenario result;
    result.folder = folder;
    result.scenario = load_scenario(folder, lua_root(), catalog_, result.diagnostics);
    return result;
}

std::vector<std::filesystem::path> Library::scenario_folders(const std::filesystem::path& path) {
    std::error_code error;
    if (path.filename() == "scenario.lua") return {path.parent_path()};
    if (std::filesystem::is_regular_file(path / "scenario.lua", error)) return {path};
    std::vector<std::filesystem::path> folders;
    if (std::filesystem::is_directory(path, error)) {
        for (const auto& entry : std::filesystem::directory_iterator(path, error))
            if (entry.is_directory(error) && std::filesystem::exists(entry.path() / "scenario.lua", error))
                folders.push_back(entry.path());
        std::sort(folders.begin(), folders.end());
    }
    // A path that is none of these is still returned, so the loader can say what is missing.
    if (folders.empty()) folders.push_back(path);
    return folders;
}

}  // namespace senales
