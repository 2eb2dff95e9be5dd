#pragma once
// Finds the game's data: the folder holding scripts/lua/ and scenarios/. The binary may run from a
// build folder, an installed copy or a USB stick, on Linux or Windows, so it looks in a few places.

#include <filesystem>
#include <optional>

namespace senales {

// In order: $SENALES_HOME, the executable's folder and its parents, the working folder and its
// parents, and the source tree the binary was built from.
std::optional<std::filesystem::path> find_data_root(const char* argv0);

}  // namespace senales
