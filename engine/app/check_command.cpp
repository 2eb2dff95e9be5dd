#include <cmath>
#include <cstdio>
#include <deque>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "core/choice_lengths.h"
#include "core/coverage.h"
#include "core/explorer.h"
#include "core/naive_players.h"
#include "core/readability.h"
#include "core/sources_check.h"
#include "wording/drawable.h"
#include "wording/strings.h"
#include "core/utf8_path.h"

namespace senales {

using nlohmann::json;

namespace {

// [SECTION] What check finds out about one scenario

struct Counts {
    int scenes = 0, endings = 0, signs = 0, neutral = 0, choices = 0, harms = 0, practices = 0, pinned = 0;
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
            c.pinned += choice.pinned_last;
        }
    }
    return c;
}

// Everything check measures of a scenario that loaded: its paths, and whether its score can be
// had without understanding it.
struct Assessment {
    ExplorationReport report;
    SentenceStats reading;  // everything a trainee reads in Spanish, catalog texts included
    std::vector<ChoiceLengths> lengths;
    NaiveReport naive;
    bool flag_everything_passes = false;  // the best choices, with every detail flagged
};

std::vector<int> choices_of(const ScoredPath& path) {
    std::vector<int> choices;
    for (const Step& step : path.steps)
        if (step.kind == Step::Kind::choose) choices.push_back(step.choice);
    return choices;
}

Assessment assess(const Scenario& scenario, const Catalog& catalog) {
    Assessment a;
    a.report = explore(scenario, catalog);
    a.lengths = measure_choice_lengths(scenario, catalog);
    a.reading = spanish_reading(scenario, catalog);
    a.naive = play_naive_strategies(scenario, catalog);
    if (a.report.best.ending >= 0)
        a.flag_everything_passes = passes_with_flags(scenario, catalog, choices_of(a.report.best), FlagStrategy::every_detail);
    return a;
}

std::string shortfall_list(const ScoreCard& card) {
    std::string out;
    for (Shortfall s : kAllShortfalls)
        if (card.has(s)) out += (out.empty() ? "" : ", ") + std::string(to_string(s));
    return out;
}

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f %%", share * 100.0);
    return text;
}

std::string strategy_name(const StrategyRow& row) {
    std::string name = "always " + std::string(to_string(row.choices));
    if (row.choices == ChoiceStrategy::random) name = "random choices";
    if (row.choices == ChoiceStrategy::longest || row.choices == ChoiceStrategy::shortest)
        name += " (" + std::string(to_string(row.lang)) + ")";
    return name;
}

std::string flags_name(FlagStrategy flags) {
    switch (flags) {
        case FlagStrategy::every_detail: return "every detail flagged";
        case FlagStrategy::none: return "nothing flagged";
        case FlagStrategy::neutral_only: return "only the harmless details flagged";
        case FlagStrategy::signs: return "the signs flagged";
    }
    return {};
}

// [SECTION] Findings: what no path reaches, where a trainee gets stuck, and whether the score
// tells understanding from a shortcut.

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
    if (report.best.ending >= 0 && !report.best.score.passed)
        diagnostics.error(scenario.where, "best-fails",
                          "even the best path cannot pass (best overall " + std::to_string(report.best.score.overall) +
                              ", short of: " + shortfall_list(report.best.score) + ")",
                          "make sure a path exists with a good practice at each decision, no harm and a good ending");
    if (report.worst.ending >= 0 && report.worst.score.passed)
        diagnostics.error(scenario.where, "worst-passes",
                          "even the worst path passes (worst overall " + std::to_string(report.worst.score.overall) + ")",
                          "give trainees harmful choices to fall into: the score must tell good play from bad");
    if (report.best.ending >= 0 && report.best_failing.ending < 0 && !report.paths_truncated)
        diagnostics.error(scenario.where, "every-path-passes",
                          "every way through passes once the signs are flagged: the choices do not change the verdict",
                          "give trainees harmful choices to fall into, and endings that are not good: the score must "
                          "tell good decisions from bad");
}

