#include "data_root.h"

#include <cstdlib>
#include <system_error>
#include <vector>

namespace senales {

namespace {

bool is_data_root(const std::filesystem::path& folder) {
    std::error_code error;
    return std::filesystem::is_regular_file(folder / "scripts" / "lua" / "dsl.lua", error);
}

void add_with_parents(std::vector<std::filesystem::path>& candidates, std::filesystem::path folder, int levels) {
    for (int i = 0; i <= levels && !folder.empty(); ++i) {
        candidates.push_back(folder);
        if (folder == folder.parent_path()) break;
        folder = folder.parent_path();
    }
}

}  // namespace

std::optional<std::filesystem::path> find_data_root(const std::optional<std::filesystem::path>& program_folder) {
    std::vector<std::filesystem::path> candidates;
    if (const char* home = std::getenv("SENALES_HOME"); home && *home) candidates.emplace_back(home);
    std::error_code error;
    if (program_folder && !program_folder->empty()) {
        // SDL's base path ends in a separator: without it, parent_path() is the folder itself.
        const std::filesystem::path folder = program_folder->has_filename() ? *program_folder
                                                                            : program_folder->parent_path();
        add_with_parents(candidates, folder, 3);
#ifdef SENALES_INSTALLED_DATA
        candidates.push_back((folder / SENALES_INSTALLED_DATA).lexically_normal());
#endif
    }
#ifdef SENALES_SOURCE_FALLBACK
    std::filesystem::path here = std::filesystem::current_path(error);
    if (!error) add_with_parents(candidates, here, 3);
    candidates.emplace_back(SENALES_SOURCE_FALLBACK);
#endif
    for (const auto& candidate : candidates)
        if (is_data_root(candidate)) return std::filesystem::weakly_canonical(candidate, error);
    return std::nullopt;
}

}  // namespace senales
