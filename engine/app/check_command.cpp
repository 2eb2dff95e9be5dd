#include <deque>

#include "commands.h"
#include "core/coverage.h"
#include "core/explorer.h"

namespace senales {

namespace {

std::string list_scene_ids(const Scenario& scenario, const std::vector<int>& scenes) {
    std::string out;
    for (int scene : scenes) out += (out.empty() ? "" : ", ") + scenario.scenes[static_cast<std::size_t>(scene)].id;
    return out;
}

struct Counts {
    int scenes = 0, endings = 0, signs = 0, neutral = 0, choices = 0, harms = 0, practices = 0;
};

Counts count(const Scenario& scenario) {
    Counts c;
    for (const Scene& scene : scenario.scenes) {
        (scene.is_ending ? c.endings : c.scenes)++;
        for (const Detail& detail : scene.details) (detail.neutral() ? c.neutral : c.signs)++;
        c.choices += static_cast<int>(scene.choices.size());
        for (const Choice& choice : scene.choices) {
            c.harms += static_cast<int>(choice.harms.size());
            c.practices += static_cast<int>(choice.practices.size());
        }
    }
    return c;
}

// Adds the findings that need the whole story explored: what no path reaches, where a trainee
// gets stuck, and whether the score separates good play from bad.
void add_exploration_findings(const Scenario& scenario, const ExplorationReport& report, Diagnostics& diagnostics) {
    if (report.states_truncated || report.paths_truncated)
        diagnostics.warning(scenario.where, "explore-limit",
                            "the story has too many ways through to check them all (" +
                                std::string(report.states_truncated ? "story states" : "paths") +
                                " stopped at the limit): what follows is based on the part explored",
                            "a story variable that changes at every loop makes every pass a new story state: "
                            "keep variables to a few values, and let loops lead back to where they started");
    for (int index : report.unreachable) {
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(index)];
        diagnostics.error(scene.where, "unreachable",
                          std::string(scene.is_ending ? "ending" : "scene") + " \"" + scene.id + "\" cannot be reached",
                          "add a choice that leads to it, or remove it");
    }
    for (const DeadEnd& dead : report.dead_ends) {
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(dead.scene)];
        std::string values;
        for (std::size_t v = 0; v < dead.variables.size(); ++v)
            values += (v ? ", " : "") + scenario.variable_names[v] + " = " + std::to_string(dead.variables[v]);
        diagnostics.error(scene.where, "dead-end", "scene \"" + scene.id + "\" offers no choice when " + values,
                          "add a choice without a `when`, or loosen the conditions");
    }
    for (auto [scene_index, detail_index] : report.details_never_shown) {
        const Detail& detail = scenario.scenes[static_cast<std::size_t>(scene_index)].details[static_cast<std::size_t>(detail_index)];
        diagnostics.warning(detail.where, "never-shown", "detail \"" + detail.id + "\" is never shown: its `when` never holds",
                            "check the condition against the story variables on the paths into this scene");
    }
    for (auto [scene_index, choice_index] : report.choices_never_offered) {
        const Choice& choice = scenario.scenes[static_cast<std::size_t>(scene_index)].choices[static_cast<std::size_t>(choice_index)];
        diagnostics.warning(choice.where, "never-offered", "this choice is never offered: its `when` never holds",
                            "check the condition against the story variables on the paths into this scene");
    }
    if (report.best.ending >= 0 && !report.best.score.passed) {
        std::string why = report.best.score.failed_by_grave_harm
                              ? "every way to an ending commits a grave harm"
                              : "best overall " + std::to_string(report.best.score.overall) + ", pass mark " +
                                    std::to_string(rules::kPassMark);
        diagnostics.error(scenario.where, "best-fails", "even the best path cannot pass (" + why + ")",
                          "make sure a path exists with a good practice at each decision, no harm and a good ending");
    }
    if (report.worst.ending >= 0 && report.worst.score.passed)
        diagnostics.error(scenario.where, "worst-passes",
                          "even the worst path passes (worst overall " + std::to_string(report.worst.score.overall) + ")",
                          "give trainees harmful choices to fall into: the score must tell good play from bad");
}

int count_code(const Diagnostics& diagnostics, const std::string& code) {
    int n = 0;
    for (const Diagnostic& d : diagnostics.items()) n += d.code == code;
    return n;
}