void add_assessment_findings(const Scenario& scenario, const Assessment& a, Diagnostics& diagnostics) {
    const int most = most_words_per_sentence(scenario.audience);
    if (a.reading.mean() > most) {
        char mean[16];
        std::snprintf(mean, sizeof mean, "%.1f", a.reading.mean());
        std::string longest;
        for (const auto& [words, sentence] : a.reading.longest)
            longest += "\n    " + std::to_string(words) + " words: \"" + sentence.substr(0, 120) + (sentence.size() > 120 ? "…" : "") + "\"";
        diagnostics.warning(scenario.where, "long-sentences",
                            "what a " + std::string(to_string(scenario.audience)) + " trainee reads averages " + mean +
                                " words a sentence in Spanish (at most " + std::to_string(most) + "); the longest:" + longest,
                            "split long sentences and use everyday words: a class reads them on a projector, some "
                            "people slowly");
    }
    for (const ChoiceLengths& l : a.lengths) {
        const std::string lang = "(" + std::string(to_string(l.lang)) + ")";
        if (l.longest_share() > kMostLongestShare)
            diagnostics.warning(scenario.where, "best-is-longest",
                                "the best choice is the longest in " + std::to_string(l.best_longest) + " of " +
                                    std::to_string(l.decisions) + " decisions " + lang +
                                    ": a trainee can pick the answer by its length",
                                "write the harmful choices as fully as the good ones, and the good ones as plainly: "
                                "aim for the longest in at most 40 % of decisions");
        if (l.mean_ratio > kMostLengthRatio) {
            char ratio[16];
            std::snprintf(ratio, sizeof ratio, "%.2f", l.mean_ratio);
            diagnostics.warning(scenario.where, "best-is-longer",
                                "the best choice is on average " + std::string(ratio) +
                                    " times as long as the others " + lang,
                                "move phone numbers, laws and explanations out of choice texts into the feedback "
                                "(note) and the debrief, and give the other choices their own reasons: aim for "
                                "within 25 % of the others' length");
        }
    }
    for (const StrategyRow& row : a.naive.rows) {
        if (!row.too_often) continue;
        const bool by_length = row.choices == ChoiceStrategy::longest || row.choices == ChoiceStrategy::shortest;
        const std::string tolerated = by_length ? "never"
                                      : row.choices == ChoiceStrategy::random ? "at most 2 % of runs"
                                                                              : "at most 10 % of attempts";
        diagnostics.error(scenario.where, "naive-strategy-passes",
                          strategy_name(row) + ", with " + flags_name(row.flags) + ", passes " +
                              std::to_string(row.passed) + " of " + std::to_string(row.runs) + " runs (" +
                              percent(row.pass_rate()) + "; tolerated: " + tolerated + ")",
                          by_length ? "the right answers can be read off the length of the texts: rewrite choices so "
                                      "that wrong ones are as long and as careful-sounding as right ones"
                                    : "a trainee choosing without understanding reaches a pass: make each wrong "
                                      "choice carry its harm and lead away from the good ending");
    }
    if (a.flag_everything_passes)
        diagnostics.error(scenario.where, "flag-everything-passes",
                          "the best choices pass with every detail flagged: flagging everything is a shortcut here",
                          "show at least one harmless detail (neutral = true) on every path, so that flagging "
                          "everything counts as not telling signs apart");
}

// [SECTION] Printing

