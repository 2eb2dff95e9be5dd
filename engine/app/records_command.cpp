#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>

#include <chrono>
#include <thread>

#include "commands.h"
#include "core/utf8.h"
#include "net/lrs_client.h"
#include "platform/user_folder.h"
#include "play/class_summary.h"
#include "records/exports.h"
#include "records/lrs_push.h"
#include "records/pin.h"
#include "records/record_store.h"
#include "wording/completion_record.h"

namespace senales {

namespace {

using records::Attempt;

// Pads to `width` characters as a terminal shows them: UTF-8 continuation bytes take no column.
std::string column(const std::string& text, std::size_t width) {
    const std::size_t shown = utf8_length(text);
    return text + std::string(shown < width ? width - shown : 1, ' ');
}

void print_attempts(const std::vector<Attempt>& attempts, std::ostream& out) {
    out << column("id", 6) << column("trainee", 18) << column("scenario", 20) << column("started", 22)
        << column("status", 12) << "score\n";
    for (const Attempt& a : attempts) {
        out << column(std::to_string(a.id), 6) << column(a.guest ? std::string("(guest)") : a.trainee, 18) << column(a.scenario, 20)
            << column(a.started, 22) << column(std::string(to_string(a.status)), 12);
        if (a.result) out << a.result->overall << (a.result->passed ? " passed" : " not passed");
        out << "\n";
    }
    out << attempts.size() << (attempts.size() == 1 ? " attempt\n" : " attempts\n");
}

void print_summary(const std::vector<Attempt>& attempts, const Catalog& catalog, std::ostream& out) {
    auto summaries = play::class_summary(attempts);
    if (summaries.empty()) out << "No finished attempts yet.\n";
    for (const play::ScenarioSummary& s : summaries) {
        out << s.scenario << ": " << s.attempts << " finished, " << std::lround(100 * s.pass_rate()) << "% passed, mean "
            << std::lround(s.mean_overall) << " (recognition " << std::lround(s.mean_competencies[0]) << ", do no harm "
            << std::lround(s.mean_competencies[1]) << ", protection " << std::lround(s.mean_competencies[2])
            << ", outcome " << std::lround(s.mean_competencies[3]) << ")\n";
        for (const auto& [id, times] : s.most_missed) {
            const Indicator* indicator = catalog.indicator(id);
            out << "  missed " << times << "x: " << (indicator ? indicator->name.en : id) << "\n";
        }
        for (const auto& [id, times] : s.most_harms) {
            const Harm* harm = catalog.harm(id);
            out << "  harm " << times << "x: " << (harm ? harm->name.en : id) << "\n";
        }
    }
}

// Writes beside the target and renames, so a failed export never leaves half a file behind.
bool write_file(const std::string& path, const std::string& content, std::ostream& err) {
    std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary);
        out << content;
        if (!out.flush()) {
            err << "senales: records: cannot write " << path << "\n";
            std::remove(partial.c_str());
            return false;
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) {
        err << "senales: records: cannot write " << path << ": " << error.message() << "\n";
        std::remove(partial.c_str());
        return false;
    }
    return true;
}

// The scenarios installed, for their titles and texts (a courtesy: one that does not load just
// goes without); false when even the catalog does not load.
bool installed_scenarios(Library& library, std::vector<Scenario>& scenarios) {
    Diagnostics ignored;
    if (!library.load_catalog(ignored)) return false;
    for (const auto& folder : Library::scenario_folders(library.scenarios_folder())) {
        LoadedScenario loaded = library.load(folder);
        if (loaded.scenario) scenarios.push_back(std::move(*loaded.scenario));
    }
    return true;
}

// What the xAPI statements are built from: the academy's address and the installed scenarios
// (for titles, choices' texts and harms' severity), kept alive as long as the options.
struct XapiSources {
    std::vector<Scenario> scenarios;
    records::XapiOptions options;
};

// Nullopt, with the reason said, when the address given is not one to build ids on.
std::optional<XapiSources> xapi_sources(Library& library, const std::string& home, std::ostream& err) {
    XapiSources sources;
    if (!home.empty()) {
        std::string why;
        std::optional<records::XapiHome> parsed = records::parse_xapi_home(home, &why);
        if (!parsed) {
            err << "senales: records: --xapi-home " << home << ": " << why << "; nothing was written\n";
            return std::nullopt;
        }
        sources.options.home = *parsed;
    }
    if (!installed_scenarios(library, sources.scenarios)) return sources;
    sources.options.catalog = &library.catalog();
    for (const Scenario& scenario : sources.scenarios) sources.options.scenarios[scenario.id] = &scenario;
    return sources;
}

// Every statement of the attempts, as kept in the records (a statement written out once is
// written the same ever after).
std::vector<records::XapiStatement> kept_statements(records::RecordStore& store, const std::vector<Attempt>& attempts,
                                                    const records::XapiOptions& options) {
    std::vector<records::XapiStatement> all;
    for (const Attempt& attempt : attempts)
        for (auto& statement : store.keep_statements(attempt.id, records::attempt_statements(attempt, options)))
            all.push_back(std::move(statement));
    return all;
}

// A line typed at the terminal (not shown there) or read from the input; nothing at its end.
std::optional<std::string> ask(Console& console, const std::string& question) {
    console.err << question << std::flush;
    if (console.hide_typing) console.hide_typing(true);
    std::string line;
    const bool read = static_cast<bool>(std::getline(console.in, line));
    if (console.hide_typing) {
        console.hide_typing(false);
        console.err << "\n";
    }
    if (!read) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Once a facilitator PIN is set (in the game or with `records pin`), every records command asks
// for it: the records of a class are not for whoever sits at the machine.
bool facilitator_allowed(records::RecordStore& store, Console& console) {
    const std::optional<std::string> hash = store.facilitator_pin_hash();
    if (!hash) return true;
    const std::optional<std::string> pin = ask(console, "Facilitator PIN: ");
    if (pin && records::pin_matches(*pin, *hash)) return true;
    console.err << "senales: records: that is not the facilitator PIN\n";
    return false;
}

int set_pin(records::RecordStore& store, Console& console) {
    if (store.facilitator_pin_hash() && !facilitator_allowed(store, console)) return 1;
    const std::optional<std::string> pin = ask(console, "New facilitator PIN (4 to 12 digits): ");
    const std::optional<std::string> again = pin ? ask(console, "The same PIN again: ") : std::nullopt;
    if (!pin || !again || *pin != *again) {
        console.err << "senales: records pin: the two PINs differ; nothing was changed\n";
        return 1;
    }
    if (!records::pin_well_formed(*pin)) {
        console.err << "senales: records pin: a PIN has 4 to 12 digits, numbers only; nothing was changed\n";
        return 1;
    }
    store.set_facilitator_pin_hash(records::hash_pin(*pin), records::iso8601_now());
    console.out << "The facilitator PIN is set: the class summary and these commands now ask for it.\n";
    return 0;
}

// Sends what the record store has not accepted yet; exit 1 when something is left waiting.
int push(records::RecordStore& store, Library& library, const RecordsOptions& options, Console& console) {
    std::string why;
    std::optional<net::LrsEndpoint> endpoint = net::parse_lrs_endpoint(options.lrs_url, &why);
    if (!endpoint) {
        console.err << "senales: records push: --lrs " << options.lrs_url << ": " << why << "; nothing was sent\n";
        return 1;
    }
    endpoint->user = options.lrs_user;
    endpoint->password = options.lrs_password;
    std::optional<XapiSources> sources = xapi_sources(library, options.xapi_home, console.err);
    if (!sources) return 1;
    kept_statements(store, store.attempts(), sources->options);
    records::PushOptions push_options;
    push_options.wait = [](int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); };
    const records::PushReport report = records::push_statements(store, net::statement_poster(*endpoint), push_options);
    for (const std::string& problem : report.problems) console.err << "senales: records push: " << problem << "\n";
    console.out << "Sent " << report.sent << (report.sent == 1 ? " statement" : " statements") << " to "
                << endpoint->url << "; " << report.waiting << " waiting to be sent\n";
    return report.waiting == 0 ? 0 : 1;
}

// The first pass of each scenario: a pass under today's rule, not tried again from a decision.
int write_report(records::RecordStore& store, Library& library, const RecordsOptions& options, Console& console) {
    const std::vector<Attempt> attempts = store.attempts(records::TraineeId(options.trainee));
    if (attempts.empty()) {
        console.err << "senales: records report: no attempts of " << options.trainee << " in these records\n";
        return 1;
    }
    std::vector<Scenario> scenarios;
    installed_scenarios(library, scenarios);
    CompletionRecord record;
    record.trainee = attempts.front().trainee;
    record.written_on = records::local_time_text(records::iso8601_now()).value_or("").substr(0, 10);
    std::set<std::string> attempted;
    for (const Attempt& attempt : attempts) {
        attempted.insert(attempt.scenario);
        if (!attempt.result || !attempt.result->counts_as_pass() || attempt.rewound) continue;
        const bool listed = std::any_of(record.passed.begin(), record.passed.end(),
                                        [&](const CompletedScenario& c) { return c.id == attempt.scenario; });
        if (listed) continue;
        CompletedScenario passed;
        passed.id = attempt.scenario;
        passed.title = {attempt.scenario, attempt.scenario, {}};  // a scenario no longer installed, by its id
        for (const Scenario& scenario : scenarios)
            if (scenario.id == attempt.scenario) passed.title = scenario.title;
        passed.passed_on = records::local_time_text(attempt.ended.value_or(attempt.started)).value_or("").substr(0, 10);
        passed.overall = attempt.result->overall;
        passed.competencies = attempt.result->competencies;
        record.passed.push_back(std::move(passed));
    }
    record.scenarios_attempted = static_cast<int>(attempted.size());
    const std::optional<Lang> lang = parse_lang(options.lang.empty() ? attempts.back().lang : options.lang);
    const Wording words = library.wording(lang.value_or(Lang::es));
    if (!write_file(options.out, completion_record_html(record, words), console.err)) return 1;
    console.out << "Wrote the completion record of " << record.trainee << " (" << record.passed.size() << " of "
                << record.scenarios_attempted << " scenarios passed) to " << options.out << "\n";
    return 0;
}

int write_roster(records::RecordStore& store, const RecordsOptions& options, Console& console) {
    const std::vector<records::RosterEntry> roster = store.roster();
    if (!write_file(options.out, records::roster_csv(roster), console.err)) return 1;
    console.out << "Wrote " << roster.size() << (roster.size() == 1 ? " pseudonym" : " pseudonyms") << " to "
                << options.out << ". It turns pseudonyms back into names: keep it with the facilitator; it is "
                   "never sent to a record store.\n";
    return 0;
}

// The other file is read from a copy: opening a records file may upgrade it, or set it aside when
// damaged, and a file on someone's USB stick is not ours to change.
std::optional<std::filesystem::path> copy_for_merge(const std::filesystem::path& other, const std::filesystem::path& beside,
                                                    std::ostream& err) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(other, error)) {
        err << "senales: records merge: " << other.string() << ": no such file; nothing merged from it\n";
        return std::nullopt;
    }
    std::filesystem::path copy = beside;
    copy += ".merging";
    for (const char* suffix : {"", "-wal"}) {
        std::filesystem::path from = other, to = copy;
        from += suffix;
        to += suffix;
        std::filesystem::remove(to, error);
        if (*suffix && !std::filesystem::exists(from, error)) continue;
        std::filesystem::copy_file(from, to, error);
        if (error) {
            err << "senales: records merge: cannot read " << from.string() << ": " << error.message()
                << "; nothing merged from it\n";
            return std::nullopt;
        }
    }
    return copy;
}

