#pragma once
// One function per sub-command, each given options already parsed and checked for form.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli.h"
#include "core/scenario.h"
#include "core/text.h"
#include "library.h"
#include "ui/settings.h"

namespace senales {

struct CheckOptions {
    std::vector<std::string> paths;  // empty: every scenario in scenarios/
    bool json = false;               // one JSON report instead of the text one
};

struct PlayOptions {
    std::string path;
    std::optional<std::string> steps;
    bool best = false;
    bool worst = false;
    bool json = false;
    Lang lang = Lang::es;
    std::optional<Feedback> feedback;  // overrides the scenario's choice, for practice
    std::string trainee;               // records the attempt when given
    std::string data_dir;              // where records live; empty: the user's data folder
    bool resume = false;               // go on from the trainee's unfinished attempt
    std::string class_name;            // the class the trainee joins for this attempt; empty: none
    bool protocol = false;             // JSON Lines on stdout, one step per line on stdin
    int random_runs = 0;               // play this many random playthroughs and report their speed
    std::optional<std::uint32_t> seed; // of the choice order (and of --random); drawn when absent
    bool authored_order = false;       // for authors: the choices as written, never shuffled
};

struct RecordsOptions {
    std::string action;  // list | summary | export | delete | pin | push | roster | merge | report | classes
    std::string data_dir;
    std::string trainee;  // list: only this trainee; delete: who
    std::string csv_file;
    std::string xapi_file;
    std::string xapi_home;
    std::string lrs_url;  // push: the record store's xAPI endpoint
    std::string lrs_user;
    std::string lrs_password;
    std::string out;                   // roster: the CSV to write; report: the HTML page
    std::string lang;                  // report: its language; empty: the trainee's latest attempt's
    std::string class_name;            // list, summary, export: only this class's attempts; classes: the one to add
    bool add_class = false;            // classes: --add was given (even empty)
    std::vector<std::string> others;   // merge: other laptops' records files
};

struct ShotsOptions {
    std::string out;
    Lang lang = Lang::es;
    float scale = 1.0f;  // text size, 1 to 2.5
    ui::Theme theme = ui::Theme::dark;
    std::string scenario;  // id to tour; empty: the first shipped scenario
    int width = 1280, height = 720;  // the window, as on a screen of that size
};

struct StringsOptions {
    std::string action;  // export | import
    std::string lang;    // export: the language to translate into; empty: a template
    std::string name;    // export: the language's own name, for the file's header
    std::string out;     // export: the file to write; empty: stdout
    std::string file;    // import: the translator's file
};

struct GuideOptions {
    std::string path;
    Lang lang = Lang::es;
    std::string out;  // empty: standard output
};

struct GraphOptions {
    std::string path;
    Lang lang = Lang::es;
};

int check_command(Library& library, const CheckOptions& options, Console& console);
int play_command(Library& library, const PlayOptions& options, Console& console);
int graph_command(Library& library, const GraphOptions& options, Console& console);
int guide_command(Library& library, const GuideOptions& options, Console& console);
int list_command(Library& library, bool json, Console& console);
int shots_command(Library& library, const ShotsOptions& options, Console& console);
// With no command: the game window, with the records of `data_dir` (empty: the user's data folder).
int game_command(Library& library, const std::string& data_dir, Console& console);
int records_command(Library& library, const RecordsOptions& options, Console& console);
int strings_command(Library& library, const StringsOptions& options, Console& console);

// Loads the catalog and one scenario, printing diagnostics; nullopt when it cannot be played.
std::optional<Scenario> load_one(Library& library, const std::string& path, Console& console);
// False, with the installed languages on err, when `lang` is not one of them.
bool language_installed(const Library& library, const Lang& lang, Console& console);

}  // namespace senales
