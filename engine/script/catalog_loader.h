#pragma once
// Reads the shared reference material (scripts/lua/catalog/) into the core's Catalog.
//
// Paths: `lua_root` is always the folder holding dsl.lua (scripts/lua in the source tree). The
// catalog normally lives in lua_root/catalog; load_catalog_folder reads it from anywhere else
// (tests, a draft catalog) with the same DSL.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/diagnostic.h"
#include "script/sandbox.h"

namespace senales {

// The four files a catalog folder holds, each returning a list of entries:
// sources.lua, principles.lua, indicators.lua, practices.lua (practices and harms).
inline constexpr const char* kCatalogFiles[] = {"sources.lua", "principles.lua", "indicators.lua", "practices.lua"};

// Reads lua_root/catalog/*.lua, then validates the catalog (validate_catalog). Every problem is
// reported with file:line; nullopt when any of them is an error.
std::optional<Catalog> load_catalog(const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                    const Limits& limits = {});

// One catalog file and its text; no text when it could not be read (already reported).
struct CatalogSource {
    std::filesystem::path file;
    std::optional<std::string> bytes;
};

// The same, from files already in memory (an editor, a fuzzer), in the order of kCatalogFiles.
std::optional<Catalog> load_catalog_sources(const std::vector<CatalogSource>& files,
                                            const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                            const Limits& limits = {});

// The same, from `catalog_dir` instead of lua_root/catalog.
std::optional<Catalog> load_catalog_folder(const std::filesystem::path& catalog_dir,
                                           const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                           const Limits& limits = {});

}  // namespace senales