void print_summary(const Scenario& scenario, const Assessment& a, const Diagnostics& diagnostics, std::ostream& out) {
    const ExplorationReport& report = a.report;
    Counts c = count(scenario);
    out << "  scenes " << c.scenes << ", endings " << c.endings << ", details " << c.signs + c.neutral << " ("
        << c.signs << " signs, " << c.neutral << " neutral), choices " << c.choices << " (" << c.practices
        << " good practices, " << c.harms << " harms, " << c.pinned << " pinned last)\n";
    out << "  person: " << to_string(scenario.person.age)
        << (scenario.person.counts_as_child() ? " (harms weighed as to a child)" : "") << "\n";
    out << "  story states " << report.states << (report.states_truncated ? "+ (stopped at the limit)" : "")
        << ", paths " << report.paths << (report.paths_truncated ? "+ (stopped at the limit)" : "")
        << (report.has_loops ? " (loops bounded)" : "") << "\n";
    auto ids = [&](const std::vector<int>& scenes) {
        std::string list;
        for (int s : scenes) list += (list.empty() ? "" : ", ") + scenario.scenes[static_cast<std::size_t>(s)].id;
        return list.empty() ? std::string("none") : list;
    };
    out << "  unreachable: " << ids(report.unreachable) << "\n";
    std::vector<int> dead;
    for (const DeadEnd& d : report.dead_ends) dead.push_back(d.scene);
    out << "  dead ends: " << ids(dead) << "\n";
    int missing = 0;
    for (const Diagnostic& d : diagnostics.items()) missing += d.code == "missing-translation";
    out << "  missing translations: " << missing << "\n";
    if (report.best.ending < 0) return;
    out << "  score range: " << report.worst.score.overall << "-" << report.best.score.overall << " (best "
        << (report.best.score.passed ? "passes" : "FAILS") << ", worst "
        << (report.worst.score.passed ? "PASSES" : "fails") << ", pass mark " << rules::kPassMark << ")\n";
    auto line = [&](const char* label, const ScoredPath& path) {
        out << "  " << label << ": ";
        if (path.ending < 0) {
            out << "none\n";
            return;
        }
        const Scene& ending = scenario.scenes[static_cast<std::size_t>(path.ending)];
        out << path.score.overall << ", ending \"" << ending.id << "\" (" << to_string(ending.outcome) << ")";
        if (!path.score.passed) out << ", short of: " << shortfall_list(path.score);
        out << "\n";
    };
    line("best failing path (signs flagged)", report.best_failing);
    line("worst passing path (signs flagged)", report.worst_passing);
    {
        char mean[16];
        std::snprintf(mean, sizeof mean, "%.1f", a.reading.mean());
        out << "  words per sentence (es, catalog texts included): " << mean << " (at most "
            << most_words_per_sentence(scenario.audience) << " for " << to_string(scenario.audience) << ")\n";
    }
    for (const ChoiceLengths& l : a.lengths) {
        char ratio[16];
        std::snprintf(ratio, sizeof ratio, "%.2f", l.mean_ratio);
        out << "  best choice the longest (" << to_string(l.lang) << "): " << l.best_longest << " of " << l.decisions
            << " decisions (" << percent(l.longest_share()) << "), length " << ratio << " x the others\n";
    }
    out << "  naive players, pass rate (" << a.naive.rows.front().runs << " attempts each, random "
        << a.naive.rows.back().runs << " runs):\n";
    out << "    " << std::string(22, ' ');
    for (const char* heading : {"every detail", "nothing", "harmless only", "signs"}) {
        char cell[20];
        std::snprintf(cell, sizeof cell, "%15s", heading);
        out << cell;
    }
    out << "\n";
    for (std::size_t r = 0; r < a.naive.rows.size(); r += std::size(kAllFlagStrategies)) {
        char label[32];
        std::snprintf(label, sizeof label, "%-22s", strategy_name(a.naive.rows[r]).c_str());
        out << "    " << label;
        for (std::size_t f = 0; f < std::size(kAllFlagStrategies); ++f) {
            const StrategyRow& row = a.naive.rows[r + f];
            char cell[20];
            std::snprintf(cell, sizeof cell, "%14s%s", percent(row.pass_rate()).c_str(), row.too_often ? "!" : " ");
            out << cell;
        }
        out << "\n";
    }
    out << "  best choices with every detail flagged: " << (a.flag_everything_passes ? "PASSES" : "fails") << "\n";
}

