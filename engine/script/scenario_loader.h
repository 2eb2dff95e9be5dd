#pragma once
// Reads one scenario folder (scenarios/<id>/scenario.lua) into the core's Scenario: runs the file
// in the sandbox, reads what it returned, parses its conditions, then validates it against the
// catalog (resolve_and_validate).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog.h"
#include "core/diagnostic.h"
#include "core/scenario.h"
#include "script/sandbox.h"

namespace senales {

// `folder` holds scenario.lua (its name is the scenario's id); `lua_root` is the folder holding
// dsl.lua (scripts/lua). Every problem is reported with file:line; nullopt when any is an error.
// The file is untrusted: see Limits (sandbox.h) for what it may use and hold.
std::optional<Scenario> load_scenario(const std::filesystem::path& folder, const std::filesystem::path& lua_root,
                                      const Catalog& catalog, Diagnostics& diagnostics, const Limits& limits = {});

// The same for a scenario.lua whose text is already in memory (an editor, a fuzzer): `folder` only
// names it (its id, where its images are) and is not read.
std::optional<Scenario> load_scenario_source(const std::filesystem::path& folder, std::string_view bytes,
                                             const std::filesystem::path& lua_root, const Catalog& catalog,
                                             Diagnostics& diagnostics, const Limits& limits = {});

// 64-bit FNV-1a of `bytes` as 16 lower-case hex digits: the same file gives the same hash on
// every machine, so records can tell which version of a scenario was played.
std::string content_hash(std::string_view bytes);

}  // namespace senales