void remove_copy(const std::filesystem::path& copy) {
    std::error_code error;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::path file = copy;
        file += suffix;
        std::filesystem::remove(file, error);
    }
}

int merge(records::RecordStore& store, const RecordsOptions& options, Console& console) {
    std::string stamp = records::iso8601_now();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    std::filesystem::path backup;
    std::error_code error;
    for (int n = 1; backup.empty() || std::filesystem::exists(backup, error); ++n) {
        backup = store.file();
        backup += ".before-merge-" + stamp + (n > 1 ? "-" + std::to_string(n) : "");
    }
    store.copy_to(backup);
    console.out << "Backup of these records: " << backup.string() << "\n";
    int failed = 0;
    for (std::string other : options.others) {
        // A records folder (another laptop's, copied whole) stands for the file in it.
        if (std::filesystem::is_directory(other, error)) other = (std::filesystem::path(other) / "records.sqlite").string();
        if (std::filesystem::equivalent(other, store.file(), error)) {
            console.err << "senales: records merge: " << other << " is these records; nothing to merge\n";
            ++failed;
            continue;
        }
        std::optional<std::filesystem::path> copy = copy_for_merge(other, store.file(), console.err);
        if (!copy) {
            ++failed;
            continue;
        }
        std::vector<std::string> notices;
        auto theirs = records::RecordStore::open(*copy, notices);
        if (theirs->set_aside()) {
            const bool newer = theirs->set_aside()->why == records::SetAside::Why::newer_version;
            console.err << "senales: records merge: " << other << ": "
                        << (newer ? "written by a newer version of Señales; update this one to merge it"
                                  : "not a records file of Señales, or damaged")
                        << "; nothing merged from it\n";
            std::filesystem::path aside = theirs->set_aside()->backup;
            theirs.reset();
            remove_copy(*copy);
            remove_copy(aside);
            ++failed;
            continue;
        }
        const auto report = store.merge_from(*theirs, other, records::iso8601_now());
        theirs.reset();
        remove_copy(*copy);
        console.out << "Merged " << other << ": " << report.added << (report.added == 1 ? " attempt" : " attempts")
                    << " added, " << report.already_here << " already here; " << report.trainees_matched
                    << " trainees found here by name, " << report.trainees_new << " new, " << report.guests
                    << " guest sessions kept apart\n";
        for (const std::string& conflict : report.conflicts) console.err << "senales: records merge: " << conflict << "\n";
    }
    return failed ? 1 : 0;
}

}  // namespace

