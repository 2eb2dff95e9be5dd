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

std::optional<std::filesystem::path> find_data_root(const char* argv0) {
    std::vector<std::filesystem::path> candidates;
    if (const char* home = std::getenv("SENALES_HOME"); home && *home) candidates.emplace_back(home);
    std::error_code error;
    if (argv0 && *argv0) {
        std::filesystem::path exe = std::filesystem::absolute(argv0, error);
        if (!error) add_with_parents(candidates, exe.parent_path(), 3);
    }
    std::filesystem::path here = std::filesystem::current_path(error);
    if (!error) add_with_parents(candidates, here, 3);
#ifdef SENALES_SOURCE_DIR
    candidates.emplace_back(SENALES_SOURCE_DIR);
#endif
    for (const auto& candidate : candidates)
        if (is_data_root(candidate)) return std::filesystem::weakly_canonical(candidate, error);
    return std::nullopt;
}

}  // namespace senales
