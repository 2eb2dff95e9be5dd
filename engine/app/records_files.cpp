#include "records_files.h"

#include <filesystem>

#include "core/utf8_path.h"

#include <cstdio>
#include <fstream>

namespace senales {

bool write_file(const std::string& path, const std::string& content, std::ostream& err) {
    const std::filesystem::path target = utf8_path(path);
    const std::filesystem::path partial = utf8_path(path + ".partial");
    std::error_code error;
    {
        std::ofstream out(partial, std::ios::binary);
        out << content;
        if (!out.flush()) {
            err << "senales: records: cannot write " << path << "\n";
            std::filesystem::remove(partial, error);
            return false;
        }
    }
    std::filesystem::rename(partial, target, error);
    if (error) {
        err << "senales: records: cannot write " << path << ": " << error.message() << "\n";
        std::filesystem::remove(partial, error);
        return false;
    }
    return true;
}

bool installed_scenarios(Library& library, std::vector<Scenario>& scenarios) {
    Diagnostics ignored;
    if (!library.load_catalog(ignored)) return false;
    for (const auto& folder : library.all_scenario_folders()) {
        LoadedScenario loaded = library.load(folder);
        if (loaded.scenario) scenarios.push_back(std::move(*loaded.scenario));
    }
    return true;
}

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

std::vector<records::XapiStatement> statements_of(records::RecordStore& store,
                                                  const std::vector<records::Attempt>& attempts,
                                                  const records::XapiOptions& options, bool keep) {
    std::vector<records::RecordStore::AttemptStatements> fresh;
    for (const records::Attempt& attempt : attempts) fresh.emplace_back(attempt.id, records::attempt_statements(attempt, options));
    if (keep) return store.keep_statements(fresh);  // in one transaction: one write to the disk
    std::vector<records::XapiStatement> all;
    for (const auto& [attempt, statements] : fresh)
        for (auto& statement : store.as_kept(statements)) all.push_back(std::move(statement));
    return all;
}

}  // namespace senales
