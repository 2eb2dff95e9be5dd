#pragma once
// Finds the game's data: the folder holding scripts/lua/ and scenarios/. The binary may run from a
// build folder, an installed copy or a USB stick, on Linux or Windows, so it looks in a few places.

#include <filesystem>
#include <optional>

namespace senales {

// In order: $SENALES_HOME; the program's folder and its parents (a build folder inside the source
// tree, or a copy that carries its data beside it); the installed data, found from the program's
// folder (bin/../share/senales), so an installed game works from any working folder. Development
// builds (SENALES_SOURCE_FALLBACK) then try the working folder and its parents and the source tree
// they were built from; a packaged build has no source path compiled in.
std::optional<std::filesystem::path> find_data_root(const std::optional<std::filesystem::path>& program_folder);

}  // namespace senales
