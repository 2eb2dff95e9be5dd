#pragma once
// The catalog and the scenarios as the app sees them: loaded from the data root through the
// script host, with every problem collected as diagnostics.

#include <filesystem>
#include <optional>
#include <vector>

#include "core/catalog.h"
#include "core/diagnostic.h"
#include "core/scenario.h"
#include "wording/translations.h"
#include "wording/wording.h"

namespace senales {

struct LoadedScenario {
    std::filesystem::path folder;
    std::optional<Scenario> scenario;  // empty when it did not load
    Diagnostics diagnostics;
};

class Library {
public:
    explicit Library(std::filesystem::path data_root) : root_(std::move(data_root)) {}

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path lua_root() const { return root_ / "scripts" / "lua"; }
    std::filesystem::path scenarios_folder() const { return root_ / "scenarios"; }

    // Loads the catalog, the interface's words and the installed languages; false (with
    // diagnostics) when the catalog or the interface's words are broken. A translation file with
    // problems only warns: what could be read of it is used.
    bool load_catalog(Diagnostics& diagnostics);
    const Catalog& catalog() const { return catalog_; }
    const TextTable& interface() const { return interface_; }
    const Languages& languages() const { return languages_; }
    // The words of `lang` (installed, or Spanish).
    Wording wording(const Lang& lang) const { return Wording(lang, interface_, languages_.pack(lang)); }

    // Where translations are read from, the user's own folder first (where `strings import`
    // writes), then the game's.
    std::vector<std::filesystem::path> lang_folders() const;
    std::filesystem::path user_lang_folder() const;
    // With --data-dir that folder holds the user's whole state (records, settings, translations):
    // nothing is read from or written to the user's own data folder then (a USB-stick setup).
    void use_data_folder(std::filesystem::path folder) { data_folder_ = std::move(folder); }

    LoadedScenario load(const std::filesystem::path& folder) const;

    // Scenario folders named by a path: a scenario folder, its scenario.lua, or a folder of them.
    static std::vector<std::filesystem::path> scenario_folders(const std::filesystem::path& path);

private:
    std::filesystem::path root_;
    std::filesystem::path data_folder_;
    Catalog catalog_;
    TextTable interface_;
    Languages languages_;
};

}  // namespace senales
