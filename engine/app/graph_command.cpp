#include "commands.h"
#include "dot_export.h"

namespace senales {

int graph_command(Library& library, const GraphOptions& options, Console& console) {
    std::optional<Scenario> scenario = load_one(library, options.path, console);
    if (!scenario) return 1;
    console.out << to_dot(*scenario, library.catalog(), options.lang);
    return 0;
}

// Until the game window lands, `senales` alone lists what can be played.
int list_command(Library& library, Console& console) {
    Diagnostics diagnostics;
    if (!library.load_catalog(diagnostics)) {
        console.err << diagnostics.format();
        return 1;
    }
    console.out << "Señales: scenarios in " << library.scenarios_folder().string() << "\n";
    for (const auto& folder : Library::scenario_folders(library.scenarios_folder())) {
        LoadedScenario loaded = library.load(folder);
        if (!loaded.scenario) {
            console.out << "  " << folder.filename().string() << ": does not load (run senales check)\n";
            continue;
        }
        const Scenario& s = *loaded.scenario;
        console.out << "  " << s.id << " [" << to_string(s.audience) << ", " << s.minutes << " min] "
                    << s.title.es << " / " << s.title.en << "\n";
    }
    console.out << "Play one in the terminal: senales play scenarios/<id>   (senales --help for more)\n";
    return 0;
}

}  // namespace senales