// The library's coverage table; false when something the library must teach is not taught.
bool print_coverage(const std::vector<CoverageItem>& coverage, std::ostream& out) {
    bool complete = true;
    out << "library coverage (taught on some path of):\n";
    for (const CoverageItem& item : coverage) {
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

// [SECTION] JSON (check --json; documented in the README)

json diagnostic_json(const Diagnostic& d) {
    return {{"level", d.level == DiagnosticLevel::error ? "error" : "warning"},
            {"file", d.file},
            {"line", d.line},
            {"code", d.code},
            {"message", d.message},
            {"hint", d.hint}};
}

json path_json(const Scenario& scenario, const ScoredPath& path) {
    if (path.ending < 0) return nullptr;
    json shortfalls = json::array();
    for (Shortfall s : kAllShortfalls)
        if (path.score.has(s)) shortfalls.push_back(to_string(s));
    const Scene& ending = scenario.scenes[static_cast<std::size_t>(path.ending)];
    return {{"overall", path.score.overall},
            {"passed", path.score.passed},
            {"shortfalls", shortfalls},
            {"ending", ending.id},
            {"outcome", to_string(ending.outcome)},
            {"decisions", path.decisions}};
}

json scenario_json(const LoadedScenario& loaded, const Assessment* a, bool ok) {
    json out = {{"id", loaded.folder.filename().string()},
                {"file", (loaded.folder / "scenario.lua").string()},
                {"ok", ok}};
    json diagnostics = json::array();
    for (const Diagnostic& d : loaded.diagnostics.items()) diagnostics.push_back(diagnostic_json(d));
    out["diagnostics"] = diagnostics;
    if (!loaded.scenario || !a) return out;
    const Scenario& scenario = *loaded.scenario;
    const Counts c = count(scenario);
    out["counts"] = {{"scenes", c.scenes},       {"endings", c.endings},   {"signs", c.signs},
                     {"neutral_details", c.neutral}, {"choices", c.choices}, {"good_practices", c.practices},
                     {"harms", c.harms},         {"pinned_last", c.pinned}};
    out["person"] = {{"age", to_string(scenario.person.age)}, {"counts_as_child", scenario.person.counts_as_child()}};
    out["exploration"] = {{"story_states", a->report.states},
                          {"states_truncated", a->report.states_truncated},
                          {"paths", a->report.paths},
                          {"paths_truncated", a->report.paths_truncated}};
    out["best"] = path_json(scenario, a->report.best);
    out["worst"] = path_json(scenario, a->report.worst);
    out["best_failing"] = path_json(scenario, a->report.best_failing);
    out["worst_passing"] = path_json(scenario, a->report.worst_passing);
    json lengths = json::array();
    for (const ChoiceLengths& l : a->lengths)
        lengths.push_back({{"lang", to_string(l.lang)},
                           {"decisions", l.decisions},
                           {"best_longest", l.best_longest},
                           {"mean_ratio", std::round(l.mean_ratio * 1000.0) / 1000.0}});
    out["choice_lengths"] = lengths;
    out["words_per_sentence"] = {{"mean", std::round(a->reading.mean() * 10.0) / 10.0},
                                 {"sentences", a->reading.sentences},
                                 {"most", most_words_per_sentence(scenario.audience)}};
    json naive = json::array();
    for (const StrategyRow& row : a->naive.rows) {
        json entry = {{"choices", to_string(row.choices)}, {"flags", to_string(row.flags)},
                      {"runs", row.runs},                  {"passed", row.passed},
                      {"too_often", row.too_often}};
        if (row.choices == ChoiceStrategy::longest || row.choices == ChoiceStrategy::shortest)
            entry["lang"] = to_string(row.lang);
        naive.push_back(entry);
    }
    out["naive_strategies"] = naive;
    out["best_choices_every_detail_flagged_passes"] = a->flag_everything_passes;
    return out;
}

// [SECTION] Whom the library is about

void print_profile(const std::vector<ProfileField>& profile, std::ostream& out) {
    out << "library profile (whom the scenarios are about):\n";
    for (const ProfileField& field : profile) {
        out << "  " << field.field << ":";
        for (const ProfileValue& v : field.values) out << " " << v.value << " " << v.scenarios.size();
        out << "\n";
    }
}

void add_profile_findings(const std::vector<ProfileField>& profile, std::size_t scenarios, const std::string& folder,
                          Diagnostics& diagnostics) {
    if (scenarios < 3) return;  // a share means nothing in a library of two
    for (const ProfileField& field : profile) {
        if (field.balanced_by_design || field.values.empty()) continue;
        const ProfileValue& top = field.values.front();
        const double share = static_cast<double>(top.scenarios.size()) / static_cast<double>(scenarios);
        if (share <= kMostOfTheLibrary) continue;
        diagnostics.warning(folder, 0, "one-profile",
                            std::to_string(top.scenarios.size()) + " of " + std::to_string(scenarios) + " scenarios have " +
                                field.field + " = " + top.value + ": the library leans on one picture",
                            "write or adapt a scenario with another " + field.field +
                                " (a trainee who meets only one profile misses the others)");
    }
}

// [SECTION] Languages: how much of each installed translation is done, and whether the fonts can
// draw it. A half-done language is a warning, never an error: the game shows Spanish for the rest.

struct LanguageReport {
    Lang lang;
    std::string name;
    std::string file;
    Coverage coverage;
    std::vector<char32_t> undrawable;
};

std::vector<LanguageReport> language_reports(const Library& library, const std::deque<LoadedScenario>& loaded) {
    std::vector<const Scenario*> scenarios;
    for (const LoadedScenario& l : loaded)
        if (l.scenario) scenarios.push_back(&*l.scenario);
    const std::vector<VisibleString> strings = visible_strings(library.interface(), library.catalog(), scenarios);
    std::vector<LanguageReport> out;
    for (const Lang& lang : library.languages().installed()) {
        const LanguagePack* pack = library.languages().pack(lang);
        if (!pack) continue;
        LanguageReport r{lang, pack->name, pack->file.string(), coverage(strings, *pack), {}};
        for (const auto& [key, t] : pack->by_key)
            for (char32_t c : undrawable_characters(t.text))
                if (std::find(r.undrawable.begin(), r.undrawable.end(), c) == r.undrawable.end()) r.undrawable.push_back(c);
        out.push_back(std::move(r));
    }
    return out;
}

std::string code_points(const std::vector<char32_t>& points) {
    std::string out;
    for (char32_t c : points) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%sU+%04X", out.empty() ? "" : " ", static_cast<unsigned>(c));
        out += hex;
    }
    return out;
}

void add_language_findings(const std::vector<LanguageReport>& reports, Diagnostics& diagnostics) {
    for (const LanguageReport& r : reports) {
        const Coverage& c = r.coverage;
        if (c.translated < c.total) {
            std::string first;
            for (std::size_t i = 0; i < c.missing.size() && i < 3; ++i) first += (i ? ", " : "") + c.missing[i];
            diagnostics.warning(r.file, 0, "incomplete-translation",
                                r.lang.code() + " (" + r.name + ") translates " + std::to_string(c.translated) + " of " +
                                    std::to_string(c.total) + " texts" +
                                    (c.fuzzy ? ", " + std::to_string(c.fuzzy) + " of them to look at again" : std::string()) +
                                    "; the game shows the rest in Spanish (first missing: " + first + ")",
                                "export the file again (senales strings export --lang " + r.lang.code() +
                                    "), translate the empty and fuzzy entries, and import it");
        }
        if (!r.undrawable.empty())
            diagnostics.warning(r.file, 0, "undrawable-character",
                                r.lang.code() + " uses characters the game's fonts cannot draw: " + code_points(r.undrawable),
                                "they would show as '?': use the nearest drawable letter, or ask for the font ranges in "
                                "engine/wording/drawable.h to be widened");
    }
}

void print_languages(const std::vector<LanguageReport>& reports, std::ostream& out) {
    out << "languages: es 100 % (source), en 100 % (written inline)";
    for (const LanguageReport& r : reports)
        out << ", " << r.lang.code() << " " << static_cast<int>(r.coverage.share() * 100.0 + 0.5) << " % (" << r.coverage.translated
            << " of " << r.coverage.total << (r.coverage.fuzzy ? ", " + std::to_string(r.coverage.fuzzy) + " fuzzy" : std::string())
            << ")";
    out << "\n";
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
    if (!catalog_ok) {
        if (options.json)
            console.out << json{{"ok", false}, {"catalog", [&] {
                                    json list = json::array();
                                    for (const Diagnostic& d : catalog_diagnostics.items()) list.push_back(diagnostic_json(d));
                                    return list;
                                }()}}.dump(2, ' ', false, json::error_handler_t::replace)
                        << "\n";
        else
            console.out << catalog_diagnostics.format() << "catalog: errors, no scenario checked\n";
        return 1;
    }


    std::vector<std::filesystem::path> folders;
    if (options.paths.empty()) folders = Library::scenario_folders(library.scenarios_folder());
    for (const std::string& path : options.paths)
        for (auto& folder : Library::scenario_folders(utf8_path(path))) folders.push_back(folder);

    int failed = 0;
    std::deque<LoadedScenario> loaded_scenarios;  // deques keep addresses stable for the coverage table
    std::deque<Assessment> assessments;
    std::vector<ExploredScenario> explored;
    json scenarios = json::array();
    for (const auto& folder : folders) {
        LoadedScenario& loaded = loaded_scenarios.emplace_back(library.load(folder));
        const Assessment* assessment = nullptr;
        if (loaded.scenario) {
            assessment = &assessments.emplace_back(assess(*loaded.scenario, library.catalog()));
            add_exploration_findings(*loaded.scenario, assessment->report, loaded.diagnostics);
            add_assessment_findings(*loaded.scenario, *assessment, loaded.diagnostics);
            explored.push_back({&*loaded.scenario, &assessment->report});
        }
        const bool ok = loaded.scenario && !loaded.diagnostics.has_errors();
        failed += !ok;
        if (options.json) {
            scenarios.push_back(scenario_json(loaded, assessment, ok));
            continue;
        }
        console.out << folder.filename().string() << " (" << (folder / "scenario.lua").string() << ")\n";
        if (assessment) print_summary(*loaded.scenario, *assessment, loaded.diagnostics, console.out);
        for (const Diagnostic& d : loaded.diagnostics.items()) {
            std::string text = d.format();
            for (std::size_t at = 0; (at = text.find('\n', at)) != std::string::npos; at += 3) text.insert(at + 1, "  ");
            console.out << "  " << text << "\n";
        }
        console.out << "  " << (ok ? "ok" : "ERRORS") << "\n";
    }
    std::vector<const Scenario*> checked;
    for (const LoadedScenario& l : loaded_scenarios)
        if (l.scenario) checked.push_back(&*l.scenario);
    const std::vector<LanguageReport> languages = language_reports(library, loaded_scenarios);
    Diagnostics language_diagnostics = catalog_diagnostics;  // a translation file's own problems, then these
    if (is_library(options.paths, library.scenarios_folder())) check_sources(library.catalog(), language_diagnostics);
    add_language_findings(languages, language_diagnostics);
    const bool whole_library = is_library(options.paths, library.scenarios_folder());
    bool covered = true;
    std::vector<CoverageItem> coverage;
    std::vector<ProfileField> profile;
    if (whole_library) {
        coverage = library_coverage(explored, library.catalog());
        for (const CoverageItem& item : coverage) covered &= !item.scenarios.empty() && item.known;
        profile = library_profile(checked);
        add_profile_findings(profile, checked.size(), library.scenarios_folder().string(), language_diagnostics);
    }
    const int status = failed || !covered ? 1 : 0;
    if (options.json) {
        json out = {{"ok", status == 0}, {"checked", folders.size()}, {"with_errors", failed}, {"scenarios", scenarios}};
        json langs = json::array();
        for (const LanguageReport& r : languages)
            langs.push_back({{"lang", r.lang.code()},
                             {"name", r.name},
                             {"file", r.file},
                             {"total", r.coverage.total},
                             {"translated", r.coverage.translated},
                             {"fuzzy", r.coverage.fuzzy},
                             {"missing", r.coverage.missing}});
        out["languages"] = langs;
        json language_list = json::array();
        for (const Diagnostic& d : language_diagnostics.items()) language_list.push_back(diagnostic_json(d));
        out["language_diagnostics"] = language_list;
        if (whole_library) {
            json items = json::array();
            for (const CoverageItem& item : coverage)
                items.push_back({{"kind", item.kind == CoverageItem::Kind::dimension ? "dimension" : "principle"},
                                 {"id", item.id},
                                 {"scenarios", item.scenarios},
                                 {"known", item.known}});
            out["coverage"] = items;
            json fields = json::object();
            for (const ProfileField& field : profile) {
                json values = json::object();
                for (const ProfileValue& v : field.values) values[v.value] = v.scenarios;
                fields[field.field] = values;
            }
            out["profile"] = fields;
        }
        console.out << out.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        return status;
    }
    console.out << folders.size() << (folders.size() == 1 ? " scenario" : " scenarios") << " checked: "
                << folders.size() - static_cast<std::size_t>(failed) << " ok, " << failed << " with errors\n";
    if (whole_library) {
        print_coverage(coverage, console.out);
        print_profile(profile, console.out);
    }
    print_languages(languages, console.out);
    if (!language_diagnostics.items().empty()) console.out << language_diagnostics.format();
    return status;
}

}  // namespace senales
