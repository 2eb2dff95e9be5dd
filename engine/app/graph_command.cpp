#include <nlohmann/json.hpp>

#include "commands.h"
#include "core/utf8_path.h"
#include "dot_export.h"
#include "wording/guide.h"

#include <fstream>

namespace senales {

int graph_command(Library& library, const GraphOptions& options, Console& console) {
    std::optional<Scenario> scenario = load_one(library, options.path, console);
    if (!scenario) return 1;
    if (!language_installed(library, options.lang, console)) return 2;
    console.out << to_dot(*scenario, library.catalog(), library.wording(options.lang));
    return 0;
}

int guide_command(Library& library, const GuideOptions& options, Console& console) {
    std::optional<Scenario> scenario = load_one(library, options.path, console);
    if (!scenario) return 1;
    if (!language_installed(library, options.lang, console)) return 2;
    const std::string guide = facilitator_guide(*scenario, library.catalog(), library.wording(options.lang));
    if (options.out.empty()) {
        console.out << guide;
        return 0;
    }
    std::ofstream out(utf8_path(options.out), std::ios::binary);
    out << guide;
    if (!out) {
        console.err << "senales guide: cannot write " << options.out << "\n";
        return 1;
    }
    return 0;
}

// The scenarios on this machine. With --json, each with who it is about, for trainers' tools: the
// game itself never shows `person` before play (it would give the answer away).
int list_command(Library& library, bool json, Console& console) {
    Diagnostics diagnostics;
    if (!library.load_catalog(diagnostics)) {
        console.err << diagnostics.format();
        return 1;
    }
    const std::vector<std::filesystem::path> installed = Library::scenario_folders(library.scenarios_folder());
    std::vector<std::filesystem::path> all = library.all_scenario_folders();
    auto is_installed = [&](std::size_t index) { return index < installed.size(); };
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (std::size_t i = 0; i < all.size(); ++i) {
            const std::filesystem::path& folder = all[i];
            const char* where = is_installed(i) ? "installed" : "user";
            LoadedScenario loaded = library.load(folder);
            if (!loaded.scenario) {
                list.push_back({{"id", folder.filename().string()}, {"loads", false}, {"library", where}});
                continue;
            }
            const Scenario& s = *loaded.scenario;
            list.push_back({{"id", s.id},
                            {"loads", true},
                            {"library", where},
                            {"audience", to_string(s.audience)},
                            {"title", {{"es", s.title.es}, {"en", s.title.en}}},
                            {"minutes", s.minutes},
                            {"person",
                             {{"age", to_string(s.person.age)},
                              {"gender", to_string(s.person.gender)},
                              {"nationality", s.person.nationality},
                              {"exploitation", to_string(s.person.exploitation)},
                              {"trafficking", s.person.trafficking}}},
                            {"setting", {{"country", s.setting.country}, {"institution", s.setting.institution}}}});
        }
        console.out << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    console.out << "Señales: scenarios in " << library.scenarios_folder().string() << "\n";
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i == installed.size())
            console.out << "Your own and received scenarios, in " << library.user_scenarios_folder().string() << "\n";
        LoadedScenario loaded = library.load(all[i]);
        if (!loaded.scenario) {
            console.out << "  " << all[i].filename().string() << ": does not load (run senales check " << all[i].string()
                        << ")\n";
            continue;
        }
        const Scenario& s = *loaded.scenario;
        console.out << "  " << s.id << " [" << to_string(s.audience) << ", " << s.minutes << " min] "
                    << s.title.es << " / " << s.title.en << "\n";
    }
    if (all.size() == installed.size() && !library.user_scenarios_folder().empty())
        console.out << "Your own and received scenarios go in " << library.user_scenarios_folder().string()
                    << " (one folder each)\n";
    console.out << "Play one in the terminal: senales play <id>   (senales --help for more)\n";
    return 0;
}

}  // namespace senales
