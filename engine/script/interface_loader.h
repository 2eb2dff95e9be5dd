#pragma once
// Reads the interface's own words (scripts/lua/interface.lua) into a TextTable: the game's screens,
// the debrief's sentences and the terminal's, each in Spanish and English under a stable key.

#include <filesystem>
#include <optional>

#include "core/diagnostic.h"
#include "core/text.h"
#include "script/sandbox.h"

namespace senales {

inline constexpr const char* kInterfaceFile = "interface.lua";

// Every text with both languages and the same "{}" places in each; nullopt on any error.
std::optional<TextTable> load_interface_texts(const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                              const Limits& limits = {});

// How many "{}" a text has: a translation must keep exactly that many.
int count_placeholders(const std::string& text);

}  // namespace senales
