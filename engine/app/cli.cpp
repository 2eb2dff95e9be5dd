#include "cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>

#include "commands.h"
#include "data_root.h"
#include "platform/user_folder.h"

#ifndef SENALES_VERSION
#define SENALES_VERSION "0.0.0"
#endif

namespace senales {

namespace {

// A --lang value must be a language code; whether it is installed is known once the library is.
CLI::Validator language_code() {
    return CLI::Validator(
        [](std::string& code) {
            return parse_lang(code) ? std::string() : "\"" + code + "\" is not a language code (es, en, quc…)";
        },
        "LANG");
}

Lang lang_option(const std::string& code) { return parse_lang(code).value_or(Lang::es); }

}  // namespace

int run_cli(int argc, const char* const* argv, Console& console) {
    CLI::App app{"Señales: a training game on recognising human trafficking and identifying people without "
                 "re-victimising them.\nWith no command it opens the game.",
                 "senales"};
    app.set_version_flag("--version", std::string("senales ") + SENALES_VERSION);
    app.require_subcommand(0, 1);
    std::string game_data_dir;
    app.add_option("--data-dir", game_data_dir, "With no command: the folder of the records (default: the user's data folder)");
    bool portable = false;
    app.add_flag("--portable", portable,
                 "Keep the records, settings and your own scenarios in data/ beside the program, as a portable.txt "
                 "there does (for a copy on a USB stick)");

    CheckOptions check;
    auto* check_cmd = app.add_subcommand("check", "Load, validate and explore scenarios (default: all in scenarios/)");
    check_cmd->add_option("paths", check.paths, "Scenario folders, their scenario.lua, or folders of scenarios");
    check_cmd->add_flag("--json", check.json, "Print one JSON report: each scenario's figures, naive players and diagnostics");

    PlayOptions play;
    std::string play_lang = "es";
    auto* play_cmd = app.add_subcommand("play", "Play a scenario in the terminal");
    play_cmd->add_option("path", play.path, "Scenario id (in the installed library or your own scenarios), or its folder")->required();
    auto* steps_opt = play_cmd->add_option("--steps", play.steps,
                                           "Steps to play, e.g. 2,flag:manager_answers,1 (choice numbers as offered)");
    auto* best_opt = play_cmd->add_flag("--best", play.best, "Play the best path (every sign flagged)");
    auto* worst_opt = play_cmd->add_flag("--worst", play.worst, "Play the worst path (profiling, harms)");
    auto* random_opt = play_cmd->add_option("--random", play.random_runs,
                                            "Play this many random playthroughs and report how fast they run")
                           ->check(CLI::Range(1, 100'000'000));
    auto* seed_opt = play_cmd->add_option("--seed", play.seed,
                                          "Seed of the choice order, 0 to 4294967295 (default: drawn and printed); "
                                          "also seeds --random");
    auto* authored_opt = play_cmd->add_flag("--authored-order", play.authored_order,
                                            "For authors: show the choices in the order written, not shuffled");
    auto* protocol_opt = play_cmd->add_flag("--protocol", play.protocol,
                                            "Play from a program: JSON Lines out, one step per line in (README)");
    authored_opt->excludes(seed_opt);
    protocol_opt->excludes(best_opt)->excludes(worst_opt)->excludes(steps_opt)->excludes(random_opt);
    best_opt->excludes(worst_opt)->excludes(steps_opt)->excludes(random_opt);
    random_opt->excludes(steps_opt)->excludes(worst_opt);
    worst_opt->excludes(steps_opt);
    play_cmd->add_option("--lang", play_lang, "Language: es, en or any installed one (default es)")->check(language_code());
    play_cmd->add_flag("--json", play.json, "Print the result as one JSON object")->excludes(protocol_opt);
    std::string play_feedback;
    play_cmd->add_option("--feedback", play_feedback,
                         "immediate: a note after each good or harmful choice; deferred: only in the debrief "
                         "(default: as the scenario says)")
        ->check(CLI::IsMember({"immediate", "deferred"}));

    play_cmd->add_option("--trainee", play.trainee, "Record this attempt for a trainee (a name or a code)");
    play_cmd->add_option("--data-dir", play.data_dir, "Folder of the records (default: the user's data folder)");
    play_cmd->add_flag("--resume", play.resume, "Go on from the trainee's unfinished attempt at this scenario");
    play_cmd->add_option("--class", play.class_name, "The class the trainee joins for this attempt (records classes)");

    RecordsOptions records;
    auto* records_cmd = app.add_subcommand("records", "Trainee records kept on this machine");
    records_cmd->require_subcommand(1);
    records_cmd->fallthrough();  // --data-dir may come after list, summary, ...
    records_cmd->add_option("--data-dir", records.data_dir, "Folder of the records (default: the user's data folder)");
    auto* list_cmd = records_cmd->add_subcommand("list", "Every attempt");
    list_cmd->add_option("--trainee", records.trainee, "Only this trainee's attempts");
    list_cmd->add_option("--class", records.class_name, "Only this class's attempts");
    auto* summary_cmd = records_cmd->add_subcommand("summary", "Class summary per scenario");
    summary_cmd->add_option("--class", records.class_name, "Only this class's attempts");
    auto* export_cmd = records_cmd->add_subcommand("export", "Write the attempts to a file");
    export_cmd->add_option("--csv", records.csv_file, "CSV file, one row per attempt");
    export_cmd->add_option("--xapi", records.xapi_file, "xAPI 1.0.3 statements (JSON)");
    export_cmd->add_option("--xapi-home", records.xapi_home, "Your academy's web address, for the xAPI account");
    export_cmd->add_option("--trainee", records.trainee, "Only this trainee's attempts");
    export_cmd->add_option("--class", records.class_name, "Only this class's attempts");
    auto* classes_cmd = records_cmd->add_subcommand("classes", "The classes (cohorts) trainees can join; --add names one");
    classes_cmd->add_option("--add", records.class_name, "Name a new class, as \"Academia PNC, promoción 2027-A\"");
    auto* delete_cmd = records_cmd->add_subcommand("delete", "Delete a trainee and all their records");
    delete_cmd->add_option("trainee", records.trainee, "The trainee's name or code")->required();
    records_cmd->add_subcommand("pin", "Set or change the facilitator PIN (asked for by every records command once set)");
    auto* push_cmd = records_cmd->add_subcommand("push", "Send the xAPI statements a learning record store has not accepted yet");
    push_cmd->add_option("--lrs", records.lrs_url, "The record store's xAPI endpoint, as https://lrs.example/xAPI")->required();
    push_cmd->add_option("--user", records.lrs_user, "User (or key) for the record store's Basic authentication");
    push_cmd->add_option("--password", records.lrs_password, "Its password (or secret); default: $SENALES_LRS_PASSWORD");
    push_cmd->add_option("--xapi-home", records.xapi_home, "Your academy's web address, for the xAPI account");
    auto* roster_cmd = records_cmd->add_subcommand("roster", "Write the key from pseudonyms to names (for the facilitator only)");
    roster_cmd->add_option("--out", records.out, "The CSV file to write")->required();
    auto* report_cmd = records_cmd->add_subcommand("report", "Write a trainee's printable completion record (HTML, no answers)");
    report_cmd->add_option("--trainee", records.trainee, "The trainee's name")->required();
    report_cmd->add_option("--out", records.out, "The HTML file to write")->required();
    report_cmd->add_option("--lang", records.lang, "Its language (default: the one the trainee played in last)")
        ->check(language_code());
    auto* merge_cmd = records_cmd->add_subcommand("merge", "Bring other laptops' records into these (a backup is made first)");
    merge_cmd->add_option("files", records.others, "Their records files (records.sqlite), or the folders holding them")
        ->required();

    GraphOptions graph;
    std::string graph_lang = "es";
    auto* graph_cmd = app.add_subcommand("graph", "Print a scenario as a Graphviz DOT graph");
    graph_cmd->add_option("path", graph.path, "Scenario id or folder")->required();
    graph_cmd->add_option("--lang", graph_lang, "Language of the labels (default es)")->check(language_code());

    GuideOptions guide;
    std::string guide_lang = "es";
    auto* guide_cmd = app.add_subcommand("guide", "Write a facilitator's guide to a scenario, in Markdown");
    guide_cmd->add_option("path", guide.path, "Scenario id or folder")->required();
    guide_cmd->add_option("--lang", guide_lang, "Language (default es)")->check(language_code());
    guide_cmd->add_option("--out", guide.out, "The file to write (default: standard output)");

    ShotsOptions shots;
    std::string shots_lang = "es", shots_theme = "dark";
    auto* shots_cmd = app.add_subcommand("shots", "Render a tour of every screen to PNG files, without a display");
    shots_cmd->add_option("--out", shots.out, "Folder for the PNG files")->required();
    shots_cmd->add_option("--lang", shots_lang, "Language (default es)")->check(language_code());
    shots_cmd->add_option("--scale", shots.scale, "Text size, from 1 to 2.5")->check(CLI::Range(1.0f, 2.5f));
    shots_cmd->add_option("--scenario", shots.scenario, "Scenario id to tour (default: the first)");
    shots_cmd->add_option("--theme", shots_theme, "Colours: dark, light or contrast")
        ->check(CLI::IsMember({"dark", "light", "contrast"}));
    std::string shots_size = "1280x720";
    shots_cmd->add_option("--size", shots_size, "Window size, WIDTHxHEIGHT (default 1280x720), from 640x400 to 3840x2160")
        ->check([](const std::string& value) -> std::string {
            int w = 0, h = 0;
            char x = 0, extra = 0;
            if (std::sscanf(value.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || x != 'x' || w < 640 || h < 400 ||
                w > 3840 || h > 2160)
                return "must be WIDTHxHEIGHT, from 640x400 to 3840x2160, like 1024x768";
            return "";
        });

    StringsOptions strings;
    auto* strings_cmd = app.add_subcommand("strings", "Translators' files: export a PO file or template, import a translation");
    strings_cmd->require_subcommand(1);
    auto* strings_export = strings_cmd->add_subcommand("export", "Write every text a trainee can see as a gettext PO file");
    strings_export->add_option("--lang", strings.lang, "The language to translate into (a PO file); without it, a template (POT)")
        ->check(language_code());
    strings_export->add_option("--name", strings.name, "The language's own name, for the header (\"K'iche'\")");
    strings_export->add_option("--out", strings.out, "The file to write (default: standard output)");
    auto* strings_import = strings_cmd->add_subcommand("import", "Install a translator's PO file for this user");
    strings_import->add_option("file", strings.file, "The PO file")->required();

    auto* list_scenarios_cmd = app.add_subcommand("list", "List the scenarios in the terminal");
    bool list_json = false;
    list_scenarios_cmd->add_flag("--json", list_json, "Each scenario's id, library, audience, title, minutes, person and setting");
    std::string list_data_dir;
    list_scenarios_cmd->add_option("--data-dir", list_data_dir,
                                   "The records folder whose scenarios/ to list as well (default: the user's data folder)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        console.out << app.help();
        return 0;
    } catch (const CLI::CallForVersion&) {
        console.out << app.version() << "\n";
        return 0;
    } catch (const CLI::ParseError& error) {
        console.err << "senales: " << error.what() << "\nRun 'senales --help' to see the commands.\n";
        return 2;
    }

    const std::optional<std::filesystem::path> program = program_folder();
    use_user_data_folder(portable_folder(program, portable).value_or(std::filesystem::path()));
    std::optional<std::filesystem::path> root = find_data_root(program);
    if (!root) {
        console.err << "senales: cannot find the game's data (scripts/lua/dsl.lua).\n"
                       "  hint: reinstall the game, or set SENALES_HOME to the folder holding scripts/ and scenarios/.\n";
        return 1;
    }
    // The user's own scenarios sit beside the records the command works on. The tour of `shots`
    // and the checks of `check` are of the installed library only, the same on every machine.
    const std::string& data_dir = *play_cmd             ? play.data_dir
                                  : *list_scenarios_cmd ? list_data_dir
                                  : *records_cmd        ? records.data_dir
                                                        : game_data_dir;
    Library library(*root, *shots_cmd || *check_cmd ? std::filesystem::path() : user_scenarios_folder(data_dir));
    if (*check_cmd) return check_command(library, check, console);
    if (*play_cmd) {
        play.lang = lang_option(play_lang);
        if (play.authored_order && !play.trainee.empty()) {
            console.err << "senales: play: --authored-order is for authors trying a scenario; an attempt recorded "
                           "for a trainee always shows the choices shuffled\n";
            return 2;
        }
        if (!play_feedback.empty())
            play.feedback = play_feedback == "immediate" ? Feedback::immediate : Feedback::deferred;
        return play_command(library, play, console);
    }
    if (*records_cmd) {
        for (const char* action : {"list", "summary", "export", "delete", "pin", "push", "roster", "merge", "report", "classes"})
            if (*records_cmd->get_subcommand(action)) records.action = action;
        records.add_class = classes_cmd->get_option("--add")->count() > 0;
        if (records.action == "export" && records.csv_file.empty() && records.xapi_file.empty()) {
            console.err << "senales: records export: give --csv FILE, --xapi FILE or both\n";
            return 2;
        }
        return records_command(library, records, console);
    }
    if (*graph_cmd) {
        graph.lang = lang_option(graph_lang);
        return graph_command(library, graph, console);
    }
    if (*guide_cmd) {
        guide.lang = lang_option(guide_lang);
        return guide_command(library, guide, console);
    }
    if (*shots_cmd) {
        shots.lang = lang_option(shots_lang);
        std::sscanf(shots_size.c_str(), "%dx%d", &shots.width, &shots.height);
        shots.theme = shots_theme == "light" ? ui::Theme::light : shots_theme == "contrast" ? ui::Theme::contrast : ui::Theme::dark;
        return shots_command(library, shots, console);
    }
    if (*list_scenarios_cmd) return list_command(library, list_json, console);
    if (*strings_cmd) {
        strings.action = *strings_export ? "export" : "import";
        return strings_command(library, strings, console);
    }
    return game_command(library, game_data_dir, console);
}

}  // namespace senales