void print_summary(const Scenario& scenario, const ExplorationReport& report, const Diagnostics& diagnostics,
                   std::ostream& out) {
    Counts c = count(scenario);
    out << "  scenes " << c.scenes << ", endings " << c.endings << ", details " << c.signs + c.neutral << " ("
        << c.signs << " signs, " << c.neutral << " neutral), choices " << c.choices << " (" << c.practices
        << " good practices, " << c.harms << " harms)\n";
    out << "  story states " << report.states << (report.states_truncated ? "+ (stopped at the limit)" : "")
        << ", paths " << report.paths << (report.paths_truncated ? "+ (stopped at the limit)" : "")
        << (report.has_loops ? " (loops bounded)" : "") << "\n";
    out << "  unreachable: " << (report.unreachable.empty() ? "none" : list_scene_ids(scenario, report.unreachable)) << "\n";
    std::vector<int> dead;
    for (const DeadEnd& d : report.dead_ends) dead.push_back(d.scene);
    out << "  dead ends: " << (dead.empty() ? "none" : list_scene_ids(scenario, dead)) << "\n";
    out << "  missing translations: " << count_code(diagnostics, "missing-translation") << "\n";
    if (report.best.ending >= 0)
        out << "  score range: " << report.worst.score.overall << "-" << report.best.score.overall << " (best "
            << (report.best.score.passed ? "passes" : "FAILS") << ", worst "
            << (report.worst.score.passed ? "PASSES" : "fails") << ", pass mark " << rules::kPassMark << ")\n";
}

// The library's coverage table; false when something the library must teach is not taught.
bool print_coverage(const std::vector<ExploredScenario>& library, const Catalog& catalog, std::ostream& out) {
    bool complete = true;
    out << "library coverage (taught on some path of):\n";
    for (const CoverageItem& item : library_coverage(library, catalog)) {
        std::string scenarios;
        for (const std::string& id : item.scenarios) scenarios += (scenarios.empty() ? "" : ", ") + id;
        bool taught = !item.scenarios.empty() && item.known;
        complete &= taught;
        out << "  " << (item.kind == CoverageItem::Kind::dimension ? "ILO dimension " : "principle ") << item.name
            << ": " << (taught ? scenarios : item.known ? "NOT TAUGHT" : "NOT IN THE CATALOG") << "\n";
    }
    if (!complete) out << "  error: the library does not teach everything above; add it to a scenario's choices or details\n";
    return complete;
}

bool is_library(const std::vector<std::string>& paths, const std::filesystem::path& scenarios_folder) {
    if (paths.empty()) return true;
    std::error_code error;
    return paths.size() == 1 && std::filesystem::equivalent(paths.front(), scenarios_folder, error);
}

}  // namespace

int check_command(Library& library, const CheckOptions& options, Console& console) {
    Diagnostics catalog_diagnostics;
    bool catalog_ok = library.load_catalog(catalog_diagnostics);
    if (!catalog_diagnostics.items().empty()) console.out << catalog_diagnostics.format();
    if (!catalog_ok) {
        console.out << "catalog: errors, no scenario checked\n";
        return 1;
    }

    std::vector<std::filesystem::path> folders;
    if (options.paths.empty()) folders = Library::scenario_folders(library.scenarios_folder());
    for (const std::string& path : options.paths)
        for (auto& folder : Library::scenario_folders(path)) folders.push_back(folder);

    int failed = 0;
    std::deque<LoadedScenario> loaded_scenarios;  // a deque keeps addresses stable for the coverage table
    std::deque<ExplorationReport> reports;
    std::vector<ExploredScenario> explored;
    for (const auto& folder : folders) {
        LoadedScenario& loaded = loaded_scenarios.emplace_back(library.load(folder));
        const ExplorationReport* report = nullptr;
        if (loaded.scenario) {
            report = &reports.emplace_back(explore(*loaded.scenario, library.catalog()));
            add_exploration_findings(*loaded.scenario, *report, loaded.diagnostics);
            explored.push_back({&*loaded.scenario, report});
        }
        bool ok = loaded.scenario && !loaded.diagnostics.has_errors();
        failed += !ok;
        console.out << folder.filename().string() << " (" << (folder / "scenario.lua").string() << ")\n";
        if (loaded.scenario) print_summary(*loaded.scenario, *report, loaded.diagnostics, console.out);
        for (const Diagnostic& d : loaded.diagnostics.items()) {
            std::string text = d.format();
            for (std::size_t at = 0; (at = text.find('\n', at)) != std::string::npos; at += 3) text.insert(at + 1, "  ");
            console.out << "  " << text << "\n";
        }
        console.out << "  " << (ok ? "ok" : "ERRORS") << "\n";
    }
    console.out << folders.size() << (folders.size() == 1 ? " scenario" : " scenarios") << " checked: "
                << folders.size() - static_cast<std::size_t>(failed) << " ok, " << failed << " with errors\n";
    bool covered = !is_library(options.paths, library.scenarios_folder()) ||
                   print_coverage(explored, library.catalog(), console.out);
    return failed || !covered ? 1 : 0;
}

}  // namespace senales
