#include <algorithm>
#include <cmath>

#include "commands.h"
#include "core/utf8.h"
#include "platform/user_folder.h"
#include "play/class_summary.h"
#include "records/pin.h"
#include "records/record_store.h"
#include "core/utf8_path.h"
#include "records_files.h"

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

int classes(records::RecordStore& store, const RecordsOptions& options, Console& console) {
    if (options.add_class) {
        store.add_class(options.class_name, records::iso8601_now());
        console.out << "Named the class " << *store.find_class(options.class_name) << "\n";
        return 0;
    }
    for (const std::string& name : store.classes()) console.out << name << "\n";
    return 0;
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
        if (options.action == "push") return push_records(*store, library, options, console);
        if (options.action == "roster") return write_roster(*store, options, console);
        if (options.action == "merge") return merge_records(*store, options, console);
        if (options.action == "report") return write_report(*store, library, options, console);
        if (options.action == "delete") {
            int deleted = store->delete_trainee(options.trainee);
            console.out << "Deleted " << options.trainee << " and " << deleted << (deleted == 1 ? " attempt\n" : " attempts\n");
            return 0;
        }
        if (options.action == "classes") return classes(*store, options, console);
        std::optional<std::string> who;
        if (!options.trainee.empty()) who = options.trainee;
        std::vector<Attempt> attempts = store->attempts(who);
        if (!options.class_name.empty()) {
            const std::optional<std::string> named = store->find_class(options.class_name);
            if (!named) {
                console.err << "senales: records: --class: there is no class named " << options.class_name << "\n";
                return 1;
            }
            attempts.erase(std::remove_if(attempts.begin(), attempts.end(),
                                          [&](const Attempt& a) { return a.class_name != *named; }),
                           attempts.end());
        }
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
                const auto statements = statements_of(*store, attempts, sources->options, false);
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
