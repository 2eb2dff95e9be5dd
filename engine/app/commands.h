#pragma once
// One function per sub-command, each given options already parsed and checked for form.

#include <optional>
#include <string>
#include <vector>

#include "cli.h"
#include "core/scenario.h"
#include "core/text.h"
#include "library.h"

namespace senales {

struct CheckOptions {
    std::vector<std::string> paths;  // empty: every scenario in scenarios/
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
};

struct RecordsOptions {
    std::string action;  // list | summary | export | delete
    std::string data_dir;
    std::string trainee;  // list: only this trainee; delete: who
    std::string csv_file;
    std::string xapi_file;
    std::string xapi_home;
};

struct GraphOptions {
    std::string path;
    Lang lang = Lang::es;
};

int check_command(Library& library, const CheckOptions& options, Console& console);
int play_command(Library& library, const PlayOptions& options, Console& console);
int graph_command(Library& library, const GraphOptions& options, Console& console);
int list_command(Library& library, Console& console);
int records_command(Library& library, const RecordsOptions& options, Console& console);

// Loads the catalog and one scenario, printing diagnostics; nullopt when it cannot be played.
std::optional<Scenario> load_one(Library& library, const std::string& path, Console& console);

}  // namespace senales
