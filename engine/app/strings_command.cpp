// senales strings export | import: the translators' files.

#include <chrono>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <sstream>

#include "commands.h"
#include "platform/user_folder.h"
#include "wording/strings.h"
#include "core/utf8_path.h"

namespace senales {

namespace {

// Every scenario of the library that loads; the others are said, not exported.
std::deque<Scenario> library_scenarios(Library& library, Console& console) {
    std::deque<Scenario> scenarios;
    for (const auto& folder : library.all_scenario_folders()) {
        LoadedScenario loaded = library.load(folder);
        if (loaded.scenario) scenarios.push_back(std::move(*loaded.scenario));
        else console.err << "senales strings: " << folder.filename().string() << " does not load (run senales check); its texts are left out\n";
    }
    return scenarios;
}

// With file names relative to the game's folder, as a translator's tool shows them.
std::vector<VisibleString> strings_of(const Library& library, const std::deque<Scenario>& scenarios) {
    std::vector<const Scenario*> list;
    for (const Scenario& s : scenarios) list.push_back(&s);
    std::vector<VisibleString> strings = visible_strings(library.interface(), library.catalog(), list);
    for (VisibleString& s : strings) {
        const std::filesystem::path relative = std::filesystem::path(s.where.file).lexically_relative(library.root());
        if (!relative.empty() && relative.native().rfind("..", 0) != 0) s.where.file = relative.generic_string();
    }
    return strings;
}

std::string percent(double share) { return std::to_string(static_cast<int>(share * 100.0 + 0.5)) + " %"; }

// Where `strings import` installs: $SENALES_LANG_DIR, else lang/ in the user's data folder.
std::optional<std::filesystem::path> install_folder(Console& console) {
    if (const char* dir = std::getenv("SENALES_LANG_DIR"); dir && *dir) return std::filesystem::path(dir);
    std::string error;
    std::optional<std::filesystem::path> data = user_data_folder(&error);
    if (!data) {
        console.err << "senales strings import: " << error << "\n";
        return std::nullopt;
    }
    return *data / "lang";
}

int export_command(Library& library, const StringsOptions& options, Console& console) {
    std::optional<Lang> lang;
    if (!options.lang.empty()) {
        lang = parse_lang(options.lang);
        if (!lang || *lang == Lang::es || *lang == Lang::en) {
            console.err << "senales strings export: --lang " << options.lang
                        << ": give the code of the language to translate into, like quc or kek (es is the source, en is "
                           "written beside it); without --lang, a template (.pot) is written\n";
            return 2;
        }
    }
    const std::deque<Scenario> scenarios = library_scenarios(library, console);
    const std::vector<VisibleString> strings = strings_of(library, scenarios);
    const LanguagePack* existing = lang ? library.languages().pack(*lang) : nullptr;
    const std::string name = !options.name.empty() ? options.name
                             : existing             ? existing->name
                             : lang                 ? lang->code()
                                                    : std::string();
    const std::string text = write_po(export_strings(strings, lang ? &*lang : nullptr, existing, name));
    if (options.out.empty()) {
        console.out << text;
        return 0;
    }
    std::ofstream out(utf8_path(options.out), std::ios::binary);
    out << text;
    if (!out) {
        console.err << "senales strings export: cannot write " << options.out << "\n";
        return 1;
    }
    console.out << "Wrote " << strings.size() << " texts to " << options.out
                << (lang ? " for " + lang->code() : std::string(" (a template)")) << "\n";
    return 0;
}

int import_command(Library& library, const StringsOptions& options, Console& console) {
    std::ifstream in(utf8_path(options.file), std::ios::binary);
    if (!in) {
        console.err << "senales strings import: cannot read " << options.file << "\n";
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    std::vector<PoProblem> problems;
    const PoFile file = parse_po(text.str(), problems);
    for (const PoProblem& p : problems)
        console.err << options.file << ":" << p.line << ": warning: " << p.message << " [bad-translation-file]\n";
    const std::deque<Scenario> scenarios = library_scenarios(library, console);
    const std::vector<VisibleString> strings = strings_of(library, scenarios);
    ImportReport report = import_strings(file, strings);
    if (!report.lang || *report.lang == Lang::es || *report.lang == Lang::en) {
        console.err << "senales strings import: " << options.file
                    << " does not say which language it is (or says es or en): its header needs a line like "
                       "\"Language: quc\\n\" (in Poedit: Translation > Properties > Language)\n";
        return 1;
    }
    for (const std::string& key : report.placeholder_errors)
        console.err << options.file << ": warning: the translation of " << key
                    << " does not keep every {} of the Spanish; it was left out [placeholder-mismatch]\n";
    if (!report.unknown_keys.empty())
        console.err << "senales strings import: " << report.unknown_keys.size()
                    << " entries are for texts that no longer exist (first: " << report.unknown_keys.front()
                    << "); they were left out\n";
    const std::optional<std::filesystem::path> root = install_folder(console);
    if (!root) return 1;
    const std::filesystem::path folder = *root / report.lang->code();
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    const std::filesystem::path target = folder / "messages.po";
    const std::filesystem::path partial = folder / "messages.po.partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << write_po(report.installed);
        if (!out) {
            console.err << "senales strings import: cannot write " << partial.string() << "\n";
            return 1;
        }
    }
    // Replaced whole or not at all: a game reading the folder never sees half a file.
    std::filesystem::rename(partial, target, error);
    if (error) {
        console.err << "senales strings import: cannot install " << target.string() << ": " << error.message() << "\n";
        return 1;
    }
    const Coverage& c = report.coverage;
    console.out << report.lang->code() << " (" << report.name << "): " << c.translated << " of " << c.total
                << " texts translated (" << percent(c.share()) << ")";
    if (c.fuzzy) console.out << ", " << c.fuzzy << " to look at again (the Spanish changed)";
    console.out << "; installed as " << target.string() << "\n";
    return 0;
}

}  // namespace

int strings_command(Library& library, const StringsOptions& options, Console& console) {
    Diagnostics diagnostics;
    if (!library.load_catalog(diagnostics)) {
        console.err << diagnostics.format();
        return 1;
    }
    return options.action == "export" ? export_command(library, options, console) : import_command(library, options, console);
}

}  // namespace senales