int records_command(Library& library, const RecordsOptions& options, Console& console) {
    std::string error;
    std::optional<std::filesystem::path> file = records_file(options.data_dir, &error);
    if (!file) {
        console.err << "senales: records: " << error << "\n";
        return 1;
    }
    try {
        std::vector<std::string> notices;
        auto store = records::RecordStore::open(*file, notices);
        for (const std::string& notice : notices) console.err << "senales: records: " << notice << "\n";
        if (options.action == "pin") return set_pin(*store, console);
        if (!facilitator_allowed(*store, console)) return 1;
        if (options.action == "push") return push(*store, library, options, console);
        if (options.action == "roster") return write_roster(*store, options, console);
        if (options.action == "merge") return merge(*store, options, console);
        if (options.action == "report") return write_report(*store, library, options, console);
        if (options.action == "delete") {
            int deleted = store->delete_trainee(options.trainee);
            console.out << "Deleted " << options.trainee << " and " << deleted << (deleted == 1 ? " attempt\n" : " attempts\n");
            return 0;
        }
        std::optional<std::string> who;
        if (!options.trainee.empty()) who = options.trainee;
        std::vector<Attempt> attempts = store->attempts(who);
        if (options.action == "list") print_attempts(attempts, console.out);
        if (options.action == "summary") {
            Diagnostics ignored;
            library.load_catalog(ignored);
            print_summary(attempts, library.catalog(), console.out);
        }
        if (options.action == "export") {
            std::optional<XapiSources> sources;
            if (!options.xapi_file.empty() && !(sources = xapi_sources(library, options.xapi_home, console.err)))
                return 1;  // before any file is written: a wrong address writes nothing
            if (!options.csv_file.empty()) {
                if (!write_file(options.csv_file, records::attempts_csv(attempts), console.err)) return 1;
                console.out << "Wrote " << attempts.size() << " attempts to " << options.csv_file << "\n";
            }
            if (!options.xapi_file.empty()) {
                const auto statements = kept_statements(*store, attempts, sources->options);
                if (!write_file(options.xapi_file, records::statements_file(statements), console.err)) return 1;
                console.out << "Wrote " << statements.size() << " xAPI statements for " << attempts.size()
                            << " attempts to " << options.xapi_file << "\n";
            }
        }
        return 0;
    } catch (const records::RecordsError& failure) {
        console.err << "senales: records: " << failure.what() << "\n";
        return 1;
    }
}

}  // namespace senales
